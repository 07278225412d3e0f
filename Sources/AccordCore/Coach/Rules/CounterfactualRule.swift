/// +2 for "if <other side> had / gave / stopped…, we would…": the result blamed on what they did or
/// didn't do. "If Marketing sends the list, we'll…" is a proposal.
struct CounterfactualRule: CoachRule {
    let fires: [CoachExample] = [
        "If they had bothered to read the brief, we'd have hit the date.",
        "Our numbers would be fine if Marketing stopped wasting budget on brand ads.",
    ]
    let passes: [CoachExample] = [
        "If Marketing sends the list by Monday, we'll call everyone by Friday.", "If I had called sooner, we'd have closed it.",
    ]

    static let participles: Set<String> = ["done", "been", "gone", "known", "given", "taken", "seen", "shown", "written", "spoken"]
    static let conditionalMain: Set<String> = ["would", "wouldn't", "we'd", "i'd", "would've", "could've", "wouldn't've"]

    /// The ``CoachWordKey`` of "if".
    static let ifKey = CoachWordKey.of("if")

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        // `a.word(k) == "if"`, decided by the token's key.
        let ifKey = Self.ifKey
        for k in tokens.indices where CoachWordKey.decided(a.keys[k], ifKey) ?? (tokens.text(k) == "if") {
            guard let m = a.agents.first(where: { $0.start > k && $0.start <= k + 3 }) else { continue }
            var v = m.end + 1
            while let x = a.word(v), BlameCoach.adverbs.contains(x) { v += 1 }
            let verb = a.word(v) ?? ""
            let past =
                verb.hasSuffix("ed") || BlameCoach.irregularPast.contains(verb) || tokens.text(m.end).hasSuffix("'d")
                || Self.participles.contains(verb)
                || ["had", "hadn't", "would", "did", "didn't", "could've", "would've"].contains(verb)
            let main = tokens.indices.contains { j in a.clauses[j] != a.clauses[k] && Self.conditionalMain.contains(tokens.text(j)) }
            if past && main {
                return [BlameSignal(pattern: .conditional, weight: 2, cue: "if-they-had", context: a.context(party: a.partyName(m)))]
            }
        }
        return []
    }
}
