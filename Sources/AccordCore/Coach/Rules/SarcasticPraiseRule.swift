/// +2 for praise that opens the statement and meets a bad twist in a later clause ("Great job on the
/// launch — zero leads"), and for "thanks for nothing". No party needed.
struct SarcasticPraiseRule: CoachRule {
    let fires: [CoachExample] = [
        "Great job on the launch, Marketing — zero leads.", "Thanks for nothing.", "Another webinar nobody asked for. Thanks, Marketing.",
    ]
    let passes: [CoachExample] = [
        "Great job on the webinar, Marketing, the leads were spot on.", "Thanks for the notes.",
        "Thanks, Sales, for the detailed feedback on the brief.",
    ]

    /// Openers of praise that, followed by a bad twist, are sarcasm.
    /// ``praiseOpeners`` indexed by first word.
    static let praiseOpenersIndex = PhraseIndex(praiseOpeners, starts: .praiseOpenerStart)
    static let praiseOpeners: [[String]] = [
        ["great", "job"], ["good", "job"], ["nice", "job"], ["great", "work"], ["nice", "work"], ["good", "work"],
        ["well", "done"], ["thanks", "a", "lot"], ["thanks", "so", "much"], ["nice", "one"], ["way", "to", "go"],
        ["bravo"], ["brilliant"], ["genius"], ["congrats"], ["congratulations"], ["hats", "off"], ["kudos"],
        ["fantastic", "job"], ["amazing", "job"], ["stellar", "job"], ["lovely"],
    ]
    /// Words that give praise a bad twist.
    static let twistWords: Set<String> = [
        "zero", "dead", "wrong", "late", "missed", "lost", "broken", "competitor", "competitors", "bounced", "flopped",
        "failed", "nobody", "none", "again", "nothing", "empty", "crashed", "spam", "unsubscribed",
    ]

    /// Every word a branch of ``signals(in:)`` starts from (the praise openers' first words too; none is "*").
    static let triggers = Set(["thanks", "cheers", "thank"] + praiseOpeners.map { $0[0] })

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        for k in a.positions(.sarcasticPraiseTrigger) where !tokens[k].isPunctuation {
            let c = a.clauses[k]
            // Both thanks patterns start with one of these words.
            let thanks = tokens.text(k) == "thanks" || tokens.text(k) == "cheers" || tokens.text(k) == "thank"
            if thanks, a.matchesPattern(["thanks", "for", "nothing"], at: k) {
                return [
                    BlameSignal(pattern: .sarcasm, weight: 2, cue: "sarcasm:thanks for nothing", context: a.context("thanks for nothing"))
                ]
            }
            // "Another webinar nobody asked for. Thanks, Marketing." Thanks aimed at the other side, with a bad word.
            if thanks, a.word(k + 1) != "to",
                let m = a.otherMentions.first(where: {
                    $0.start > k && $0.start <= k + 3 && !($0.label.lowercased().hasPrefix("you") && tokens.text(k) == "thank")
                }),
                tokens.indices.contains(where: { i in
                    (i < k || i > m.end)
                        && (a.has(i, .negative)
                            || Self.twistWords.contains(tokens.text(i)) || CoachLexicon.badOutcomes.contains(tokens.text(i)))
                })
            {
                return [
                    BlameSignal(pattern: .sarcasm, weight: 2, cue: "sarcastic-thanks", context: a.context("thanks", party: a.partyName(m)))
                ]
            }
            if let p = Self.praiseOpenersIndex.first(in: a, at: k), c <= 1 || (k > 0 && tokens[k - 1].isPunctuation) {
                let twist = tokens.indices.filter { a.clauses[$0] > c }.first {
                    Self.twistWords.contains(tokens.text($0)) || CoachLexicon.badOutcomes.contains(tokens.text($0))
                        || JudgementLexicon.evaluationWords[tokens.text($0)] != nil || tokens.text($0).hasSuffix("n't")
                }
                if let t = twist {
                    let text = p.joined(separator: " ")
                    return [
                        BlameSignal(
                            pattern: .sarcasm, weight: 2, cue: "sarcastic-praise:\(text)…\(tokens.text(t))", context: a.context(text))
                    ]
                }
            }
        }
        return []
    }
}
