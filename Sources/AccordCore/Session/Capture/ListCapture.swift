/// `capture: list` — items one per line; an empty line (or `/next`) ends the speaker's list.
struct ListCapture: CaptureKind {
    var capture: Capture { .list }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        engine.proposeLine(text, role: role, step: step, state: state, fields: [:])
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)): one item per line; an empty line when you're done.")]
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.captured, "  + item from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))")]
    }
}
