/// +2 for placing the fault on the other side without a fault word: "that's on Sales", "the problem
/// is their team".
struct FaultPlacementRule: CoachRule {
    let fires: [CoachExample] = ["That's on Marketing.", "The problem is the reps."]
    let passes: [CoachExample] = ["That's on me.", "The problem is the form.", "It's on the agenda for Marketing."]

    /// Copulas before "on them".
    static let copulas = ["it's", "that's", "is", "was"]

    /// Every word a branch of ``signals(in:)`` starts from.
    static let triggers = Set(copulas + ["problem"])

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let others = a.otherMentions
        for k in a.positions(.faultPlacementTrigger) where !a.tokens[k].isPunctuation {
            let w = a.tokens.text(k)
            if Self.copulas.contains(w), a.word(k + 1) == "on",
                let m = others.first(where: { $0.start == k + 2 || $0.start == k + 3 })
            {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "on-them:\(m.label)", context: a.context(party: a.partyName(m)))]
            }
            if w == "problem", ["is", "was", "here"].contains(a.word(k + 1) ?? ""),
                let m = others.first(where: { $0.start > k && $0.start <= k + 4 })
            {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "problem-is:\(m.label)", context: a.context(party: a.partyName(m)))]
            }
        }
        return []
    }
}
