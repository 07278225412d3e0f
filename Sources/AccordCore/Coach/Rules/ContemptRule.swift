/// +2 for contempt for the other side or its output: "excuses", "amateurs", "all talk", "out of
/// touch", "stuck in the nineties", "wishful thinking", "a black hole", "went rogue". Needs the other
/// side named in the statement; not in the speaker's or a system's clause, not negated ("My pitch was
/// a joke" passes).
struct ContemptRule: CoachRule {
    let fires: [CoachExample] = [
        "That's Marketing — all talk.", "The reps are stuck in the nineties.", "Marketing's plan is wishful thinking.",
    ]
    let passes: [CoachExample] = [
        "My forecast was wishful thinking.", "I was stuck in traffic before the Sales call.", "Our deck is out of date.",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] { a.contemptSignals() }
}

extension BlameAnalysis {
    /// Single contempt words (inflections listed: the lexicon is matched word by word).
    static let contemptWords: Set<String> = [
        "excuses", "amateurs", "amateur", "amateurish", "clueless", "clowns", "dinosaurs", "cowboys", "deadwood",
        "freeloaders", "lip-service", "fluff", "vanity", "gimmick", "gimmicks", "outdated", "out-of-date",
        "stale", "delusional", "pointless", "tone-deaf", "spin",
    ]
    /// Contempt idioms ("*" matches any one word).
    /// ``contemptPhrases`` indexed by first word.
    static let contemptPhrasesIndex = PhraseIndex(contemptPhrases, starts: .contemptPhraseStart)
    static let contemptPhrases: [[String]] = [
        ["all", "talk"], ["all", "show"], ["out", "of", "touch"], ["out", "of", "date"], ["stuck", "in", "the"],
        ["stuck", "in", "*"], ["living", "in", "the", "past"], ["wishful", "thinking"], ["black", "hole"],
        ["went", "rogue"], ["go", "rogue"], ["goes", "rogue"], ["gone", "rogue"], ["pretty", "slides"],
        ["pretty", "pictures"], ["colouring", "in"], ["coloring", "in"], ["same", "mistakes"], ["same", "old"],
        ["lip", "service"], ["a", "joke"], ["a", "circus"], ["a", "zoo"], ["a", "mess"], ["paid", "to"],
        ["full", "of", "it"], ["hot", "air"], ["smoke", "and", "mirrors"], ["no", "better", "than"],
        ["head", "in", "the", "sand"], ["heads", "in", "the", "sand"], ["empty", "promises"], ["all", "fluff"],
    ]

    /// Contempt signals; see ``ContemptRule``.
    fileprivate func contemptSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        guard !others.isEmpty else { return out }
        let name = others.first.map(partyName)
        for k in tokens.indices where !tokens[k].isPunctuation {
            let c = clauses[k]
            var found: String? = nil
            if has(k, .contemptWord) {
                found = tokens.text(k)
            } else if let p = Self.contemptPhrasesIndex.first(in: self, at: k) {
                found = p.joined(separator: " ")
            }
            guard let text = found, !negated(before: k), !(k > 0 && ["my", "our"].contains(tokens.text(k - 1))) else { continue }
            if text == "stuck in *", let n = word(k + 2), n.first?.isNumber != true { continue }  // "stuck in traffic"
            let sameClauseParty = others.contains { clauses[$0.start] == c && $0.start < k }
            let attributed = others.contains { $0.start > k && $0.start <= k + 3 }
            if sameClauseParty || attributed || (!isOwned(clause: c) && !isSystemSubject(clause: c)) {
                out.append(
                    Signal(
                        pattern: .insult, weight: 2, cue: "contempt:\(text)", context: ReframeContext(party: name, word: text, verb: nil)))
                break
            }
        }
        return out
    }
}
