import AccordBenchSupport
import Testing

@testable import AccordCore

/// `FieldParser`'s fast paths against their definitions: `removingDate` searches its date phrase only
/// from where one can start (`datePhraseStart`; the definition searches from the first scalar), and
/// `stripKeyed` of an ASCII text works on bytes (the definition on `Character`s).
@Suite struct FieldParserFastPathTests {
    static let pieces = [
        "Raise", " win rate", " ", "  ", ",", ", ", "by", "by ", " by ", "due", " due ", "until", " until ", "dues", "untill", "bY", "BY",
        "Due", "2027-03-31", "2027-3-31", "2027-06", "2027-06-30", "Q2 2027", "q4 2027", "Q5 2027", "2027", "20271", "x", "é", "\u{00A0}",
        "\t",
        "\u{2003}", "٣", "Áby", "nearby", "owner Dana", "from 18% to 25%", ";", "-", "_",
    ]
    static let dates = ["2027-03-31", "2027-06-30", "2027-05-31", "2027-12-31", "2027-03-01"]

    @Test func theDatePhraseIsRemovedAsTheSearchFromTheStartRemovesIt() {
        var rng = SplitMix64(seed: 12)
        var removed = 0
        var words = 0
        for _ in 0..<6_000 {
            let text = (0..<Int(rng.next() % 12)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let date = Self.dates[Int(rng.next() % UInt64(Self.dates.count))]
            let plain = FieldParser.removingDate(text, date, plain: true)
            #expect(FieldParser.removingDate(text, date) == plain, "\(text.debugDescription) \(date)")
            if plain != text.trimmingWhitespaceSet() && !plain.isEmpty { removed += 1 }
            if FieldParser.datePhraseStart(Array(text.unicodeScalars)) != nil { words += 1 }
        }
        // The generator often makes a phrase that is removed, and texts with a deadline word that is not.
        #expect(removed > 100 && words > removed + 1_000, "\(removed) \(words)")
    }

    @Test func aPhraseIsFoundWhereverItStarts() {
        #expect(FieldParser.removingDate("Raise SQLs from 18% to 25% by 2027-03-31", "2027-03-31") == "Raise SQLs from 18% to 25%")
        #expect(FieldParser.removingDate("Ship it, \u{00A0} due Q2 2027", "2027-06-30") == "Ship it")
        #expect(FieldParser.removingDate("nearby until 2027-05, by 2027-06-30", "2027-06-30") == "nearby until 2027-05")
        #expect(FieldParser.removingDate("by 2027-03-31", "2027-03-31") == "by 2027-03-31")  // no space before the word
        #expect(FieldParser.datePhraseStart(Array("no deadline here".unicodeScalars)) == nil)
        #expect(FieldParser.datePhraseStart(Array("Call them, \t by then".unicodeScalars)) == 9)
    }

    @Test func keyedPartsAreStrippedAsTheCharacterDefinitionStripsThem() {
        let pieces = [
            "Raise win rate", ",", ", ", " ,", "owner Dana", " Owner: Lee", "OWNED BY x", "owners", "owned", "due 2027-03-31", "Due",
            "dueling",
            "by ", "by", "By Q2", "date", "DATE: 2027", "datebook", "\t", " ", "x", ";", "\r\n", "é", "e\u{301}", ",\u{301}", "\u{00A0}",
        ]
        var rng = SplitMix64(seed: 5)
        var stripped = 0
        var ascii = 0
        for _ in 0..<6_000 {
            let text = (0..<Int(rng.next() % 9)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let plain = FieldParser.stripKeyed(text, plain: true)
            #expect(FieldParser.stripKeyed(text) == plain, "\(text.debugDescription)")
            if let fast = FieldParser.asciiStripKeyed(text) {
                #expect(fast == plain, "\(text.debugDescription)")
                ascii += 1
                if fast.count < text.trimmingWhitespaceSet().count { stripped += 1 }
            }
        }
        #expect(ascii > 1_000 && stripped > 500, "\(ascii) \(stripped)")
        #expect(FieldParser.stripKeyed("Call them, owner Dana, by 2027-03-31") == "Call them")
        #expect(FieldParser.asciiStripKeyed("Café, owner Dana") == nil)
    }
}
