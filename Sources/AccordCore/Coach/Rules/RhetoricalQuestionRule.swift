/// Rhetorical questions that judge rather than ask: "why does Marketing always…" (+2), "why is it
/// always us who…" (+2), "how are we supposed to…" and the phrases of `CoachLexicon.rhetoricalPhrases`
/// ("how hard is it") (+2 with a party, +1 without), "what were they thinking" (+2).
struct RhetoricalQuestionRule: CoachRule {
    let fires: [CoachExample] = [
        "Why does Marketing always change the deck on a Friday?", "How hard is it for Sales to log a call?",
        "What were they thinking?",
    ]
    let passes: [CoachExample] = ["Why did the form stop sending leads?", "How did the team decide on the targeting?"]

    private typealias L = CoachLexicon

    /// Every word a branch of ``signals(in:)`` starts from (the phrases' first words too).
    static let triggers = Set(["why", "how", "what"] + L.rhetoricalPhrases.map { $0[0] })

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let others = a.otherMentions
        var out: [BlameSignal] = []
        for k in a.positions(.rhetoricalQuestionTrigger) where !tokens[k].isPunctuation {
            let w = tokens.text(k)
            if w == "why", let aux = a.word(k + 1), L.whyAuxiliaries.contains(aux) {
                if let m = others.first(where: { $0.start > k + 1 && $0.start <= k + 3 }) {
                    out.append(
                        BlameSignal(
                            pattern: .rhetorical, weight: 2, cue: "why-question",
                            context: a.context(verb: a.actionPhrase(from: m.end + 1), party: a.partyName(m))))
                } else if !others.isEmpty,
                    (k + 2..<min(k + 6, tokens.count)).contains(where: {
                        L.habitualAbsolutes.contains(tokens.text($0)) || tokens.text($0) == "never"
                    })
                {
                    out.append(BlameSignal(pattern: .rhetorical, weight: 2, cue: "why-always-question", context: a.context()))
                }
            }
            if w == "how", (k + 2...k + 4).contains(where: { a.word($0) == "supposed" }) {
                let weight = (others.isEmpty && !tokens.containsText { L.absolutes.contains($0) }) ? 1 : 2
                out.append(BlameSignal(pattern: .rhetorical, weight: weight, cue: "how-supposed-to", context: a.context()))
            }
            if let p = L.rhetoricalPhrasesIndex.first(in: a, at: k) {
                out.append(
                    BlameSignal(
                        pattern: .rhetorical, weight: others.isEmpty ? 1 : 2, cue: "rhetorical:\(p.joined(separator: " "))",
                        context: a.context()))
            }
            if w == "what", ["were", "are"].contains(a.word(k + 1) ?? ""), let m = others.first(where: { $0.start == k + 2 }),
                a.word(m.end + 1) == "thinking"
            {
                out.append(
                    BlameSignal(pattern: .rhetorical, weight: 2, cue: "what-were-they-thinking", context: a.context(party: a.partyName(m))))
            }
        }
        return out.sorted { $0.weight > $1.weight }
    }
}
