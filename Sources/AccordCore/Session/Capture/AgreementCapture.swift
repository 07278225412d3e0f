/// `capture: agreement` — a yes/no from both leads on the step itself (its title is the item).
struct AgreementCapture: CaptureKind {
    var capture: Capture { .agreement }
    var alwaysAgreed: Bool { true }
    var numbered: Bool { false }

    func pending(step: Step, state: SessionState) -> Pending {
        state.agreementItem[state.stepIndex] != nil ? .stepDone : .answer(state.answerer(for: step))
    }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        guard let reply = Reply.yesNo(text) else {
            return SessionEngine.Outcome(messages: ["I didn't hear a yes or a no in “\(text.prefix(40))”. e.g. `yes`, or `no, not yet`"])
        }
        let id = state.nextItemID
        var events: [Event] = [
            .answer(speaker: role, text: text), .itemProposed(id: id, kind: .agreement, by: role, text: step.title, fields: [:]),
        ]
        if state.solo { return SessionEngine.Outcome(events: events) }
        events.append(reply.yes ? .agreed(item: id, by: role) : .declined(item: id, by: role, reason: reply.reason))
        return SessionEngine.Outcome(events: events)
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)): yes or no?")]
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] { [] }

    func askAgreement(_ item: Item, role: Role, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.facilitator, "\(facilitator.participants.name(role)), do you agree as well? (yes / no)")]
    }

    func proposed(_ item: Item, into state: inout SessionState) {
        state.agreementItem[item.step] = item.id
    }
}
