/// +2 for a judgement of what the other side did, in their clause after them: "ignore", "refuse",
/// "cherry-pick", "dropped the ball", and the categories of `JudgementLexicon` (incompetence,
/// laziness, negligence, contempt, waste, sabotage, deception, indifference).
struct ActionJudgementRule: CoachRule {
    let fires: [CoachExample] = [
        "Sales just cherry-picks the easy deals.", "Marketing dropped the ball on the webinar.",
        "The reps botched the renewal.", "I think you ignore the reports.",
    ]
    let passes: [CoachExample] = ["I dropped the ball on the webinar.", "Sales closed the renewal.", "We ignored the reports."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            var k = m.end + 1
            while k < a.tokens.count, a.clauses[k] == a.clauses[m.start] {
                let w = a.tokens.text(k)
                if L.actionJudgements.contains(w) {
                    return [
                        BlameSignal(pattern: .judgement, weight: 2, cue: "judgement:\(w)", context: a.context(w, party: a.partyName(m)))
                    ]
                }
                if let p = L.judgementPhrasesIndex.first(in: a, at: k) {
                    let text = p.joined(separator: " ")
                    return [
                        BlameSignal(
                            pattern: .judgement, weight: 2, cue: "judgement:\(text)", context: a.context(text, party: a.partyName(m)))
                    ]
                }
                if let (text, category) = a.categoryJudgement(at: k) {
                    return [
                        BlameSignal(
                            pattern: .judgement, weight: 2, cue: "judgement:\(category.rawValue):\(text)",
                            context: a.context(text, party: a.partyName(m)))
                    ]
                }
                k += 1
            }
        }
        return []
    }
}
