/// Turns events into chat lines. The live session, `show` and `replay` all use it, so a replay reads
/// exactly like the session did. `live` leaves out the leads' own words (already on screen).
public struct SessionRenderer: Sendable {
    public let facilitator: Facilitator
    /// Columns available (from the output policy): wide enough, proposals show side by side.
    public var width: Int

    public init(participants: Participants, width: Int = 80) {
        self.facilitator = Facilitator(participants: participants)
        self.width = width
    }

    /// Lines for one event, given the state right after it was applied.
    public func render(_ event: Event, after state: SessionState, live: Bool) -> [ChatLine] {
        let who = facilitator.participants
        switch event {
        case .stepStarted(let index):
            guard index < state.playbook.steps.count else { return [] }
            let step = state.playbook.steps[index]
            return [
                ChatLine(.heading, facilitator.heading(index: index, state: state)),
                ChatLine(.facilitator, facilitator.words(of: step)),
            ] + proposalLines(for: step, state: state)
        case .answer(let role, let text):
            return live ? [] : [ChatLine(.speaker(role), "\(who.display(role)) › \(text)")]
        case .itemProposed(let id, _, _, _, _):
            guard let item = state.item(id) else { return [] }
            return item.kind.kind.noted(item, state: state, facilitator: facilitator)
        case .fieldSet(let id, let field, let value):
            guard state.item(id) != nil else { return [] }
            if field == "owner" { return [ChatLine(.captured, "  + owner: \(who.ownerName(stored: value))")] }
            if field == "baseline", Baseline.isUnknown(value) {
                return [ChatLine(.captured, "  + baseline: unknown — baseline to establish")]
            }
            let echo = Day(iso: value).map { " \($0.echo)" } ?? ""
            return [ChatLine(.captured, "  + \(field): \(value)\(echo)")]
        case .agreed(let id, let role):
            guard let item = state.item(id) else { return [] }
            if item.agreedBy.count == 2 {
                return [ChatLine(.agreed, "  ✓ Agreed by both: \(facilitator.describe(item))")]
            }
            return live ? [] : [ChatLine(.info, "  (\(who.name(role)) agrees)")]
        case .declined(let id, let role, let reason):
            guard let item = state.item(id) else { return [] }
            let why = reason.isEmpty ? "" : " — \(reason)"
            return [
                ChatLine(
                    .parked,
                    "  ⏸ Parked: \(facilitator.describe(item)) (\(who.name(role)) doesn't agree yet\(why)). It stays in the parking lot.")
            ]
        case .parked(let id, _, let text):
            if let id, let item = state.item(id) {
                return [ChatLine(.parked, "  ⏸ Parked: \(facilitator.describe(item)) (\(text))")]
            }
            return [ChatLine(.parked, "  ⏸ Parked: \(text)")]
        case .refused(_, let message), .followUp(_, let message):
            return [ChatLine(.facilitator, message)]
        case .note(let role, let text):
            return [ChatLine(.info, "  ✎ Note from \(who.name(role)): \(text)")]
        case .handover(let role):
            return [ChatLine(.info, "  ⇄ Keyboard to \(who.display(role)).")]
        case .turnEnded:
            return []
        case .skipped:
            return [ChatLine(.info, "  ↷ Step skipped.")]
        case .undo:
            return [ChatLine(.info, "  ↶ Undone: the last answer is taken back.")]
        case .coachFlag(let role, let original, let reason, let suggestion):
            let sentence = reason.last.map { ".!?".contains($0) } ?? true ? reason : reason + "."
            let nudge = ChatLine(.coach, "A thought before I note that: \(sentence) \(suggestion)")
            // show/replay: the wording the coach saw, which is in no answer event unless it was kept.
            return live ? [nudge] : [ChatLine(.speaker(role), "\(who.display(role)) › \(original)"), nudge]
        case .coachChoice(_, let choice):
            guard !live else { return [] }
            let original = state.coachFlags.last?.original ?? ""
            return [ChatLine(.info, choice == .keep ? "  (kept as written)" : "  (rephrased; first wording not noted: \"\(original)\")")]
        case .recap(let list):
            guard !list.isEmpty else { return [] }
            return [
                ChatLine(
                    .facilitator,
                    "Last time you agreed to \(list.count) thing\(list.count == 1 ? "" : "s") that \(list.count == 1 ? "is" : "are") still open:"
                )
            ]
                + list.map { ChatLine(.info, "  • \($0.text) — \(who.ownerName(stored: $0.owner)), due \($0.due)") }
        case .commitmentUpdated(let ref, let status, let note, let due):
            let text = state.recap.first { $0.ref == ref }?.text ?? ref
            var line = "  • \(text) → \(status.label)"
            if let due, !note.contains(due) { line += ", new date \(due)" }
            if !note.isEmpty, status != .slipped || due != nil { line += " (\(note))" }
            return [ChatLine(.captured, line)]
        case .paused:
            return [ChatLine(.info, "Session paused and saved. Pick it up with: accord resume \(state.id)")]
        case .resumed:
            return [ChatLine(.info, "Welcome back — picking up where you left off.")]
        case .completed:
            return facilitator.summary(state)
        case .today(let date):
            return live ? [] : [ChatLine(.info, "  (today is \(date))")]
        case .itemEdited(let id, _, _):
            guard let item = state.item(id) else { return [] }
            return [ChatLine(.captured, "  ✎ Edited: \(facilitator.describe(item)) — both agree again.")]
        }
    }
}
