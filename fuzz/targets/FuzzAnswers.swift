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
        _ = FieldParser.stripKeyed(text)
        _ = FieldParser.normalizeDate(text)
        _ = FieldParser.normalizeOwner(text, participants: participants)
        if let date = FieldParser.normalizeDate(text) {
            _ = FieldParser.mentionsDate(text, date)
            _ = FieldParser.removingDate(text, date)
        }
        _ = RACIRow.parse(text, activity: "Qualify leads", participants: participants)
        _ = Reply.yesNo(text)
        _ = Reply.commitmentStatus(text)
    }
}
