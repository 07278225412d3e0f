import Testing

@testable import AccordCore

/// Every phrase index against the linear scan it replaces (docs/performance.md, "The coach's speed").
@Suite struct PhraseIndexTests {
    /// Every index the coach uses.
    static let indexes: [(String, PhraseIndex)] = [
        ("sarcasmPhrases", CoachLexicon.sarcasmPhrasesIndex), ("judgementPhrases", CoachLexicon.judgementPhrasesIndex),
        ("causalLinks", CoachLexicon.causalLinksIndex), ("absolutePhrases", CoachLexicon.absolutePhrasesIndex),
        ("rhetoricalPhrases", CoachLexicon.rhetoricalPhrasesIndex), ("incompetenceIdioms", CoachLexicon.incompetenceIdiomsIndex),
        ("contemptPhrases", BlameAnalysis.contemptPhrasesIndex), ("deictics", MetaphorRule.deicticsIndex),
        ("idioms", MetaphorRule.index), ("labels", LabelRule.index), ("comparisons", ComparisonRule.comparisonsIndex),
        ("frustrationPhrases", FrustrationRule.frustrationPhrasesIndex), ("placements", BlameNounRule.placementsIndex),
        ("praiseOpeners", SarcasticPraiseRule.praiseOpenersIndex), ("turns", TimeFrameRule.turnsIndex),
        ("badAfter", TimeFrameRule.badAfterIndex), ("whyIntensifiers", ExasperatedQuestionRule.whyIntensifiersIndex),
        ("obligations", DemandRule.obligationsIndex), ("motives", MotiveRule.phrasesIndex),
        ("evaluationPhrases", JudgementLexicon.evaluationPhrasesIndex), ("judgement", JudgementLexicon.phraseIndex),
        ("slotOpeners", BlameAnalysis.slotOpenersIndex), ("nothingNew", BlameAnalysis.nothingNewIndex),
        ("disclaimers", DisclaimerRule.index), ("sarcasmMarkers", SarcasmOpenerRule.index),
    ]

    @Test func everyIndexMatchesLikeTheLinearScan() {
        let texts =
            CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(1_500, ascii: true)
            + CoachSpeedPathsSupport.generated(1_500, ascii: false)
            + ["Marketing’s idea of a lead is a black hole over there", "café owners never read the deck", "Stop the presses, \u{212A}"]
        // Statements built from each list's own phrases, so that every phrase is matched somewhere.
        let own = Self.indexes.flatMap {
            $0.1.phrases.map { "so " + $0.joined(separator: " ").replacingOccurrences(of: "*", with: "x") + " again" }
        }
        var checked = 0
        for text in texts + own {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for (name, index) in Self.indexes {
                #expect(!index.phrases.contains { $0.isEmpty }, "\(name) holds an empty phrase")
                let match: ([String], Int) -> Bool = { index.wildcards ? a.matchesPattern($0, at: $1) : a.matches($0, at: $1) }
                let candidates = Set(index.candidates(in: a))
                // The rules that match phrases in their own way start from `startingWith`.
                let ownMatching = name == "disclaimers" || name == "sarcasmMarkers"
                for k in -1...a.tokens.count {
                    let plain = (0...a.tokens.count).contains(k) ? index.phrases.firstIndex { match($0, k) } : nil
                    let plainLongest = plain == nil ? nil : index.phrases.filter { match($0, k) }.max { $0.count < $1.count }
                    let fast = index.firstIndex(in: a, at: k)
                    if fast != plain || index.longest(in: a, at: k) != plainLongest || index.contains(in: a, at: k) != (plain != nil) {
                        Issue.record(
                            "\(name) at \(k) of \(text.debugDescription): \(String(describing: fast)) vs \(String(describing: plain))")
                    }
                    if (0..<a.tokens.count).contains(k) {
                        if candidates.contains(k) != index.canStart(in: a, at: k) {
                            Issue.record("\(name): candidates at \(k) of \(text.debugDescription)")
                        }
                        if ownMatching && Array(index.startingWith(key: a.keys[k], a.tokens.text(k))) != Self.starting(index, a, k) {
                            Issue.record("\(name): startingWith at \(k) of \(text.debugDescription)")
                        }
                    }
                    if let plain, k < a.tokens.count {
                        #expect(index.canStart(a.keys[k]) && index.canStart(in: a, at: k), "\(name): \(index.phrases[plain])")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 100_000)
    }

    /// The definition of `startingWith`: the phrases whose first word is the token's word ("*" any word).
    static func starting(_ index: PhraseIndex, _ a: BlameAnalysis, _ k: Int) -> [Int] {
        guard let w = a.word(k) else { return [] }
        return index.phrases.indices.filter { index.wildcards && index.phrases[$0][0] == "*" || w == index.phrases[$0][0] }
    }

    /// The hedges' index (no class: the tokenizer drops hedges before classes are read), and one with
    /// phrases starting with "*" and with a non-ASCII word, against the definition at every token.
    @Test func startingWithIsTheFirstWordFilter() {
        let mixed = PhraseIndex([["*", "again"], ["so", "late"], ["café", "owners"], ["so"], ["ok", "*"], ["*"]])
        let plainWords = PhraseIndex([["so", "late"], ["café", "owners"], ["so"]], wildcards: false)
        let texts =
            CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(1_000, ascii: false)
            + ["I think so, café owners are ok again", "tbh, in my opinion it seems like SO late"]
        var found = 0
        for text in texts {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for index in [CoachTokenizer.hedgesIndex, mixed, plainWords] {
                for k in a.tokens.indices {
                    let plain = Self.starting(index, a, k)
                    #expect(Array(index.startingWith(key: a.keys[k], a.tokens.text(k))) == plain, "at \(k) of \(text.debugDescription)")
                    found += plain.count
                }
            }
        }
        #expect(found > 1_000)
    }

    /// Every index the coach uses answers from its first words' class (`starts`).
    @Test func everyIndexHasItsStartsClass() {
        for (name, index) in Self.indexes {
            #expect(index.starts?.words == Set(index.phrases.compactMap(\.first)), "\(name)")
        }
    }
}
