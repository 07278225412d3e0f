import Testing

@testable import AccordCore

/// The per-token class bits (`BlameAnalysis.classes`, `CoachWordClasses`) against their definition,
/// each class's `Set<String>.contains`, at every token.
@Suite struct CoachWordClassTests {
    @Test func eachBitIsTheSetsContainsAtEveryTokenOfEveryStatement() {
        let classes = CoachWordClass.allCases.map { ($0, $0.words) }
        var checked = 0
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for k in a.tokens.indices {
                for (c, words) in classes where a.has(k, c) != words.contains(a.tokens.text(k)) {
                    Issue.record("\(c) at \(a.tokens.text(k).debugDescription) in \(text.debugDescription)")
                }
                checked += 1
            }
            #expect(!a.has(-1, .negative) && !a.has(a.tokens.count, .negative))
        }
        #expect(checked > 100_000)
    }

    /// `has(k, c)` stands for a word test (`c.words.contains(word(k) ?? "")`) only because no class
    /// holds "" or a punctuation token.
    @Test func noClassHoldsPunctuationOrTheEmptyWord() {
        let punctuation = CoachTokenizer.tokenize(",;:.!?—–()\"“”…").texts + [""]
        for c in CoachWordClass.allCases {
            for p in punctuation { #expect(!c.words.contains(p), "\(c) holds \(p.debugDescription)") }
        }
    }

    /// A table of classes with non-ASCII and canonically equivalent members (the Kelvin sign and "K").
    @Test func nonASCIIAndCanonicalEquivalents() {
        let sets: [Set<String>] = [["café", "\u{212A}"], ["cafe\u{301}", "incompetence"], ["k"]]
        let table = CoachWordClasses(sets)
        for w in ["café", "cafe\u{301}", "K", "\u{212A}", "k", "incompetence", "incompetency", "", ","] {
            var expected: UInt64 = 0
            for (i, s) in sets.enumerated() where s.contains(w) { expected |= 1 << UInt64(i) }
            #expect(table.mask(key: CoachWordKey.of(w), w) == expected, "\(w.debugDescription)")
        }
    }

    /// The clauses with the classes (a word outside `clauseTriggers` skipped with one test) are the clauses.
    @Test func clausesWithClassesAreTheClauses() {
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) {
            let a = BlameAnalysis(statement: text, speaker: nil)
            #expect(CoachTokenizer.clauses(a.tokens, classes: a.classes) == CoachTokenizer.clauses(a.tokens), "\(text)")
        }
    }
}
