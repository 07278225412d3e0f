/// An action (a commitment) read from one line: what, who, by when.
public struct ActionParts: Sendable, Equatable {
    /// What will be done, without the owner prefix and the date phrase ("Add contact names to the report").
    public var text: String
    /// Who owns it (`.other` needs one confirmation).
    public var owner: ParticipantRef?
    /// An owner that could be either lead, or a third party to confirm.
    public var ownerQuestion: Question<ParticipantRef>?
    /// When it is due.
    public var due: DateFound?
    /// A due date that could be read two ways (03/04) or is vague.
    public var dueQuestion: Question<DateFound>?

    /// An action with only its text.
    public init(text: String = "") { self.text = text }

    /// The parts as transcript fields: "owner" ("@sales"…) and "due" (YYYY-MM-DD).
    public var fields: [String: String] {
        var f: [String: String] = [:]
        if let owner { f[ActionField.owner.rawValue] = owner.stored }
        if let due { f[ActionField.due.rawValue] = due.day.iso }
        return f
    }
}

/// An action's chased fields, named as in transcripts.
public enum ActionField: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Who does it.
    case owner
    /// When it is due.
    case due
}
