/// +1 for a strongly negative word (VADER lexicon or `SentimentLexicon.workplaceNegatives`) in the
/// other side's clause, after them: on top of the agent's +1, "Marketing's plan was a disaster" or
/// "the reps were careless" flags. Not when negated, in the speaker's own clause, in a proposal or
/// open question, or when the word describes how the speaker felt ("…, and I was disappointed").
struct SentimentRule: CoachRule {
    let fires: [CoachExample] = [
        "The reps were careless with the list.", "Marketing's brief was confusing and sloppy.", "Sales wrecked the demo.",
    ]
    let passes: [CoachExample] = [
        "The reps weren't careless.", "I was careless with the list.", "Could Sales help with the angry customer?",
        "Sales closed the deal.",
    ]

    /// Openers of a proposal or open question.
    static let proposalOpeners: Set<String> = ["could", "can", "what", "how", "would", "should", "shall", "let's", "maybe", "perhaps"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        if let first = a.tokens.firstText, Self.proposalOpeners.contains(first), a.tokens.lastText == "?" { return [] }
        for m in a.agents {
            let clause = a.clauses[m.start]
            // "I never checked whether the reps could find the battle cards": the speaker's clause.
            if a.isOwned(clause: clause) { continue }
            var k = m.end + 1
            while k < a.tokens.count, a.clauses[k] == clause {
                if let w = a.word(k), a.has(k, .negative), !a.negated(before: k),
                    !(k > 0 && ["my", "our", "i", "we"].contains(a.tokens.text(k - 1)))
                {
                    return [
                        BlameSignal(pattern: .negativeAgent, weight: 1, cue: "sentiment:\(w)", context: a.context(w, party: a.partyName(m)))
                    ]
                }
                k += 1
            }
        }
        return []
    }
}
