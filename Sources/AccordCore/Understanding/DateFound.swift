/// A date found in what someone typed, resolved against today.
public struct DateFound: Sendable, Equatable {
    /// The calendar day it names.
    public var day: Day
    /// True when the day is before today (the engine questions it).
    public var isPast: Bool
    /// The date words in the input ("15 January" in "…, by 15 January").
    public var range: Range<String.Index>
    /// The date with the word that introduced it and a comma before that ("…, by 15 January"),
    /// so callers can strip it from a statement.
    public var phraseRange: Range<String.Index>
    /// The date words as typed.
    public var text: String

    /// "→ Wed 31 Mar 2027".
    public var echo: String { day.echo }

    /// A found date.
    public init(day: Day, isPast: Bool, range: Range<String.Index>, phraseRange: Range<String.Index>, text: String) {
        self.day = day
        self.isPast = isPast
        self.range = range
        self.phraseRange = phraseRange
        self.text = text
    }
}
