#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What makes an item complete, and how the facilitator asks for what is missing.
public enum ItemRules {
    /// Fields a goal must have before it is accepted, in the order they are chased.
    public static let goalFields = ["baseline", "target", "date", "owner"]
    /// Fields an action (commitment) must have.
    public static let actionFields = ["owner", "due"]

    /// Required fields the item does not have yet, in chase order.
    public static func missingFields(_ item: Item) -> [String] {
        item.kind.kind.requiredFields(for: item).filter { (item.fields[$0] ?? "").isEmpty }
    }

    /// Whether a commitment status change still needs its follow-up answer.
    public static func needsFollowUp(_ update: CommitmentUpdate) -> Bool {
        (update.status == .slipped && (update.due == nil || update.note.isEmpty)) || (update.status == .dropped && update.note.isEmpty)
    }

    /// The facilitator's question for a missing field.
    public static func question(for field: String, item: Item, participants: Participants) -> String {
        let subject = "“\(item.text)”"
        switch field {
        case "baseline":
            return "Where is it today? Give me the baseline for \(subject) as a number (e.g. 18%, 120 leads/month)."
        case "target":
            return "What number are you aiming for? The target for \(subject)."
        case "date":
            return "By when? A date for \(subject): YYYY-MM-DD, or a quarter like Q2 2027."
        case "due":
            return "When is it due? YYYY-MM-DD, or a quarter like Q2 2027."
        case "owner":
            return participants.solo
                ? "Who owns \(subject)? A name, or sales / marketing / both."
                : "Who owns \(subject)? \(participants.sales), \(participants.marketing), or both?"
        default:
            return "What is the \(field) for \(subject)?"
        }
    }

    /// Check and normalise a chased field's answer; the error is what the facilitator says.
    public static func validate(field: String, answer: String, participants: Participants) -> Result<String, FieldProblem> {
        let text = answer.trimmingWhitespaceSet()
        switch field {
        case "baseline", "target":
            guard text.contains(where: \.isNumber) else {
                return .failure(FieldProblem(message: "I need a number here, so the plan can show progress (e.g. 18%, 40 per month)."))
            }
            return .success(text)
        case "date", "due":
            guard let date = FieldParser.normalizeDate(text) else {
                return .failure(FieldProblem(message: "I need a date I can put in the plan: YYYY-MM-DD, or a quarter like Q2 2027."))
            }
            return .success(date)
        case "owner":
            guard !text.isEmpty else { return .failure(FieldProblem(message: "Who owns it? A name, please.")) }
            guard text.split(separator: " ").count <= 5, text.count <= 60 else {
                let names = participants.solo ? "a name" : "\(participants.sales), \(participants.marketing) or both"
                return .failure(FieldProblem(message: "Just the owner's name, please: \(names)."))
            }
            return .success(FieldParser.normalizeOwner(text, participants: participants))
        default:
            return text.isEmpty ? .failure(FieldProblem(message: "Please give a value, or /park to park it.")) : .success(text)
        }
    }
}

/// Why a chased field's answer was not accepted, in the facilitator's words.
public struct FieldProblem: Error, Sendable, Equatable {
    public var message: String
}
