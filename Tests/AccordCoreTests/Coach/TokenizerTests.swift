import Testing

@testable import AccordCore

/// The tokenizer's ASCII path (bytes) against its definition (Characters), docs/performance.md.
@Suite struct TokenizerTests {
    @Test func asciiPathEqualsThePlainDefinition() {
        let inputs =
            CoachSpeedPathsSupport.statements.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
            + CoachSpeedPathsSupport.generated(20_000, ascii: true)
        #expect(inputs.count > 20_000)
        var differences = 0
        for text in inputs where CoachTokenizer.tokenizeASCII(text) != CoachTokenizer.tokenizePlain(text) {
            differences += 1
            if differences <= 5 { Issue.record("tokenizers differ on \(text.debugDescription)") }
        }
        #expect(differences == 0)
    }

    @Test func nonASCIIStatementsTakeThePlainPath() {
        for text in CoachSpeedPathsSupport.generated(2_000, ascii: false) {
            #expect(CoachTokenizer.tokenize(text) == CoachTokenizer.tokenizePlain(text))
        }
        // The plain path's own behaviour on what the ASCII path never sees.
        #expect(CoachTokenizer.tokenize("Marketing’s leads").map(\.text) == ["marketing", "leads"])
        #expect(CoachTokenizer.tokenize("late — again").map(\.text) == ["late", "—", "again"])
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
