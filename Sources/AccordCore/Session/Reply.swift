#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Short replies the facilitator understands: yes/no, and commitment statuses.
public enum Reply {
    /// `true` for yes/agree, `false` for no/disagree (with the rest as a reason), nil otherwise.
    public static func yesNo(_ text: String) -> (yes: Bool, reason: String)? {
        let t = text.trimmingWhitespaceSet()
        let lower = t.lowercased()
        let head = lower.prefix(while: { $0.isLetter || $0 == "'" })
        let rest = String(t.dropFirst(head.count)).trimming(charactersIn: " ,.;:-—!")
        switch head {
        case "y", "yes", "yep", "yeah", "agree", "agreed", "ok", "okay", "sure": return (true, rest)
        case "n", "no", "nope", "disagree", "not": return (false, rest)
        default: return nil
        }
    }

    /// A commitment's status from a reply: done, in progress, slipped, dropped, carried (forward).
    public static func commitmentStatus(_ text: String) -> (status: ReviewStatus, note: String)? {
        let t = text.trimmingWhitespaceSet()
        let lower = t.lowercased()
        // Input vocabulary: the words people type, mapped to the status.
        let table: [(String, ReviewStatus)] = [
            ("in progress", .inProgress), ("in-progress", .inProgress), ("ongoing", .inProgress),
            ("progress", .inProgress), ("started", .inProgress), ("done", .done), ("finished", .done),
            ("complete", .done), ("slipped", .slipped), ("slip", .slipped), ("late", .slipped),
            ("dropped", .dropped), ("drop", .dropped), ("cancel", .dropped),
            ("carry forward", .carried), ("carried forward", .carried), ("carry", .carried),
        ]
        for (word, status) in table where lower.hasPrefix(word) {
            let rest = String(t.dropFirst(word.count)).trimming(charactersIn: " ,.;:-—")
            return (status, rest.hasPrefix("because ") ? String(rest.dropFirst(8)) : rest)
        }
        return nil
    }
}
