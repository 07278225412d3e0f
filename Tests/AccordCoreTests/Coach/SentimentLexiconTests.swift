import Testing

@testable import AccordCore

/// The merged negative set against the definition over the three lists (docs/performance.md).
@Suite struct SentimentLexiconTests {
    @Test func negativesIsVADERWithoutDomainNeutralPlusWorkplaceWords() {
        let words =
            SentimentLexicon.strongNegatives.union(SentimentLexicon.domainNeutral).union(SentimentLexicon.workplaceNegatives)
            .union(CoachSpeedPathsSupport.statements.flatMap { CoachTokenizer.tokenize($0).texts })
        #expect(words.count > 3_000)
        for w in words {
            let plain =
                (SentimentLexicon.strongNegatives.contains(w) && !SentimentLexicon.domainNeutral.contains(w))
                || SentimentLexicon.workplaceNegatives.contains(w)
            #expect(SentimentLexicon.isNegative(w) == plain, "\(w)")
        }
        #expect(SentimentLexicon.isNegative("sloppy") && !SentimentLexicon.isNegative("killer") && !SentimentLexicon.isNegative("leads"))
    }
}
