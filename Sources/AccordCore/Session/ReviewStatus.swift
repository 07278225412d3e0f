/// What a lead says about an earlier commitment in a review: the status word stored in a
/// `commitmentUpdated` event. Raw values are the transcript's words (format 1).
public enum ReviewStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Finished.
    case done
    /// Under way; stays open with its date.
    case inProgress = "in-progress"
    /// Late: what got in the way, and a new date.
    case slipped
    /// Kept open with its date, without discussion ("carry forward").
    case carried
    /// Will not be done (and why).
    case dropped

    /// The commitment status this review word leads to (the one place that maps them).
    public var commitmentStatus: CommitmentStatus {
        switch self {
        case .done: return .done
        case .dropped: return .dropped
        case .slipped: return .slipped
        case .inProgress, .carried: return .open
        }
    }

    /// As a person reads it ("in progress", "carried forward").
    public var label: String {
        switch self {
        case .done: return "done"
        case .inProgress: return "in progress"
        case .slipped: return "slipped"
        case .carried: return "carried forward"
        case .dropped: return "dropped"
        }
    }

    /// The order a review's summary counts them in.
    public static let summaryOrder: [ReviewStatus] = [.done, .inProgress, .slipped, .carried, .dropped]
}
