/// +2 for calling the other side to account: "should be held accountable / responsible",
/// "will have to answer for".
struct HeldAccountableRule: CoachRule {
    let fires: [CoachExample] = ["Marketing should be held accountable for the empty pipeline.", "Sales will have to answer for this."]
    let passes: [CoachExample] = ["I hold myself accountable for the slip.", "Who can answer for the pricing questions?"]

    /// Every word a branch of ``signals(in:)`` starts from.
    static let triggers: Set<String> = ["held", "hold", "holding", "answer"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for k in a.positions(.heldAccountableTrigger) where !a.tokens[k].isPunctuation {
            let w = a.tokens.text(k)
            let c = a.clauses[k]
            if ["held", "hold", "holding"].contains(w), !a.isOwned(clause: c),
                (1...3).contains(where: { ["accountable", "responsible"].contains(a.word(k + $0) ?? "") }),
                !(1...2).contains(where: { ["myself", "ourselves"].contains(a.word(k + $0) ?? "") })
            {
                return [BlameSignal(pattern: .accountable, weight: 2, cue: "held-accountable", context: a.context())]
            }
            if w == "answer", a.word(k + 1) == "for", !a.isOwned(clause: c), !a.otherMentions.isEmpty {
                return [BlameSignal(pattern: .accountable, weight: 2, cue: "answer-for", context: a.context())]
            }
        }
        return []
    }
}
