/// Dates as people say them ("31 March", "by end of Q1", "in two weeks", "next Friday", "03/04"),
/// resolved to the next such day on or after today. Pure: today is always passed in.
public enum DateParser {
    /// The date in `text` (the whole answer to "by when?"): understood, asked about when it could be
    /// two days (03/04) or is vague ("early March"), refused when there is none.
    public static func parse(_ text: String, context: UnderstandingContext) -> Parsed<DateFound> {
        parse(text, today: context.today)
    }

    /// As `parse(_:context:)`, with only the day that counts as today.
    public static func parse(_ text: String, today: Day) -> Parsed<DateFound> {
        if let found = find(in: text, today: today) { return found }
        let shown = text.trimmed().prefix(40)
        return .refused(Refusal(shown.isEmpty ? "I need a date." : "I didn't find a date in “\(shown)”.", example: "31 March"))
    }

    /// The date phrase inside a longer line, or nil when the line names no date. A phrase after
    /// "by", "until", "before", "due", "no later than"… wins over one without.
    public static func find(in text: String, today: Day) -> Parsed<DateFound>? {
        let scan = DateScan(text: text, today: today)
        return scan.best()
    }

    /// `text` without the date phrase (and the "by"/"due"… before it), tidied.
    public static func removing(_ found: DateFound, from text: String) -> String {
        guard found.phraseRange.lowerBound >= text.startIndex, found.phraseRange.upperBound <= text.endIndex else { return text }
        var out = text
        out.removeSubrange(found.phraseRange)
        return tidy(out)
    }

    /// Collapses double spaces and stray separators left after removing a phrase.
    static func tidy(_ s: String) -> String {
        var out = s
        while out.contains("  ") { out = out.replacingText("  ", with: " ") }
        out = out.replacingText(" ,", with: ",").replacingText(",,", with: ",")
            .replacingText("( )", with: "").replacingText("()", with: "")
        return out.trimmed(",;:—–-")
    }
}
