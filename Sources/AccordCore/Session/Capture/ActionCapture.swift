/// `capture: action` — actions (commitments) one per line: what, owner and due date
/// (`ActionParser`: "Tomás: add contact names, by 15 January", "I'll send the list…"), the missing
/// ones chased. Agreed actions become the commitments a review walks.
struct ActionCapture: CaptureKind {
    var capture: Capture { .action }
    var requiredFields: [String] { ItemRules.actionFields }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        if let adopted = engine.adopt(text, role: role, step: step, state: state) { return adopted }
        guard !text.isEmpty else { return engine.proposeLine(text, role: role, step: step, state: state, fields: [:]) }
        let (fields, questions) = read(text, role: role, state: state)
        let what = ActionParser.parse(text, context: state.understanding(role)).text
        return engine.proposeLine(
            text, role: role, step: step, state: state, fields: fields, itemText: what.isEmpty ? text : what,
            extra: questions.map { Event.followUp(speaker: role, question: $0) })
    }

    func fields(fromLine text: String, state: SessionState) -> [String: String] {
        text.isEmpty ? [:] : read(text, role: state.speaker, state: state).fields
    }

    /// The fields a line states, and what to ask about what it states unclearly.
    func read(_ text: String, role: Role, state: SessionState) -> (fields: [String: String], questions: [String]) {
        let parts = ActionParser.parse(text, context: state.understanding(role))
        var fields = parts.fields
        var questions: [String] = []
        if let d = parts.due, d.isPast {
            fields["due"] = nil
            questions.append(DateAnswer.pastQuestion(d, today: state.day))
        }
        questions += [parts.dueQuestion?.message, parts.ownerQuestion?.message].compactMap { $0 }
        return (fields, questions)
    }

    func validate(field: String, answer: String, item: Item, role: Role, state: SessionState) -> Result<[String: String], FieldProblem> {
        guard let actionField = ActionField(rawValue: field) else {
            return ItemRules.validate(field: field, answer: answer, participants: state.participants).map { [field: $0] }
        }
        if actionField == .owner, let ref = state.confirmedThirdParty(answer) { return .success(["owner": ref.stored]) }
        switch ActionParser.answer(answer, for: actionField, context: state.understanding(role)) {
        case .understood(let parts):
            if let d = parts.due, d.isPast { return .failure(FieldProblem(message: DateAnswer.pastQuestion(d, today: state.day))) }
            return .success(parts.fields)
        case .ask(let q):
            return .failure(FieldProblem(message: q.message))
        case .refused(let r):
            return .failure(FieldProblem(message: r.message))
        }
    }

    func question(for field: String, item: Item, participants: Participants) -> String {
        field == "due"
            ? "When is it due? e.g. 15 January, end of Q1, in two weeks."
            : ItemRules.question(for: field, item: item, participants: participants)
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [
            ChatLine(
                .facilitator,
                "\(facilitator.addressee(role, step: step)): one action per line — what, owner, due date (e.g. “\(facilitator.participants.marketing): share win/loss notes monthly, by 15 January”). An empty line when you're done."
            )
        ]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        let text = item.fields["owner"] == nil ? item.text : FieldParser.stripKeyed(item.text)
        var parts = [text]
        if let o = item.fields["owner"] { parts.append("owner \(participants.ownerName(stored: o))") }
        if let d = item.fields["due"], !statesDate(text, d) { parts.append("due \(d)") }
        if let by = item.fields["proposedBy"].flatMap(Role.init(rawValue:)), let n = item.fields["proposal"] {
            parts.append("proposed by \(participants.name(by)) (#\(n))")
        }
        return parts.joined(separator: ", ")
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        let echo = item.fields["due"].flatMap(Day.init(iso:)).map { " (\($0.echo))" } ?? ""
        return [ChatLine(.captured, "  + action from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))\(echo)")]
    }
}
