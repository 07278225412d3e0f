/// Sarcasm markers aimed at the other side: "typical of Sales" (+2); "honestly", "of course", "once
/// again", "as usual", "so-called" (+1, needs a party in the statement).
struct SarcasmMarkerRule: CoachRule {
    let fires: [CoachExample] = ["Typical of Marketing.", "Once again Sales forgot the follow-up."]
    let passes: [CoachExample] = ["Once again the form broke.", "Of course we'll help with the launch."]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let others = a.otherMentions
        guard !others.isEmpty else { return [] }
        var out: [BlameSignal] = []
        for k in a.tokens.indices where !a.tokens[k].isPunctuation {
            if a.tokens.text(k) == "typical", a.word(k + 1) == "of", let m = others.first(where: { $0.start == k + 2 || $0.start == k + 3 })
            {
                out.append(
                    BlameSignal(
                        pattern: .sarcasm, weight: 2, cue: "typical-of:\(m.label)", context: a.context("typical", party: a.partyName(m))))
            }
            if let p = CoachLexicon.sarcasmPhrasesIndex.first(in: a, at: k),
                !(p == ["clearly"] && k > 0 && !a.tokens[k - 1].isPunctuation)
            {
                let text = p.joined(separator: " ")
                out.append(BlameSignal(pattern: .sarcasm, weight: 1, cue: "sarcasm:\(text)", context: a.context(text)))
            }
        }
        return out.sorted { $0.weight > $1.weight }
    }
}
