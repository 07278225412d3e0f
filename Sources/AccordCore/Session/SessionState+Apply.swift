/// The reducer: how each event changes the state. Pure and total: an event that does not fit the
/// state (a field for an unknown item, say) changes nothing rather than failing, so a damaged or
/// hand-edited transcript still replays.
extension SessionState {
    /// Rebuild a session's state from its header and records: `/undo`ne batches are removed, then
    /// the rest is folded with `apply`.
    public static func replay(header: SessionHeader, records: [EventRecord]) -> SessionState {
        effective(records).reduce(into: SessionState(header: header)) { $0.apply($1) }
    }

    /// The records that count: each `.undo` takes back the latest batch not yet taken back.
    public static func effective(_ records: [EventRecord]) -> [EventRecord] {
        guard records.contains(where: { $0.event == .undo }) else { return records }
        var live: [Int] = []
        var removed: Set<Int> = []
        for r in records {
            if r.event == .undo {
                if let last = live.popLast() { removed.insert(last) }
            } else if r.batch > 0, live.last != r.batch, !removed.contains(r.batch) {
                live.append(r.batch)
            }
        }
        return records.filter { $0.event != .undo && !removed.contains($0.batch) }
    }

    /// Apply one record.
    public mutating func apply(_ record: EventRecord) {
        apply(record.event, at: record.at)
        eventCount += 1
        lastAt = record.at
    }

    /// Apply one event.
    public mutating func apply(_ event: Event, at: String = "") {
        switch event {
        case .stepStarted(let index):
            started = true
            stepIndex = min(max(index, 0), playbook.steps.count)
            turnsDone = []
            completed = false
            skippedSteps.remove(stepIndex)
            speaker = step?.who == .marketing ? .marketing : .sales
            open = items.filter { $0.step == stepIndex && needsWork($0) }.map(\.id)
        case .answer(let role, let text):
            answers.append(Answer(step: stepIndex, speaker: role, text: text))
        case .itemProposed(let id, let kind, let by, let text, let fields):
            let item = Item(id: id, kind: kind, step: stepIndex, by: by, text: text, fields: fields)
            insert(item)
            nextItem = max(nextItem, (Int(id.dropFirst()) ?? nextItem) + 1)
            kind.kind.proposed(item, into: &self)
            if needsWork(self.item(id) ?? item) { openAppend(id) }
        case .fieldSet(let id, let field, let value):
            update(id) { $0.fields[field] = value }
            refreshOpen(id)
        case .agreed(let id, let role):
            update(id) { $0.agreedBy.insert(role) }
            refreshOpen(id)
        case .declined(let id, let role, let reason):
            update(id) {
                $0.declinedBy = role
                $0.parked = true
                $0.parkReason = reason
            }
            openRemove(id)
        case .parked(let id?, _, let text):
            update(id) {
                $0.parked = true
                $0.parkReason = text
            }
            openRemove(id)
        case .parked(nil, let role, let text):
            parkedTopics.append(Note(step: stepIndex, by: role, text: text))
        case .note(let role, let text):
            notes.append(Note(step: stepIndex, by: role, text: text))
        case .handover(let role):
            speaker = role
        case .turnEnded(let role):
            turnsDone.insert(role)
            if let step, let next = answerers(for: step).first(where: { !turnsDone.contains($0) }) {
                speaker = next
            }
        case .skipped(let index):
            skippedSteps.insert(index)
        case .coachFlag(let role, let original, let reason, let suggestion):
            let record = CoachRecord(step: stepIndex, speaker: role, original: original, reason: reason, suggestion: suggestion)
            coachFlags.append(record)
            pendingCoach = record
        case .coachChoice(_, let choice):
            if !coachFlags.isEmpty { coachFlags[coachFlags.count - 1].choice = choice }
            pendingCoach = nil
        case .recap(let list):
            recap = list
        case .commitmentUpdated(let ref, let status, let note, let due):
            let update = CommitmentUpdate(ref: ref, status: status, note: note, due: due, at: at)
            commitmentUpdates.append(update)
            latestUpdate[ref] = update
        case .paused:
            paused = true
        case .resumed:
            paused = false
        case .completed:
            completed = true
            stepIndex = playbook.steps.count
            open = []
        case .today(let date):
            today = date
        case .itemEdited(let id, let text, let fields):
            update(id) {
                $0.text = text
                $0.fields = fields
                $0.agreedBy = []
                $0.edits += 1
            }
            if let item = item(id), needsWork(item), !openContains(id) { openAppend(id) }
        case .refused, .followUp, .undo:
            break
        }
    }

    /// Whether an item still needs a field or an agreement before its step can close.
    func needsWork(_ item: Item) -> Bool {
        if item.parked { return false }
        if !ItemRules.missingFields(item).isEmpty { return true }
        let step = item.step < playbook.steps.count ? playbook.steps[item.step] : nil
        let mustAgree = (step?.agree ?? false) || item.kind.kind.alwaysAgreed
        return mustAgree && !solo && item.agreedBy.count < 2
    }

    private mutating func refreshOpen(_ id: String) {
        guard let item = item(id) else { return }
        let needs = (item.step == stepIndex || openContains(id)) && needsWork(item)
        if needs, !openContains(id) { openAppend(id) }
        if !needs { openRemove(id) }
    }
}
