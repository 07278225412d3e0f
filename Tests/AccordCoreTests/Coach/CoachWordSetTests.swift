import Testing

@testable import AccordCore

/// `CoachWordSet` against its definition, `Set<String>.contains`, at every token.
@Suite struct CoachWordSetTests {
    /// The sets the coach looks up through a `CoachWordSet`, and one with non-ASCII members (one of
    /// them, the Kelvin sign, canonically equivalent to the ASCII "K").
    static let sets: [Set<String>] = [
        SentimentLexicon.negatives, CoachLexicon.badOutcomes, CoachLexicon.faultWords, CoachLexicon.insults,
        CoachLexicon.firstPerson, CoachLexicon.negations, CoachLexicon.clauseBreakers, DeflectionRule.triggers, BlameNounRule.placedNouns,
        ["café", "\u{212A}", "naïve", "reps", "sales-qualified", "incompetence", "k", ",", "?", "\u{37E}", "…", "—"],
    ]

    @Test func containsIsTheSetsContainsAtEveryTokenOfEveryStatement() {
        let wordSets = Self.sets.map(CoachWordSet.init)
        var checked = 0
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for k in a.tokens.indices {
                for (set, wordSet) in zip(Self.sets, wordSets) where wordSet.contains(in: a, at: k) != set.contains(a.tokens[k].text) {
                    Issue.record("\(a.tokens[k].text) in \(text)")
                }
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    @Test func membersCanonicalEquivalentsAndOthers() {
        for set in Self.sets {
            let wordSet = CoachWordSet(set)
            for w in set { #expect(wordSet.contains(key: CoachWordKey.of(w), w)) }
        }
        let odd = CoachWordSet(["café", "\u{212A}", "incompetence"])
        for (w, member) in [("cafe\u{301}", true), ("K", true), ("k", false), ("incompetent", false), ("incompetence", true), ("", false)] {
            #expect(odd.contains(key: CoachWordKey.of(w), w) == member, "\(w)")
        }
        // A long word whose hashed key is in the table only through another word is still confirmed by its text.
        #expect(!CoachWordSet(["incompetence"]).contains(key: CoachWordKey.of("incompetence"), "incompetency"))
    }
}
