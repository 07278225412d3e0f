/// +2 for "because / thanks to / due to <other side>…" with a bad outcome in the statement;
/// "thanks to Marketing's case study, we closed it" is credit.
struct CausalBlameRule: CoachRule {
    let fires: [CoachExample] = ["We lost the Baxter deal thanks to Marketing's late case study.", "The launch slipped because of Sales."]
    let passes: [CoachExample] = ["Thanks to Marketing's case study, we closed it.", "The launch slipped because of the product build."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        guard a.hasBadOutcome else { return [] }
        let others = a.otherMentions
        for k in L.causalLinksIndex.candidates(in: a) where !a.tokens[k].isPunctuation {
            if let link = L.causalLinksIndex.longest(in: a, at: k),
                let m = others.first(where: { $0.start >= k + link.count && $0.start <= k + link.count + 3 })
            {
                return [
                    BlameSignal(
                        pattern: .causal, weight: 2, cue: "causal:\(link.joined(separator: " "))", context: a.context(party: a.partyName(m))
                    )
                ]
            }
        }
        return []
    }
}
