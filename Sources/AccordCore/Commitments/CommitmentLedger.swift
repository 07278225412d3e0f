/// All commitments across sessions, with their current status: a fold over the sessions in time
/// order (session ids sort by start time).
public struct CommitmentLedger: Sendable, Equatable {
    /// Every commitment, in the order they were made.
    public private(set) var commitments: [Commitment] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Build the ledger from sessions (any order; they are sorted by id).
    public static func build(_ sessions: [SessionState]) -> CommitmentLedger {
        var ledger = CommitmentLedger()
        for state in sessions.sorted(by: { $0.id < $1.id }) { ledger.add(state) }
        return ledger
    }

    /// Fold one session in: its new commitments, then its status changes to earlier ones.
    public mutating func add(_ state: SessionState) {
        for c in Self.commitments(in: state) { insert(c) }
        // Only the final word per commitment in a session counts ("slipped", then its new date).
        for u in state.finalCommitmentUpdates { apply(u, session: state.id) }
    }

    /// Add a commitment (from a cache, say).
    public mutating func insert(_ c: Commitment) {
        guard index[c.ref] == nil else { return }
        index[c.ref] = commitments.count
        commitments.append(c)
    }

    /// Apply a status change made in `session`.
    public mutating func apply(_ u: CommitmentUpdate, session: String) {
        guard let i = index[u.ref] else { return }
        let status = u.status.commitmentStatus
        commitments[i].status = status
        if let due = u.due { commitments[i].due = due }
        commitments[i].history.append(StatusChange(said: u.status, status: status, note: u.note, due: u.due, session: session, at: u.at))
    }

    /// The commitments a session made: goals and actions agreed by both (or, in a step that needs no
    /// agreement, simply captured) that have an owner and a date. Solo drafts are not commitments.
    public static func commitments(in state: SessionState) -> [Commitment] {
        guard !state.solo else { return [] }
        return state.items.compactMap { item in
            guard let kind = CommitmentKind(capture: item.kind), !item.parked else { return nil }
            let step = item.step < state.playbook.steps.count ? state.playbook.steps[item.step] : nil
            let agreed = item.agreedBy.count == 2 || !(step?.agree ?? false) && item.kind == .action
            guard agreed, let owner = item.fields["owner"], !owner.isEmpty,
                let due = item.fields["due"] ?? item.fields["date"], !due.isEmpty
            else { return nil }
            return Commitment(
                ref: "\(state.id)/\(item.id)", text: FieldParser.removingDate(FieldParser.stripKeyed(item.text), due),
                owner: state.participants.ownerName(stored: owner), due: due,
                kind: kind, session: state.id, playbook: state.playbook.id,
                sales: state.participants.sales, marketing: state.participants.marketing,
                status: .open, history: [])
        }
    }

    /// Open commitments of the pair (same two leads, by name, case-insensitive), oldest first.
    public func open(for participants: Participants) -> [Commitment] {
        commitments.filter { $0.isOpen && Self.samePair($0, participants) }
    }

    static func samePair(_ c: Commitment, _ p: Participants) -> Bool {
        let pair = Participants(sales: c.sales, marketing: c.marketing)
        return p.solo ? [c.sales.lowercased(), c.marketing.lowercased()].contains(p.sales.lowercased()) : pair.isSamePair(as: p)
    }
}
