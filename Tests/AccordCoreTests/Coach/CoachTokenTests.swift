import Testing

@testable import AccordCore

/// `CoachTokens`: tokens that hold no `String`, their texts read from the vocabulary, the statement's
/// bytes or a few stored strings (docs/performance.md, "Cost per answer, seventh pass").
@Suite struct CoachTokenTests {
    @Test func aKnownWordHoldsNoString() {
        let tokens = CoachTokenizer.tokenize("the leads were late, and we said so.")
        #expect(tokens.texts == ["the", "leads", "were", "late", ",", "and", "we", "said", "so", "."])
        #expect(tokens.strings.isEmpty)
        #expect(tokens.allSatisfy { $0.textIndex == -1 && $0.rawIndex == -1 })
    }

    @Test func wordsItLacksAndCapitalsAreReadFromTheStatement() {
        let text = "Zorblax sent 340 Leads on Tuesday; Dana's deck"
        let tokens = CoachTokenizer.tokenize(text)
        #expect(tokens.strings.isEmpty)
        #expect(tokens.texts == ["zorblax", "sent", "340", "leads", "on", "tuesday", ";", "dana", "deck"])
        #expect(tokens.indices.map(tokens.raw) == ["Zorblax", "sent", "340", "Leads", "on", "Tuesday", ";", "Dana", "deck"])
        // "zorblax" is read from the statement, lower-cased; "Dana" is a member with a capital.
        #expect(tokens[0].textIndex < -1 && tokens[0].rawIndex < -1)
        #expect(tokens[7].possessive && tokens[7].rawIndex < -1)
        #expect(tokens == CoachTokenizer.tokenizePlain(text))
    }

    @Test func wordsBuiltApartAreStored() {
        // A backtick, a curly apostrophe or a decimal point makes the word in a buffer of its own.
        let text = "Marketing`s 2.5% dont Thier ‘Zorblax’"
        let tokens = CoachTokenizer.tokenize(text)
        #expect(tokens.texts == ["marketing", "2.5%", "don't", "their", "zorblax"])
        #expect(tokens.indices.map(tokens.raw) == ["Marketing", "2.5%", "dont", "Thier", "Zorblax"])
        #expect(!tokens.strings.isEmpty)
        #expect(tokens == CoachTokenizer.tokenizePlain(text))
    }

    @Test func theCollectionReadsItsTexts() {
        let tokens = CoachTokenizer.tokenize("Why do they never call back?")
        #expect(tokens.count == 7 && !tokens.isEmpty && tokens.indices == 0..<7)
        #expect(tokens.firstText == "why" && tokens.lastText == "?")
        #expect(tokens.containsText { $0 == "never" } && !tokens.containsText { $0 == "always" })
        let empty = CoachTokenizer.tokenize("")
        #expect(empty.isEmpty && empty.firstText == nil && empty.lastText == nil)
        // Keeping some tokens keeps their texts.
        let kept = tokens.keeping([tokens[2], tokens[3], tokens[6]])
        #expect(kept.texts == ["they", "never", "?"])
        #expect(kept != tokens && kept == CoachTokenizer.tokenize("they never?"))
    }
}
