import Testing

@testable import AccordCore

/// The analysis's shortcuts against their plain definitions (docs/performance.md, "The coach's speed").
@Suite struct BlameAnalysisTests {
    @Test func firstContentIndexEqualsTheScanFromTheStart() {
        let texts = CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false)
        var clausesChecked = 0
        for text in texts {
            let a = BlameAnalysis(statement: text, speaker: nil)
            #expect(a.keys.count == a.tokens.count && a.classes.count == a.tokens.count)
            for c in -1...((a.clauses.last ?? 0) + 1) {
                let plain = a.tokens.indices.first {
                    a.clauses[$0] == c && !a.tokens[$0].isPunctuation
                        && !BlameCoach.discourseWords.contains(a.tokens.text($0)) && !CoachLexicon.determiners.contains(a.tokens.text($0))
                }
                #expect(a.firstContentIndex(ofClause: c) == plain, "clause \(c) of \(text.debugDescription)")
                clausesChecked += 1
            }
            for c in -2...((a.clauses.last ?? 0) + 2) {
                #expect(
                    a.clauseEnd(c) == (a.tokens.indices.first { a.clauses[$0] > c } ?? a.tokens.count),
                    "clause \(c) of \(text.debugDescription)")
            }
        }
        #expect(clausesChecked > 10_000)
    }

    @Test func positionsAreTheTokensOfEachClass() {
        let texts = CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false)
        var found = 0
        let classes = CoachWordClass.allCases.filter { !CoachWordClass.readByToken.contains($0) }.map { ($0, $0.words) }
        for text in texts {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for (c, words) in classes {
                let plain = a.tokens.indices.filter { words.contains(a.tokens.text($0)) }
                #expect(Array(a.positions(c)) == plain, "\(c) in \(text.debugDescription)")
                found += plain.count
            }
        }
        #expect(found > 10_000)
    }

    @Test func otherClausesAreTheClausesOfOtherSideMentions() {
        let texts = CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(1_000, ascii: false)
        var marked = 0
        for text in texts {
            for speaker in [Role.sales, .marketing, nil] {
                let a = BlameAnalysis(statement: text, speaker: speaker)
                let plain = Set(a.otherMentions.map { a.clauses[$0.start] })
                for c in -1...((a.clauses.last ?? 0) + 1) {
                    #expect(a.isOtherClause(c) == plain.contains(c), "\(c) of \(text.debugDescription)")
                }
                marked += plain.count
            }
        }
        #expect(marked > 1_000)
    }
}
