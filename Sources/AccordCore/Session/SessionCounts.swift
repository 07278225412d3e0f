/// What `accord list` shows of a session's items — how many both leads agreed, how many were parked
/// (declined items and parked topics included), whether it is complete — counted from its events
/// without replaying it.
///
/// The definition is `SessionState.replay` (`agreedCount`, `parkedCount`, `completed`):
/// `SessionCountsTests` compares the two on generated sessions (undo, edits, repeated ids, solo). A
/// replay builds every item, answer, note and open list and checks each item's fields against the
/// playbook; these numbers depend only on which item ids were proposed, agreed by whom, declined,
/// parked or edited, and on the last `completed` or `stepStarted`. A cold `list` summarises every
/// session of the store (docs/performance.md, "Cold list").
struct SessionCounts: Equatable {
    var agreed: Int
    var parked: Int
    var completed: Bool

    init(agreed: Int, parked: Int, completed: Bool) {
        self.agreed = agreed
        self.parked = parked
        self.completed = completed
    }

    init(header: SessionHeader, records: [EventRecord]) {
        // One slot per proposed item, as `SessionState.insert` keeps one per proposal: bit 0 sales
        // agreed, bit 1 marketing agreed, bit 2 parked. An id proposed again gets a new slot and
        // later events change only the newest (`itemIndex`).
        var slots: [UInt8] = []
        var index: [String: Int] = [:]
        var topics = 0
        var completed = false
        for record in SessionState.effective(records) {
            switch record.event {
            case .itemProposed(let id, _, _, _, _):
                index[id] = slots.count
                slots.append(0)
            case .agreed(let id, let by):
                if let i = index[id] { slots[i] |= by == .sales ? 1 : 2 }
            case .declined(let id, _, _), .parked(let id?, _, _):
                if let i = index[id] { slots[i] |= 4 }
            case .parked(nil, _, _):
                topics += 1
            case .itemEdited(let id, _, _):
                if let i = index[id] { slots[i] &= 4 }
            case .completed:
                completed = true
            case .stepStarted:
                completed = false
            default:
                break
            }
        }
        // `Item.status`: parked first; a solo session agrees nothing (its items are drafts).
        let agreed = header.participants.solo ? 0 : slots.reduce(0) { $0 + ($1 == 3 ? 1 : 0) }
        let parked = slots.reduce(0) { $0 + ($1 & 4 != 0 ? 1 : 0) } + topics
        self.init(agreed: agreed, parked: parked, completed: completed)
    }
}
