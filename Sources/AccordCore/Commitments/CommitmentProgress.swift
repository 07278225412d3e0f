/// Where a commitment stands in a plan: open until a review said otherwise. Raw values are the
/// plan JSON's words (`docs/plan.schema.json`).
public enum CommitmentProgress: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case done
    case slipped
    case carried
    case dropped

    /// The progress a review word leads to (nil: never reviewed, so open).
    public init(_ review: ReviewStatus?) {
        switch review {
        case nil: self = .open
        case .done?: self = .done
        case .inProgress?: self = .inProgress
        case .slipped?: self = .slipped
        case .carried?: self = .carried
        case .dropped?: self = .dropped
        }
    }

    /// The progress a commitment's status stands for.
    public init(commitment status: CommitmentStatus) {
        switch status {
        case .open: self = .open
        case .done: self = .done
        case .slipped: self = .slipped
        case .dropped: self = .dropped
        }
    }

    /// Whether nothing is left to do (done or dropped).
    public var isFinished: Bool { self == .done || self == .dropped }

    /// As a person reads it ("in progress").
    public var label: String { self == .inProgress ? "in progress" : rawValue }
}
