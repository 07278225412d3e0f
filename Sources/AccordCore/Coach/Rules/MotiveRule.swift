/// +2 for motives imputed to the other side: "they only care about their commission", "the reps just
/// want the bonus", "Marketing ran it to pad their numbers", "Sales is in it for the trip".
struct MotiveRule: CoachRule {
    let fires: [CoachExample] = [
        "They only care about their commission.", "The reps just want the bonus.", "Marketing ran the event to pad their numbers.",
        "Sales is in it for the club trip.", "Marketing cares more about awards than revenue.",
    ]
    let passes: [CoachExample] = [
        "The reps are paid on commission, which shapes their priorities.", "I only care about the renewal date.",
        "Marketing is measured on MQLs, so volume is their target.", "Sales wants the list by Friday.",
    ]

    /// Phrases of a self-serving motive, in the other side's clause.
    /// ``phrases`` indexed by first word.
    static let phrasesIndex = PhraseIndex(phrases, starts: .motiveStart)
    static let phrases: [[String]] = [
        ["only", "care"], ["only", "cares"], ["only", "cared"], ["only", "interested"], ["in", "it", "for"], ["pad", "their"],
        ["to", "look", "good"], ["to", "look", "busy"], ["to", "look", "like"], ["care", "more", "about"], ["cares", "more", "about"],
        ["cared", "more", "about"], ["all", "they", "care"], ["all", "they", "want"], ["all", "they", "think"],
        ["make", "them", "look"], ["makes", "them", "look"], ["makes", "their", "*", "look"], ["cover", "their"],
        ["save", "their", "own"], ["for", "their", "own"], ["line", "their", "pockets"], ["feather", "their"],
        ["money", "on", "the", "table", "for", "them"], ["only", "listens", "when"], ["only", "listen", "when"], ["only", "show", "up"],
        ["only", "shows", "up"], ["only", "turn", "up"], ["only", "turns", "up"],
    ]
    /// Self-interest nouns: with "only" / "just" in the other side's clause they impute a motive.
    static let selfInterest: Set<String> = [
        "commission", "commissions", "bonus", "bonuses", "awards", "award", "vanity", "credit", "club", "quota", "photos",
        "dashboard", "dashboards", "spiff", "spiffs", "accelerators", "promotion", "headlines", "likes", "optics", "glory",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            let clause = a.clauses[m.start]
            // The tokens after the mention in its clause and the next (clause numbers never decrease).
            let span = Array((m.end + 1)..<max(m.end + 1, a.clauseEnd(clause + 1)))
            if let k = span.first(where: { k in Self.phrasesIndex.contains(in: a, at: k) }) {
                let text = Self.phrasesIndex.first(in: a, at: k)!.joined(separator: " ")
                return [BlameSignal(pattern: .judgement, weight: 2, cue: "motive:\(text)", context: a.context(text, party: a.partyName(m)))]
            }
            let limited = span.contains { ["only", "just", "solely", "purely"].contains(a.tokens.text($0)) }
            if limited, let k = span.first(where: { Self.selfInterest.contains(a.tokens.text($0)) }) {
                return [
                    BlameSignal(
                        pattern: .judgement, weight: 2, cue: "motive:\(a.tokens.text(k))",
                        context: a.context(a.tokens.text(k), party: a.partyName(m)))
                ]
            }
        }
        return []
    }
}
