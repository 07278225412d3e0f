/// `capture: raci` — one R/A/C/I row per activity of the step, exactly one Accountable.
struct RACICapture: CaptureKind {
    var capture: Capture { .raci }

    func pending(step: Step, state: SessionState) -> Pending {
        let done = state.raciRows[state.stepIndex, default: 0]
        return done < step.activities.count && state.turnsDone.isEmpty ? .raciRow(done, state.speaker) : .stepDone
    }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        SessionEngine.Outcome(messages: ["(nothing to answer right now)"])
    }

    func reply(
        _ text: String, to pending: Pending, role: Role, step: Step, state: SessionState,
        engine: SessionEngine
    ) -> SessionEngine.Outcome? {
        guard case .raciRow(let row, _) = pending else { return nil }
        guard !text.isEmpty else {
            return SessionEngine.Outcome(messages: [
                "Type the letters for each side, e.g. `sales: R, marketing: A C` — or /next to stop here."
            ])
        }
        let said = Event.answer(speaker: role, text: text)
        let activity = step.activities[row]
        switch RACIParser.parse(text, activity: activity, context: state.understanding(role)) {
        case .understood(let a):
            return SessionEngine.Outcome(
                events: [said]
                    + engine.propose(
                        .raci, text: activity, fields: ["sales": a.stored(.sales), "marketing": a.stored(.marketing)],
                        by: role, step: step, state: state))
        case .ask(let q):
            return SessionEngine.Outcome(events: [said, .refused(speaker: role, message: q.message)])
        case .refused(let r):
            return SessionEngine.Outcome(events: [said, .refused(speaker: role, message: r.message)])
        }
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .raciRow(let row, _) = pending else { return [] }
        return [
            ChatLine(
                .facilitator,
                "\(row + 1)/\(step.activities.count) \(step.activities[row]): who is R, A, C, I? e.g. `sales: R, marketing: A C` or “Marketing accountable, Sales responsible” — /skip skips this row, /skip step the rest"
            )
        ]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        func letters(_ side: String) -> String { item.fields[side].flatMap { $0.isEmpty ? nil : $0 } ?? "–" }
        return "\(item.text): Sales \(letters("sales")), Marketing \(letters("marketing"))"
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.captured, "  + R/A/C/I from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))")]
    }

    func proposed(_ item: Item, into state: inout SessionState) {
        state.raciRows[item.step, default: 0] += 1
    }
}
