import Testing

@testable import AccordCore

/// The tokenizer's byte path (ASCII and typographic marks) against its definition (Characters), docs/performance.md.
@Suite struct TokenizerTests {
    @Test func bytePathEqualsThePlainDefinition() {
        let inputs =
            (CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(20_000, ascii: true)
            + CoachSpeedPathsSupport.generated(40_000, ascii: false)).filter(CoachTokenizer.takesBytePath)
        #expect(inputs.count > 30_000)
        #expect(inputs.contains { !$0.utf8.allSatisfy { $0 < 0x80 } })
        var differences = 0
        for text in inputs where CoachTokenizer.tokenizeBytes(text) != CoachTokenizer.tokenizePlain(text) {
            differences += 1
            if differences <= 5 { Issue.record("tokenizers differ on \(text.debugDescription)") }
        }
        #expect(differences == 0)
    }

    @Test func otherStatementsTakeThePlainPath() {
        for text in CoachSpeedPathsSupport.generated(2_000, ascii: false) {
            #expect(CoachTokenizer.tokenize(text) == CoachTokenizer.tokenizePlain(text))
        }
        // Which statements the byte path takes: ASCII and the marks ‘ ’ – — “ ” …, nothing else.
        for (text, bytes) in [
            ("Marketing’s leads — again… “late” – ‘ok’", true), ("café", false), ("e\u{301}", false), ("🙂", false), ("‚", false),
            ("\u{2015}", false), ("plain", true),
        ] {
            #expect(CoachTokenizer.takesBytePath(text) == bytes, "\(text.debugDescription)")
        }
        #expect(CoachTokenizer.tokenize("Marketing’s leads").map(\.text) == ["marketing", "leads"])
        #expect(CoachTokenizer.tokenize("late – again…").map(\.text) == ["late", "—", "again", "…"])
    }

    @Test func respelledIsTheDictionary() {
        var words = Array(CoachTokenizer.spellings.keys) + Array(CoachTokenizer.spellings.values) + ["", "dont'", "DONT", "café", "ü"]
        for text in CoachSpeedPathsSupport.statements { words += CoachTokenizer.tokenizePlain(text).map(\.raw) }
        for w in words { #expect(CoachTokenizer.respelled(w) == CoachTokenizer.spellings[w] ?? w, "\(w.debugDescription)") }
    }

    @Test func asciiPathKeepsTheTokenizersRules() {
        let t = CoachTokenizer.tokenize("The REPS' list, Sales's deck and it's 2.5% late... dont ask.")
        #expect(t.first { $0.text == "reps" }?.possessive == false)  // "'" after a capital S is not the plural possessive
        #expect(t.filter { $0.text == "." }.count == 4)
        #expect(t.first { $0.text == "sales" }?.possessive == true)
        #expect(t.contains { $0.text == "don't" })
        #expect(t.contains { $0.text == "2.5%" })
    }
}
