/// A statement the blame-free coach flagged: why, and a respectful what/how reframe to try instead.
public struct CoachFlag: Sendable, Equatable, Codable {
    /// Short, plain-language reason ("Generalises about the other team with 'never'").
    public var reason: String
    /// A what/how reframe specific to the detected pattern.
    public var suggestion: String
    /// The signals that fired, e.g. `["other-party:sales", "absolute:never"]` (for debugging and tests).
    public var cues: [String]

    /// Creates a flag.
    public init(reason: String, suggestion: String, cues: [String]) {
        self.reason = reason
        self.suggestion = suggestion
        self.cues = cues
    }
}
