/// `capture: action` — actions (commitments) one per line: what, owner and due date, the missing
/// ones chased. Agreed actions become the commitments a review walks.
struct ActionCapture: CaptureKind {
    var capture: Capture { .action }
    var requiredFields: [String] { ItemRules.actionFields }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        let fields = text.isEmpty ? [:] : FieldParser.actionFields(text, participants: state.participants)
        return engine.proposeLine(text, role: role, step: step, state: state, fields: fields)
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)): one action per line — what, owner, due date (e.g. “Share win/loss notes monthly, owner \(facilitator.participants.marketing), due 2027-01-15”). An empty line when you're done.")]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        var parts = [item.text]
        if let o = item.fields["owner"], !item.text.lowercased().contains("owner") { parts.append("owner \(o)") }
        if let d = item.fields["due"], !FieldParser.mentionsDate(item.text, d) { parts.append("due \(d)") }
        return parts.joined(separator: ", ")
    }
}
