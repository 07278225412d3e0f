/// Contempt for the other side or its output, and judgements of "their X" with no antecedent.
///
/// - Contempt words and idioms ("all talk", "excuses", "amateurs", "out of touch", "stuck in the
///   nineties", "wishful thinking", "a black hole", "went rogue") count +2 when the other side is named
///   in the statement and the clause is not the speaker's or a system's ("My pitch was a joke" passes),
///   unless negated.
/// - "Their X" opening a statement, with no earlier antecedent, is the other side's work; with an
///   absolute in a copular predicate ("Their lead lists are always out of date", "their notes are never
///   complete") it is a generalised judgement: +1 on top of the agent's +1. "Their budget is set in
///   January" and "their feedback was helpful" pass.
extension BlameAnalysis {
    /// Single contempt words (inflections listed: the lexicon is matched word by word).
    static let contemptWords: Set<String> = [
        "excuses", "amateurs", "amateur", "amateurish", "clueless", "clowns", "dinosaurs", "cowboys", "deadwood",
        "freeloaders", "lip-service", "fluff", "vanity", "gimmick", "gimmicks", "outdated", "out-of-date",
        "stale", "delusional", "pointless", "tone-deaf", "spin",
    ]
    /// Contempt idioms ("*" matches any one word).
    static let contemptPhrases: [[String]] = [
        ["all", "talk"], ["all", "show"], ["out", "of", "touch"], ["out", "of", "date"], ["stuck", "in", "the"],
        ["stuck", "in", "*"], ["living", "in", "the", "past"], ["wishful", "thinking"], ["black", "hole"],
        ["went", "rogue"], ["go", "rogue"], ["goes", "rogue"], ["gone", "rogue"], ["pretty", "slides"],
        ["pretty", "pictures"], ["colouring", "in"], ["coloring", "in"], ["same", "mistakes"], ["same", "old"],
        ["lip", "service"], ["a", "joke"], ["a", "circus"], ["a", "zoo"], ["a", "mess"], ["paid", "to"],
        ["full", "of", "it"], ["hot", "air"], ["smoke", "and", "mirrors"], ["no", "better", "than"],
        ["head", "in", "the", "sand"], ["heads", "in", "the", "sand"], ["empty", "promises"], ["all", "fluff"],
    ]
    /// Absolutes that, in a copular predicate about "their X", generalise ("are always", "is never").
    private static let predicateAbsolutes: Set<String> = ["always", "never", "constantly", "forever"]
    private static let copulas: Set<String> = ["is", "are", "was", "were", "'s"]

    /// Contempt and unanchored-"their" signals; see the type comment.
    func contemptSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        guard !others.isEmpty else { return out }
        let name = others.first.map(partyName)
        for k in tokens.indices where !tokens[k].isPunctuation {
            let c = clauses[k]
            var found: String? = nil
            if Self.contemptWords.contains(tokens[k].text) { found = tokens[k].text }
            else if let p = Self.contemptPhrases.first(where: { matchesPattern($0, at: k) }) { found = p.joined(separator: " ") }
            guard let text = found, !negated(before: k), !(k > 0 && ["my", "our"].contains(tokens[k - 1].text)) else { continue }
            if text == "stuck in *", let n = word(k + 2), n.first?.isNumber != true { continue }   // "stuck in traffic"
            let sameClauseParty = others.contains { clauses[$0.start] == c && $0.start < k }
            let attributed = others.contains { $0.start > k && $0.start <= k + 3 }
            if sameClauseParty || attributed || (!isOwned(clause: c) && !isSystemSubject(clause: c)) {
                out.append(Signal(pattern: .insult, weight: 2, cue: "contempt:\(text)", context: ReframeContext(party: name, word: text, verb: nil)))
                break
            }
        }
        // "Their lead lists are always out of date."
        if let m = others.first, tokens[m.start].text == "their", m.start == (firstContentIndex(ofClause: clauses[m.start]) ?? -1) {
            let clause = tokens.indices.filter { clauses[$0] == clauses[m.start] && $0 > m.start }
            let positive = clause.contains { CoachLexicon.positiveWords.contains(tokens[$0].text) }
            if !positive, let cop = clause.first(where: { Self.copulas.contains(tokens[$0].text) }),
               let abs = word(cop + 1), Self.predicateAbsolutes.contains(abs) {
                out.append(Signal(pattern: .absolute, weight: 1, cue: "their-work:\(abs)", context: ReframeContext(party: name, word: abs, verb: nil)))
            }
        }
        return out
    }
}
