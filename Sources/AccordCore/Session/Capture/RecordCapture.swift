/// `capture: record` — structured records whose fields the step declares (`fields:`), one record
/// per line. "field: value" pairs and free phrasing are read by `RecordLine`; the required fields
/// still empty are chased one at a time, each validated by its type (`RecordValues`). Agreement,
/// parking and the coach work as for any item.
struct RecordCapture: CaptureKind {
    var capture: Capture { .record }

    func requiredFields(for item: Item) -> [String] {
        item.recordFields.filter(\.required).map(\.name)
    }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        guard !text.isEmpty else { return engine.proposeLine(text, role: role, step: step, state: state, fields: [:]) }
        let reading = RecordLine.read(text, fields: step.fields, participants: state.participants)
        guard !reading.values.isEmpty || !reading.problems.isEmpty else {
            return SessionEngine.Outcome(events: [
                .answer(speaker: role, text: text),
                .refused(speaker: role, message: "I couldn't find any of this record's fields in that. \(Self.shape(step.fields))"),
            ])
        }
        let extra = reading.problems.map { Event.followUp(speaker: role, question: $0) }
        return engine.proposeLine(text, role: role, step: step, state: state, fields: reading.values, extra: extra)
    }

    func question(for field: String, item: Item, participants: Participants) -> String {
        guard let def = item.recordFields.first(where: { $0.name == field }) else {
            return ItemRules.question(for: field, item: item, participants: participants)
        }
        let subject = "“\(name(of: item))”"
        let example = def.example.map { " (e.g. \($0))" } ?? ""
        switch def.type {
        case .choice(let values):
            return "\(subject) — which \(field)? \(RecordValues.orList(values))."
        case .person:
            let names = participants.solo ? "a name" : "\(participants.sales), \(participants.marketing), both, or another name"
            return "\(subject) — who is the \(field)? \(names)."
        case .date:
            return "\(subject) — \(field)? A date: YYYY-MM-DD, a month or a quarter\(example)."
        case .number, .percent, .money:
            return "\(subject) — \(field)? A number, please\(example)."
        case .list:
            return "\(subject) — \(field)? One or more, separated by ;\(example)."
        case .text:
            return "\(subject) — \(field)?\(example)"
        }
    }

    func validate(field: String, answer: String, item: Item, role: Role, state: SessionState) -> Result<[String: String], FieldProblem> {
        guard let def = item.recordFields.first(where: { $0.name == field }) else {
            return .failure(FieldProblem(message: "Please give the \(field), or /park to park this record for now."))
        }
        return RecordValues.normalize(answer, as: def.type, participants: state.participants).map { [field: $0] }
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        if state.items(inStep: state.stepIndex).contains(where: { $0.by == role }) {
            return [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)): the next one, or an empty line when you're done.")]
        }
        return [
            ChatLine(
                .facilitator,
                "\(facilitator.addressee(role, step: step)): one per line. \(Self.shape(step.fields)) An empty line when you're done.")
        ]
    }

    func describe(_ item: Item, participants: Participants) -> String {
        guard let first = item.recordFields.first else { return item.text }
        let shown = { (f: RecordField) in item.fields[f.name].map { RecordValues.display($0, as: f.type, participants: participants) } }
        let rest = item.recordFields.dropFirst().compactMap { f in shown(f).map { "\(f.name): \($0)" } }
        let head = shown(first).map { first.type.kind == .text ? $0 : "\(first.name): \($0)" } ?? item.text
        return rest.isEmpty ? head : head + " — " + rest.joined(separator: "; ")
    }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.captured, "  + record from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))")]
    }

    func proposed(_ item: Item, into state: inout SessionState) {
        guard item.step < state.playbook.steps.count else { return }
        let fields = state.playbook.steps[item.step].fields
        state.update(item.id) { $0.recordFields = fields }
    }

    /// What a record looks like typed on one line, from its declared fields.
    static func shape(_ fields: [RecordField]) -> String {
        let pairs = fields.filter(\.required).prefix(3).map { "\($0.name): \($0.example ?? "…")" }
        let lead = fields.first.flatMap(\.example).map { " — or just start (“\($0)”) and I'll ask for the rest." } ?? "."
        return "Type “\(pairs.joined(separator: "; "))…”\(lead)"
    }

    /// The record's name: its first field's value, else the line as typed.
    func name(of item: Item) -> String {
        item.recordFields.first.flatMap { item.fields[$0.name] } ?? item.text
    }
}
