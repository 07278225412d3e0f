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

    /// ``disclaimers`` by first word (each phrase is then matched here, "*" and "," included).
    static let index = PhraseIndex(disclaimers, starts: .disclaimerStart)

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let disclaimers = Self.disclaimers
        // Only a disclaimer's first word can start one (the index's class); the rest of a phrase is
        // compared only for the phrases that start with the token's word.
        for k in Self.index.candidates(in: a) {
            guard
                let i = Self.index.startingWith(key: a.keys[k], tokens.text(k)).first(where: { i in
                    disclaimers[i].indices.allSatisfy { j in
                        k + j < tokens.count && (disclaimers[i][j] == "*" || tokens.text(k + j) == disclaimers[i][j])
                    }
                })
            else { continue }
            let d = disclaimers[i]
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
