/// +2 for a judgement of the other side's work: "Marketing's landing page is a disaster", "the content
/// they produce is irrelevant", "their numbers are made up". Needs the other side named; counts in
/// the party's own clause or any clause not owned by the speaker or a system; not when negated.
struct WorkEvaluationRule: CoachRule {
    let fires: [CoachExample] = ["Marketing's landing page is a disaster.", "Their numbers are made up."]
    let passes: [CoachExample] = [
        "Our landing page was a disaster.", "The landing page is a disaster on mobile.", "Marketing's page isn't a disaster.",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let others = a.otherMentions
        guard !others.isEmpty else { return [] }
        for k in a.tokens.indices where !a.tokens[k].isPunctuation {
            guard let e = a.evaluation(at: k), !a.negated(before: k) else { continue }
            let c = a.clauses[k]
            let sameClauseParty = others.contains { a.clauses[$0.start] == c && $0.start < k }
            if sameClauseParty || (!a.isOwned(clause: c) && !a.isSystemSubject(clause: c)) {
                return [
                    BlameSignal(
                        pattern: .insult, weight: 2, cue: "evaluation:\(JudgementLexicon.evaluationWords[e]?.rawValue ?? "phrase"):\(e)",
                        context: a.context(e))
                ]
            }
        }
        return []
    }
}
