/// Something captured in a session: a list entry, a goal, an action, a R/A/C/I row, an agreement.
public struct Item: Sendable, Equatable {
    /// Session-local id ("i1", "i2", …); `<sessionId>/<id>` across sessions.
    public var id: String
    /// What kind of capture produced it.
    public var kind: Capture
    /// Index of the step it belongs to.
    public var step: Int
    /// Who proposed it.
    public var by: Role
    /// The item as typed.
    public var text: String
    /// Structured parts: metric, baseline, target, date, owner, due, sales, marketing…
    public var fields: [String: String]
    /// Who has agreed so far.
    public var agreedBy: Set<Role> = []
    /// Set when a lead declined it (it is then parked).
    public var declinedBy: Role?
    /// Why it was declined or parked.
    public var parkReason: String?
    /// In the parking lot: visible, never dropped.
    public var parked = false
    /// For a record: its fields as its step declared them (set when it is proposed), in order.
    public var recordFields: [RecordField] = []
    /// How many times it was changed with `/edit` (its history is in the transcript).
    public var edits = 0

    /// Where the item stands.
    public func status(solo: Bool) -> ItemStatus {
        if parked { return .parked }
        if solo { return .draft }
        return agreedBy.count == 2 ? .agreed : .proposed
    }
}

/// Where an item stands.
public enum ItemStatus: String, Sendable, Equatable, Codable {
    /// Captured, not yet agreed by both.
    case proposed
    /// Agreed by both leads.
    case agreed
    /// Solo session: nothing is agreed, everything is a draft.
    case draft
    /// Declined by one or set aside: in the parking lot.
    case parked
}

/// A fact from a free-text step: who said what, where.
public struct Answer: Sendable, Equatable {
    public var step: Int
    public var speaker: Role
    public var text: String
}

/// A note added with `/note`.
public struct Note: Sendable, Equatable {
    public var step: Int
    public var by: Role
    public var text: String
}

/// A flag the blame-free coach raised, with the speaker's choice once made.
public struct CoachRecord: Sendable, Equatable {
    public var step: Int
    public var speaker: Role
    public var original: String
    public var reason: String
    public var suggestion: String
    public var choice: CoachChoice?
}

/// A status change of an earlier commitment, made in this session (review playbook).
public struct CommitmentUpdate: Sendable, Equatable {
    public var ref: String
    public var status: ReviewStatus
    public var note: String
    public var due: String?
    public var at: String
}
