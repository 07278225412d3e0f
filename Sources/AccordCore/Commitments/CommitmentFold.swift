/// One session's commitments and final status changes, folded from its events without a replay.
///
/// The definition is `CommitmentScan.replayExtract`: `SessionState.replay`, then
/// `CommitmentLedger.commitments(in:)` and `finalCommitmentUpdates`. A replay builds every item,
/// answer, note, coach flag and open list and checks each item's fields against the playbook; a
/// commitment depends only on its goal or action item — the step it was proposed in, its text, its
/// `owner`, `due` and `date` fields, who agreed, whether it was parked — and a status change only on
/// the `commitmentUpdated` events. A cold `commitments` extracts every session of the store
/// (docs/performance.md, "Cold `commitments`, fourth pass"). `CommitmentFoldTests` compares the two on
/// generated event sequences and on real sessions of every playbook, and the `transcript-file` fuzz
/// target on arbitrary files.
struct CommitmentFold {
    /// A goal or action as proposed, with what later events changed (`SessionState.insert` keeps one
    /// item per proposal, and later events change the newest of an id: `index`).
    private struct Slot {
        var id: String
        var kind: CommitmentKind
        var step: Int
        var text: String
        var owner: String?
        var due: String?
        var date: String?
        /// Bit 0: sales agreed; bit 1: marketing agreed.
        var agreed: UInt8 = 0
        var parked = false

        mutating func set(_ field: String, _ value: String?) {
            switch field {
            case "owner": owner = value
            case "due": due = value
            case "date": date = value
            default: break
            }
        }
    }

    /// The extraction of the session `id` (its header's own id is not used: a copied file keeps its name).
    static func extract(header: SessionHeader, records: [EventRecord], id: String) -> CommitmentScan.Extract {
        let solo = header.participants.solo
        let steps = header.steps.steps
        var slots: [Slot] = []
        // The newest proposal of each id: its slot, or -1 when it is not a goal or an action.
        var index: [String: Int] = [:]
        var stepIndex = 0
        var updates: [CommitmentUpdate] = []
        func slot(_ id: String) -> Int? {
            guard let i = index[id], i >= 0 else { return nil }
            return i
        }
        for record in SessionState.effective(records) {
            switch record.event {
            case .stepStarted(let i):
                stepIndex = min(max(i, 0), steps.count)
            case .completed:
                stepIndex = steps.count
            case .itemProposed(let id, let capture, _, let text, let fields):
                guard !solo, let kind = CommitmentKind(capture: capture) else {
                    index[id] = -1
                    continue
                }
                index[id] = slots.count
                slots.append(
                    Slot(id: id, kind: kind, step: stepIndex, text: text, owner: fields["owner"], due: fields["due"], date: fields["date"]))
            case .fieldSet(let id, let field, let value):
                if let i = slot(id) { slots[i].set(field, value) }
            case .agreed(let id, let role):
                if let i = slot(id) { slots[i].agreed |= role == .sales ? 1 : 2 }
            case .declined(let id, _, _), .parked(let id?, _, _):
                if let i = slot(id) { slots[i].parked = true }
            case .itemEdited(let id, let text, let fields):
                if let i = slot(id) {
                    slots[i].text = text
                    slots[i].owner = fields["owner"]
                    slots[i].due = fields["due"]
                    slots[i].date = fields["date"]
                    slots[i].agreed = 0
                }
            case .commitmentUpdated(let ref, let status, let note, let due):
                updates.append(CommitmentUpdate(ref: ref, status: status, note: note, due: due, at: record.at))
            default:
                break
            }
        }
        var made: [Commitment] = []
        let participants = header.participants
        for s in slots where !s.parked {
            // `CommitmentLedger.commitments(in:)`: agreed by both, or an action in a step that needs no agreement.
            let agree = s.step < steps.count ? steps[s.step].agree : false
            guard s.agreed == 3 || !agree && s.kind == .action, let owner = s.owner, !owner.isEmpty,
                let due = s.due ?? s.date, !due.isEmpty
            else { continue }
            made.append(
                Commitment(
                    ref: "\(id)/\(s.id)", text: FieldParser.removingDate(FieldParser.stripKeyed(s.text), due),
                    owner: participants.ownerName(stored: owner), due: due, kind: s.kind, session: id, playbook: header.steps.id,
                    sales: participants.sales, marketing: participants.marketing, status: .open, history: []))
        }
        return CommitmentScan.Extract(made: made, updates: final(updates))
    }

    /// The last status change of each commitment, in the order of those last changes
    /// (`SessionState.finalCommitmentUpdates`).
    private static func final(_ updates: [CommitmentUpdate]) -> [CommitmentUpdate] {
        guard updates.count > 1 else { return updates }
        var seen = Set<String>()
        var out: [CommitmentUpdate] = []
        for u in updates.reversed() where seen.insert(u.ref).inserted { out.append(u) }
        out.reverse()
        return out
    }
}
