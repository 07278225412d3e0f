/// A promise someone made in a session: an agreed action or goal with an owner and a due date.
///
/// Its status changes are events in the sessions where they happened (a review, usually); the
/// ledger folds them in order, so old transcripts are never edited.
public struct Commitment: Sendable, Equatable, Codable {
    /// `<sessionId>/<itemId>`: stable across sessions and clones.
    public var ref: String
    /// What was promised.
    public var text: String
    /// Who owns it.
    public var owner: String
    /// When it is due now (a slip moves it), `YYYY-MM-DD`.
    public var due: String
    /// Goal or action.
    public var kind: CommitmentKind
    /// The session it was made in.
    public var session: String
    /// The playbook of that session.
    public var playbook: String
    /// The two leads (sales, marketing).
    public var sales: String
    public var marketing: String
    /// open, done, slipped, dropped.
    public var status: CommitmentStatus
    /// Every status change, oldest first.
    public var history: [StatusChange]

    /// Whether it still needs doing (open or slipped).
    public var isOpen: Bool { status == .open || status == .slipped }

    /// Whether it is open and its due date is before `today` (`YYYY-MM-DD`; ISO dates sort as text).
    public func isOverdue(today: String) -> Bool { isOpen && due < today }

    /// The few words of the latest review, when it said "in progress" (shown under the row).
    public var progressNote: String? {
        guard let last = history.last, last.said == .inProgress, !last.note.isEmpty else { return nil }
        return last.note
    }

    /// As the review session recaps it.
    public var recapItem: RecapItem {
        RecapItem(ref: ref, text: text, owner: owner, due: due, status: status)
    }
}

/// Where a commitment stands.
public enum CommitmentStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case open
    case done
    case slipped
    case dropped
}

/// One change of a commitment's status, in the session where it happened.
public struct StatusChange: Sendable, Equatable, Codable {
    /// As said in the session: done, in progress, slipped, carried, dropped.
    public var said: ReviewStatus
    /// The status it led to.
    public var status: CommitmentStatus
    public var note: String
    /// The new due date, when it slipped to one.
    public var due: String?
    /// The session where it changed, and when.
    public var session: String
    public var at: String
}
