/// +2 for sarcasm markers that are rarely sincere: "what a surprise", "surprise, surprise", "shocker",
/// "who could have guessed", "alert the press", "mark the calendar", "oh great / oh sure", "nice of X
/// to…", "how kind of X", "just what we needed", "for once", "for a change". Each needs the other
/// side in the statement or a bad outcome ("…launched late again"), so "What a surprise, the event
/// sold out!" passes.
struct SarcasmOpenerRule: CoachRule {
    let fires: [CoachExample] = [
        "What a surprise, the launch slipped again.", "Oh sure, Sales will definitely update the CRM this time.",
        "Nice of the reps to read our email three weeks later.", "Wow, Marketing met a deadline. Alert the press.",
        "It'd be great if Marketing actually listened for once.",
    ]
    let passes: [CoachExample] = [
        "What a surprise, the event sold out!", "Nice of you to host the dinner, thank you.", "Oh great, the venue confirmed.",
        "Once the deck is done, we'll send it.",
    ]

    /// Words that make a marker's context bad (with the sentiment lexicon, bad outcomes and "n't").
    static let badWords = ["again", "finally", "without", "zero", "nobody", "nothing", "no"]
    /// ``markers`` by first word (each is then matched here, across commas).
    static let index = PhraseIndex(markers, starts: .sarcasmMarkerStart)
    /// Markers, "*" matching any one word.
    static let markers: [[String]] = [
        ["what", "a", "surprise"], ["surprise", "surprise"], ["big", "surprise"], ["shocker"], ["shocking", "news"],
        ["who", "could", "have", "guessed"], ["who", "could", "have", "known"], ["who", "would", "have", "thought"],
        ["who'd", "have", "thought"], ["alert", "the", "press"], ["stop", "the", "presses"], ["mark", "the", "calendar"],
        ["mark", "your", "calendars"], ["mark", "the", "date"], ["oh", "great"], ["oh", "brilliant"], ["oh", "sure"],
        ["oh", "wonderful"], ["oh", "fantastic"], ["oh", "joy"], ["nice", "of"], ["lovely", "of"], ["kind", "of", "the"],
        ["how", "kind", "of"], ["how", "nice", "of"], ["good", "of", "*", "to"], ["nice", "to", "see", "*", "finally"],
        ["glad", "to", "see"], ["just", "what", "*", "needed"], ["just", "what", "we", "needed"], ["just", "what", "*", "*", "needed"],
        ["great", "another"], ["oh", "good", "another"], ["brilliant", "another"], ["for", "once"],
        ["for", "a", "change"], ["bless", "them"], ["bless", "their"], ["heaven", "forbid"], ["god", "forbid"],
        ["as", "if"], ["yeah", "right"], ["sure", "because"], ["sure", "jan"], ["no", "pressure"], ["brilliant"],
        ["masterpiece"], ["genius", "move"], ["bravo", "to"],
    ]
    /// Markers that also need a bad word or the other side as an agent, being common in sincere speech too.
    static let weak: Set<String> = [
        "brilliant", "masterpiece", "as if", "glad to see", "nice of", "lovely of", "kind of the", "oh great", "oh sure",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        // Computed only when a marker needs it (it reads every token).
        var badMemo: Bool? = nil
        func bad() -> Bool {
            if let badMemo { return badMemo }
            let b =
                a.hasBadOutcome
                || tokens.indices.contains {
                    a.has($0, .negative) || Self.badWords.contains(tokens.text($0)) || tokens.text($0).hasSuffix("n't")
                }
            badMemo = b
            return b
        }
        // "Sure, Marketing, we'll just magic up 500 leads": sarcastic compliance addressed to the other side.
        if let first = tokens.firstIndex(where: { !$0.isPunctuation }),
            ["sure", "yeah", "right"].contains(tokens.text(first)) || a.matches(["oh", "sure"], at: first),
            !a.otherMentions.isEmpty,
            tokens.containsText(where: { ["just", "definitely", "totally", "because", "obviously"].contains($0) })
        {
            return [BlameSignal(pattern: .sarcasm, weight: 2, cue: "sarcasm-marker:sure", context: a.context("sure"))]
        }
        // "Marketing's idea of research is a poll", "the reps' version of urgency": a mocking definition.
        for m in a.otherMentions where tokens[m.end].possessive || tokens.text(m.end) == "their" || tokens.text(m.end) == "your" {
            if ["idea", "version", "definition", "notion", "understanding"].contains(a.word(m.end + 1) ?? ""), a.word(m.end + 2) == "of" {
                return [
                    BlameSignal(
                        pattern: .sarcasm, weight: 2, cue: "sarcasm-marker:idea-of", context: a.context("idea of", party: a.partyName(m)))
                ]
            }
        }
        // Only a marker's first word can start one (the index's class): most statements have none.
        let candidates = Self.index.candidates(in: a)
        guard !candidates.isEmpty else { return [] }
        // Markers match word by word, across commas ("surprise, surprise"): `n` is the word's number
        // among the words; the rest of a marker is compared only for the markers that start with it.
        let words = tokens.indices.filter { !tokens[$0].isPunctuation }
        let markers = Self.markers
        var n = 0
        for k in candidates where !tokens[k].isPunctuation {
            while words[n] < k { n += 1 }
            guard
                let i = Self.index.startingWith(key: a.keys[k], tokens.text(k)).first(where: { i in
                    markers[i].indices.allSatisfy { j in
                        n + j < words.count && (markers[i][j] == "*" || tokens.text(words[n + j]) == markers[i][j])
                    }
                })
            else { continue }
            let p = markers[i]
            let text = p.joined(separator: " ")
            let party = !a.otherMentions.isEmpty && !a.otherMentions.allSatisfy({ $0.label == "you" })
            let ok =
                Self.weak.contains(text)
                ? (bad() || party && tokens.containsText { $0 == "to" || $0 == "again" }) && (party || bad()) : (party || bad())
            if ok && !(text == "for once" && a.isOwned(clause: a.clauses[k])) {
                return [BlameSignal(pattern: .sarcasm, weight: 2, cue: "sarcasm-marker:\(text)", context: a.context(text))]
            }
        }
        return []
    }
}
