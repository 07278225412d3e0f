/// +2 for an insult (useless, junk, garbage, lazy, clueless…) unless the clause's subject is the
/// speaker or a system ("our report was useless"), or the word is negated. "The junk Marketing sends"
/// counts: the other side follows the word.
struct InsultRule: CoachRule {
    let fires: [CoachExample] = ["Marketing's leads are junk.", "The reps are lazy.", "The junk Marketing sends is unusable."]
    let passes: [CoachExample] = ["Our report was useless.", "The reps aren't lazy, they're overloaded.", "The form is useless on mobile."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let others = a.otherMentions
        for k in a.positions(.insult) where !a.tokens[k].isPunctuation {
            let c = a.clauses[k]
            let attributed =
                others.contains { $0.start > k && $0.start <= k + 3 }
                || (k > 0 && a.tokens[k - 1].possessive && others.contains { $0.end == k - 1 })
            if attributed || (!a.isOwned(clause: c) && !a.isSystemSubject(clause: c)), !a.negated(before: k) {
                let w = a.tokens.text(k)
                return [BlameSignal(pattern: .insult, weight: 2, cue: "insult:\(w)", context: a.context(w))]
            }
        }
        return []
    }
}
