/// +1 for an absolute in the other side's clause: "never", "nobody in X", "anything", "ever"; and
/// "always / again / constantly" only with negative content in that clause or in a question.
/// "Never got / had" (a lack) and praise in the clause cancel it.
struct AbsoluteRule: CoachRule {
    let fires: [CoachExample] = [
        "Sales never follows up on the leads we send them.", "Nobody in Marketing reads the call notes.",
        "Marketing always changes the deck without telling anyone.",
    ]
    let passes: [CoachExample] = [
        "Sales always calls within a day.", "Marketing never got the list.", "I never asked Marketing what they needed.",
        "Marketing always does a great job on events.",
    ]

    private typealias L = CoachLexicon

    /// Quantifier absolutes whose reframe is the agent's action, not the rest of the clause.
    static let quantifiers: Set<String> = ["nothing", "anything", "nobody", "anyone", "anybody"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let clauses = a.clauses
        for m in a.agents {
            if m.negativeQuantifier {
                return [
                    BlameSignal(
                        pattern: .absolute, weight: 1, cue: "absolute:nobody",
                        context: a.context("nobody", verb: a.actionPhrase(from: m.end + 1), party: a.partyName(m)))
                ]
            }
            let clause = clauses[m.start]
            // The clause is one run of tokens (clause numbers never decrease).
            let clauseWords = Set((a.clauseStarts[clause]..<a.clauseEnd(clause)).map { tokens.text($0) })
            if !clauseWords.isDisjoint(with: L.positiveWords) { continue }
            // Read only for a habitual absolute.
            func negativeContext() -> Bool {
                !clauseWords.isDisjoint(with: L.negativeContent) || clauseWords.contains { $0.hasSuffix("n't") }
                    || !clauseWords.isDisjoint(with: L.weakNegatives) || !clauseWords.isDisjoint(with: L.actionJudgements)
                    || tokens.lastText == "?"
            }
            // Absolutes before the agent count only in a clause-initial run ("it's always Sales who…").
            var k = m.start - 1
            while k >= 0, clauses[k] == clause, BlameCoach.discourseWords.contains(tokens.text(k)) { k -= 1 }
            k += 1
            while k < tokens.count, clauses[k] == clause {
                if k >= m.start && k <= m.end {
                    k += 1
                    continue
                }
                let w = tokens.text(k)
                let absPhrase = L.absolutePhrasesIndex.first(in: a, at: k)?.joined(separator: " ")
                if L.absolutes.contains(w) || absPhrase != nil {
                    let w = absPhrase ?? w
                    var v = k + 1
                    while let x = a.word(v), BlameCoach.adverbs.contains(x) { v += 1 }
                    let lack = L.experiencerVerbs.contains(a.word(v) ?? "")
                    let habitual = L.habitualAbsolutes.contains(w) || absPhrase != nil
                    if !(habitual && !negativeContext()) && !(lack && (w == "never" || w == "ever")) {
                        let copula = ["is", "are", "was", "were", "'s", "been", "be"].contains(a.word(k - 1) ?? "")
                        let fromAgent = tokens[m.end].possessive || m.end + 1 >= tokens.count ? nil : a.actionPhrase(from: m.end + 1)
                        let phrase =
                            copula
                            ? nil
                            : (Self.quantifiers.contains(w) || k < m.start ? fromAgent : (a.actionPhrase(from: k + 1) ?? fromAgent))
                        let negatedEver = w == "ever" && (m.negativeQuantifier || tokens.containsText { $0.hasSuffix("n't") })
                        return [
                            BlameSignal(
                                pattern: .absolute, weight: 1, cue: "absolute:\(w)",
                                context: a.context(negatedEver ? "never-ever" : w, verb: phrase, party: a.partyName(m)))
                        ]
                    }
                }
                k += 1
            }
        }
        return []
    }
}
