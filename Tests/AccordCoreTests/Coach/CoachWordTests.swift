import Testing

@testable import AccordCore

/// `CoachWord.matches` against its definition, `a.word(k) == text`, at every token.
@Suite struct CoachWordTests {
    @Test func matchesIsTheWordsEquality() {
        let words = ["on", "we", "i", "don't", "is", "marketing", "sales-qualified", "incompetence", "café", "k", ",", ""]
            .map(CoachWord.init)
        let texts = CoachSpeedPathsSupport.statements.prefix(3_000) + CoachSpeedPathsSupport.generated(1_000, ascii: false)
        var matched = 0
        for text in texts + ["Not on us, café owners: K is ok, we said , and I"] {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for k in -1...a.tokens.count {
                for w in words where w.matches(a, at: k) != (a.word(k) == w.text) {
                    Issue.record("\(w.text.debugDescription) at \(k) of \(text.debugDescription)")
                }
                if words.matches(a, at: k) != words.contains(where: { a.word(k) == $0.text }) { Issue.record("list at \(k)") }
                matched += words.filter { $0.matches(a, at: k) }.count
            }
        }
        #expect(matched > 1_000)
    }
}
