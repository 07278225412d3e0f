/// The parsers of what leads type at a prompt: dates, owners, goal parts, action fields, R/A/C/I
/// rows, yes/no and review replies. `parseAnswer` is the one place that lists them, so a new or
/// renamed parser is one edit here.
enum FuzzAnswers {
    static let participants = Participants(sales: "Dana", marketing: "Lee")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        parseAnswer(fuzzText(bytes))
    }

    static func parseAnswer(_ text: String) {
        _ = FieldParser.goalFields(text, participants: participants)
        _ = FieldParser.actionFields(text, participants: participants)
        precondition(FieldParser.stripKeyed(text) == FieldParser.stripKeyed(text, plain: true), "stripKeyed differs from its definition")
        _ = FieldParser.normalizeDate(text)
        _ = FieldParser.normalizeOwner(text, participants: participants)
        if let date = FieldParser.normalizeDate(text) {
            _ = FieldParser.mentionsDate(text, date)
        }
        // The date phrase searched only from where one can start must remove what the search from
        // the first scalar removes (the plain definition).
        for date in [FieldParser.normalizeDate(text), "2027-03-31", "2027-06-30"].compactMap({ $0 }) {
            precondition(
                FieldParser.removingDate(text, date) == FieldParser.removingDate(text, date, plain: true),
                "removingDate differs from its plain definition")
        }
        _ = RACIRow.parse(text, activity: "Qualify leads", participants: participants)
        _ = Reply.yesNo(text)
        _ = Reply.commitmentStatus(text)
        // The parsers the facilitator understands people with (Sources/AccordCore/Understanding),
        // for each speaker, and record fields of every type (Sources/AccordCore/Records).
        // The speaker only changes who "I" and "we" are: the whole-line parsers run for both, the
        // chased single fields (each a whole goal or action parse of its own) for one, so that an
        // execution stays cheap enough for long runs.
        for speaker in [Role.sales, .marketing] {
            let context = UnderstandingContext(today: today, participants: participants, speaker: speaker)
            _ = DateParser.parse(text, context: context)
            _ = DateParser.find(in: text, today: today)
            _ = PeopleResolver.resolve(text, context: context)
            _ = PeopleResolver.speaker(text, context: context)
            let goal = GoalParser.parse(text, context: context)
            _ = ActionParser.parse(text, context: context)
            if speaker == .sales {
                for field in GoalField.allCases {
                    _ = GoalParser.answer(text, for: field, context: context)
                    _ = GoalParser.answer(text, for: field, given: goal, context: context)
                }
                for field in ActionField.allCases { _ = ActionParser.answer(text, for: field, context: context) }
            }
            _ = RACIParser.parse(text, context: context)
            if case .understood(let reply) = ReviewReplyParser.parse(text, context: context, due: today) {
                _ = ReviewReplyParser.followUp(text, previous: reply, context: context, due: today)
            }
        }
        _ = RecordFieldDeclaration.parse(text)
        _ = RecordLine.read(text, fields: recordFields, participants: participants)
    }

    static let today = Day(year: 2026, month: 11, day: 30)!

    /// One field of every type.
    static let recordFields: [RecordField] = RecordFieldKind.allCases.map {
        RecordField(name: $0.rawValue, type: RecordFieldType(kind: $0, choices: $0 == .choice ? ["won", "lost"] : []), required: true)
    }
}
