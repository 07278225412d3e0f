/// What kind of item a commitment came from. Raw values are stable (caches, JSON, CSV).
public enum CommitmentKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// An agreed goal with an owner and a date.
    case goal
    /// An agreed action with an owner and a due date.
    case action

    /// The commitment kind of a captured item, if that capture makes commitments.
    public init?(capture: Capture) {
        switch capture {
        case .goal: self = .goal
        case .action: self = .action
        default: return nil
        }
    }
}
