/// +2 for a disclaimer that announces criticism of the other side: "I'm not blaming anyone, but Sales
/// caused this", "no offence to Marketing, but they…", "with respect, the reps…", "I hate to say it,
/// but…". Needs the other side as an agent after the disclaimer: "No offence, but I think our pricing
/// is too high" passes.
struct DisclaimerRule: CoachRule {
    let fires: [CoachExample] = [
        "I'm not blaming anyone, but Sales caused this.", "No offence, but Marketing doesn't get our buyers.",
        "With all due respect, the campaign team doesn't have a clue.",
    ]
    let passes: [CoachExample] = [
        "No offence, but our pricing is too high.", "With respect to the launch, Marketing booked the venue.",
        "I hate to say it, but I missed the date.",
    ]

    /// Disclaimers, "*" matching any one word.
    static let disclaimers: [[String]] = [
        ["not", "blaming"], ["not", "pointing", "fingers"], ["not", "to", "point", "fingers"], ["no", "offence"], ["no", "offense"],
        ["no", "disrespect"], ["with", "respect", ","], ["with", "all", "due", "respect"], ["hate", "to", "say"],
        ["don't", "take", "this", "the", "wrong", "way"], ["not", "having", "a", "go"], ["not", "to", "be", "rude"],
        ["i", "say", "this", "kindly"], ["say", "this", "with", "love"], ["not", "being", "funny"], ["not", "throwing", "anyone"],
        ["i", "appreciate", "the", "effort", "but"], ["to", "be", "fair", "to", "them"], ["bless", "them"],
    ]

    /// ``disclaimers`` by first word, to skip the words no disclaimer starts with.
    static let disclaimersIndex = PhraseIndex(disclaimers, starts: .disclaimerStart)

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        for k in tokens.indices where !tokens[k].isPunctuation {
            guard Self.disclaimersIndex.canStart(in: a, at: k),
                let d = Self.disclaimers.first(where: { d in
                    d.indices.allSatisfy { j in k + j < tokens.count && (d[j] == "*" || tokens[k + j].text == d[j]) }
                })
            else { continue }
            let after = k + d.count
            if let m = a.agents.first(where: { $0.start >= after }),
                !a.isOwned(clause: a.clauses[m.start]) || a.clauses[m.start] > a.clauses[after - 1]
            {
                return [
                    BlameSignal(
                        pattern: .judgement, weight: 2, cue: "disclaimer:\(d.joined(separator: " "))",
                        context: a.context(party: a.partyName(m)))
                ]
            }
        }
        return []
    }
}
