/// `capture: goal` — goals one per line; metric, baseline, target, date and owner are read from the
/// line (`GoalParser`) and the missing ones chased until the goal is complete. A chased answer must
/// fit its field; one that restates the goal fills every field it states.
struct GoalCapture: CaptureKind {
    var capture: Capture { .goal }
    var requiredFields: [String] { ItemRules.goalFields }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        if let adopted = engine.adopt(text, role: role, step: step, state: state) { return adopted }
        var extra: [Event] = []
        if !text.isEmpty, !text.contains(where: \.isNumber), !Baseline.isUnknown(text) {
            extra.append(
                .followUp(
                    speaker: role,
                    question:
                        "“\(text)” is a direction — a good start. To make it a goal we can track, I'll ask for the number today, the number you're aiming for, a date and an owner."
                ))
        }
        guard !text.isEmpty else { return engine.proposeLine(text, role: role, step: step, state: state, fields: [:]) }
        let (fields, questions) = read(text, role: role, state: state)
        extra += questions.map { Event.followUp(speaker: role, question: $0) }
        return engine.proposeLine(text, role: role, step: step, state: state, fields: fields, extra: extra)
    }

    func fields(fromLine text: String, state: SessionState) -> [String: String] {
        text.isEmpty ? [:] : read(text, role: state.speaker, state: state).fields
    }

    /// The fields a line states, and what to ask about the parts it states unclearly (an ambiguous
    /// or past date, an owner to confirm, a target that reads two ways).
    func read(_ text: String, role: Role, state: SessionState) -> (fields: [String: String], questions: [String]) {
        let parts = GoalParser.parse(text, context: state.understanding(role))
        var fields = parts.fields
        var questions: [String] = []
        if let d = parts.date, d.isPast {
            fields["date"] = nil
            questions.append(DateAnswer.pastQuestion(d, today: state.day))
        }
        questions += [parts.dateQuestion?.message, parts.targetQuestion?.message, parts.ownerQuestion?.message].compactMap { $0 }
        if let derivation = parts.derivation { fields["derivation"] = derivation }
        return (fields, questions)
    }

    func validate(field: String, answer: String, item: Item, role: Role, state: SessionState) -> Result<[String: String], FieldProblem> {
        guard let goalField = GoalField(rawValue: field) else {
            return ItemRules.validate(field: field, answer: answer, participants: state.participants).map { [field: $0] }
        }
        if goalField == .owner, let ref = state.confirmedThirdParty(answer) { return .success(["owner": ref.stored]) }
        let context = state.understanding(role)
        var given = GoalParser.parse(item.text, context: context)
        if let b = item.fields["baseline"], let known = GoalParser.answer(b, for: .baseline, context: context).value?.baseline {
            given.baseline = known
        }
        switch GoalParser.answer(answer, for: goalField, given: given, context: context) {
        case .understood(let parts):
            if let d = parts.date, d.isPast { return .failure(FieldProblem(message: DateAnswer.pastQuestion(d, today: state.day))) }
            var fields = parts.fields
            if let derivation = parts.derivation { fields["derivation"] = derivation }
            fields["metric"] = nil
            return fields.isEmpty
                ? .failure(FieldProblem(message: "Please give the \(field) — or /park to park this goal.")) : .success(fields)
        case .ask(let q):
            return Self.leadingNumber(answer, field: goalField, today: state.day) ?? .failure(FieldProblem(message: q.message))
        case .refused(let r):
            return Self.leadingNumber(answer, field: goalField, today: state.day) ?? .failure(FieldProblem(message: r.message))
        }
    }

    /// Adapter over the parser: a baseline or target answer that starts with its number ("61%
    /// within 2 working days") is that number with its words, even when the words also read as a
    /// date phrase — unless the answer starts with the date ("Q1 2027", "30 June").
    static func leadingNumber(_ answer: String, field: GoalField, today: Day) -> Result<[String: String], FieldProblem>? {
        let text = answer.trimmed()
        guard field == .baseline || field == .target, let first = text.first, first.isNumber || "$€£".contains(first) else { return nil }
        if let found = DateParser.find(in: text, today: today)?.value, found.range.lowerBound == text.startIndex { return nil }
        return .success([field.rawValue: text])
    }

    func question(for field: String, item: Item, participants: Participants) -> String {
        let subject = "“\(item.text)”"
        switch field {
        case "baseline":
            return
                "Where is it today? The baseline for \(subject) as a number (e.g. 18%, 120 leads a month) — or “unknown” if it isn't measured yet."
        case "date":
            return "By when? A date for \(subject) (e.g. 30 June, end of Q1, 2027-03-31)."
        default:
            return ItemRules.question(for: field, item: item, participants: participants)
        }
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        return [
            ChatLine(
                .facilitator,
                "\(facilitator.addressee(role, step: step)): one goal per line, e.g. “Raise SQL→opportunity rate from 18% to 25% by 31 March, owner \(facilitator.participants.sales)”. An empty line when you're done."
            )
        ]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        let f = item.fields
        // The owner as a canonical name, not as typed ("owner me", "owner tomas").
        let text = f["owner"] == nil ? item.text : FieldParser.stripKeyed(item.text)
        var parts = [text]
        if let b = f["baseline"], let t = f["target"], !text.contains(t) || Baseline.isUnknown(b) {
            parts.append(f["derivation"] ?? "\(Baseline.isUnknown(b) ? "baseline to establish" : b) → \(t)")
        }
        if let d = f["date"], !statesDate(text, d) { parts.append("by \(d)") }
        if let o = f["owner"] { parts.append("owner \(participants.ownerName(stored: o))") }
        if let by = item.fields["proposedBy"].flatMap(Role.init(rawValue:)), let n = item.fields["proposal"] {
            parts.append("proposed by \(participants.name(by)) (#\(n))")
        }
        return parts.joined(separator: ", ")
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        let echo = item.fields["date"].flatMap(Day.init(iso:)).map { " (\($0.echo))" } ?? ""
        return [ChatLine(.captured, "  + goal from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))\(echo)")]
    }
}
