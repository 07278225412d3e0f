/// +1 for "their X" opening a statement with no antecedent, with an absolute in a copular predicate:
/// "Their lead lists are always out of date", "their notes are never complete" (a generalised
/// judgement of the other side's work). "Their budget is set in January" passes.
struct TheirWorkRule: CoachRule {
    let fires: [CoachExample] = ["Their lead lists are always out of date.", "Their notes are never complete."]
    let passes: [CoachExample] = ["Their budget is set in January.", "Their feedback is always useful."]

    func signals(in a: BlameAnalysis) -> [BlameSignal] { a.theirWorkSignals() }
}

extension BlameAnalysis {
    /// Absolutes that, in a copular predicate about "their X", generalise ("are always", "is never").
    fileprivate static let predicateAbsolutes: Set<String> = ["always", "never", "constantly", "forever"]
    fileprivate static let copulas: Set<String> = ["is", "are", "was", "were", "'s"]

    /// Unanchored-"their" signals; see ``TheirWorkRule``.
    fileprivate func theirWorkSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        guard !others.isEmpty else { return out }
        let name = others.first.map(partyName)
        // "Their lead lists are always out of date."
        if let m = others.first, tokens.text(m.start) == "their", m.start == (firstContentIndex(ofClause: clauses[m.start]) ?? -1) {
            let clause = tokens.indices.filter { clauses[$0] == clauses[m.start] && $0 > m.start }
            let positive = clause.contains { CoachLexicon.positiveWords.contains(tokens.text($0)) }
            if !positive, let cop = clause.first(where: { Self.copulas.contains(tokens.text($0)) }),
                let abs = word(cop + 1), Self.predicateAbsolutes.contains(abs)
            {
                out.append(
                    Signal(
                        pattern: .absolute, weight: 1, cue: "their-work:\(abs)", context: ReframeContext(party: name, word: abs, verb: nil))
                )
            }
        }
        return out
    }
}
