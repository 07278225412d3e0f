/// What a speaker chose after the coach flagged an answer. Raw values are the transcript's words.
public enum CoachChoice: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The original wording stands.
    case keep
    /// The speaker typed (or is about to type) a new wording.
    case rephrase

    /// The words a speaker may type at the keep-or-rephrase prompt, mapped to the choice; an empty
    /// line keeps. Anything else is taken as the new wording.
    public static func typed(_ text: String) -> CoachChoice? {
        switch text.lowercased() {
        case "", "keep", "k": return .keep
        case "rephrase", "r": return .rephrase
        default: return nil
        }
    }
}
