import Testing

@testable import AccordCore

/// `CoachVocabulary`'s tables against the lookups they replace (docs/performance.md, "Cost per
/// answer, sixth pass"), at every token of every labelled and generated statement.
@Suite struct CoachVocabularyTests {
    @Test func everyTokensEntryIsItsWordsClassesAndModelNumber() {
        let vocabulary = CoachVocabulary.shared
        let model = CoachModel.trained.table.words
        var known = 0
        var checked = 0
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) {
            for t in CoachTokenizer.tokenize(text).resolved {
                let entry: Int32 = vocabulary.words.ordinal(key: t.key, t.text) ?? -1
                #expect(t.entry == entry, "\(t.text.debugDescription) in \(text.debugDescription)")
                let mask = CoachWordClasses.table.mask(key: t.key, t.text)
                #expect((t.entry >= 0 ? vocabulary.masks[Int(t.entry)] : 0) == mask, "\(t.text.debugDescription)")
                let number = model.ordinal(key: t.key, t.text) ?? -1
                #expect((t.entry >= 0 ? vocabulary.modelWords[Int(t.entry)] : -1) == number, "\(t.text.debugDescription)")
                if t.entry >= 0 {
                    #expect(vocabulary.words.members[Int(t.entry)] == t.text && vocabulary.keys[Int(t.entry)] == CoachWordKey.of(t.text))
                    known += 1
                }
                checked += 1
            }
        }
        #expect(checked > 100_000 && known > checked / 2)
    }

    @Test func itHoldsEveryClassWordSpellingAndModelWord() {
        let vocabulary = CoachVocabulary.shared
        func has(_ w: String) -> Bool { vocabulary.entry(key: CoachWordKey.of(w), w) >= 0 }
        for c in CoachWordClass.allCases { for w in c.words { #expect(has(w), "\(c): \(w)") } }
        for (misspelt, spelling) in CoachTokenizer.spellings {
            let entry = vocabulary.entry(key: CoachWordKey.of(misspelt), misspelt)
            #expect(entry >= 0 && vocabulary.words.members[Int(vocabulary.replacements[Int(entry)])] == spelling, "\(misspelt)")
        }
        let spelt = Set(CoachTokenizer.spellings.keys)
        for (i, m) in vocabulary.words.members.enumerated() where !spelt.contains(m) { #expect(vocabulary.replacements[i] == -1, "\(m)") }
        for w in CoachModel.trained.table.words.members { #expect(has(w), "\(w)") }
        #expect(!has("zzqx-not-a-word"))
    }

    /// The model's path through the entries scores as its path through its own words (a model built
    /// from the same weights has its own table, which the entries do not number).
    @Test func theTrainedModelScoresAsACopyWithItsOwnWords() {
        let trained = CoachModel.trained
        let copy = CoachModel(bias: trained.bias, weights: trained.weights, threshold: trained.threshold, rulesFloor: trained.rulesFloor)
        #expect(trained.table.wordsAreTrained && !copy.table.wordsAreTrained)
        for text in CoachSpeedPathsSupport.statements.prefix(3_000) {
            let a = BlameAnalysis(statement: text, speaker: .sales)
            let signals = a.ruleSignals()
            let x = trained.score(a, signals: signals)
            let y = copy.score(a, signals: signals)
            #expect(x.logit == y.logit && x.features.map(\.number) == y.features.map(\.number), "\(text.debugDescription)")
        }
    }
}
