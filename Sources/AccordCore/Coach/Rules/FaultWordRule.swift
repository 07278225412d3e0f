/// +2 for "fault", "blame", "to blame" unless owned ("my fault", "I blamed…") or negated ("it wasn't
/// their fault").
struct FaultWordRule: CoachRule {
    let fires: [CoachExample] = ["It's Marketing's fault the pipeline is thin.", "Sales is to blame for the slip."]
    let passes: [CoachExample] = ["It's my fault the pipeline is thin.", "It wasn't Marketing's fault.", "I blamed the wrong team."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for k in a.positions(.faultWord) where !a.tokens[k].isPunctuation {
            guard !a.isOwned(clause: a.clauses[k]), !a.negated(before: k) else { continue }
            let selfOrSystem =
                k > 0
                && (["my", "our"].contains(a.tokens.text(k - 1))
                    || (a.tokens[k - 1].possessive && L.systemWords.contains(a.tokens.text(k - 1))))
            if !selfOrSystem {
                let w = a.tokens.text(k)
                return [BlameSignal(pattern: .fault, weight: 2, cue: "fault:\(w)", context: a.context(w))]
            }
        }
        return []
    }
}
