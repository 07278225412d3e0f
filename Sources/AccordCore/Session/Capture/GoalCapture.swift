/// `capture: goal` — goals one per line; metric, baseline, target, date and owner are read from the
/// line and the missing ones chased until the goal is complete.
struct GoalCapture: CaptureKind {
    var capture: Capture { .goal }
    var requiredFields: [String] { ItemRules.goalFields }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        var extra: [Event] = []
        if !text.isEmpty, !text.contains(where: \.isNumber) {
            extra.append(.followUp(speaker: role, question: "“\(text)” is a direction — a good start. To make it a goal we can track, I'll ask for the number today, the number you're aiming for, a date and an owner."))
        }
        let fields = text.isEmpty ? [:] : FieldParser.goalFields(text, participants: state.participants)
        return engine.proposeLine(text, role: role, step: step, state: state, fields: fields, extra: extra)
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)): one goal per line, e.g. “Raise SQL→opportunity rate from 18% to 25% by 2027-03-31, owner \(facilitator.participants.sales)”. An empty line when you're done.")]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        let f = item.fields
        var parts = [item.text]
        if let b = f["baseline"], let t = f["target"], !item.text.contains(t) { parts.append("\(b) → \(t)") }
        if let d = f["date"], !FieldParser.mentionsDate(item.text, d) { parts.append("by \(d)") }
        if let o = f["owner"], !item.text.lowercased().contains("owner") { parts.append("owner \(o)") }
        return parts.joined(separator: ", ")
    }
}
