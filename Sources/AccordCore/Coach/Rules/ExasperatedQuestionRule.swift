/// +2 for exasperated questions: "why on earth / the hell did X…", "what exactly does X do…", and
/// "who signed off on this mess?" / "who thought that was a good idea?" (a judging word in the clause).
struct ExasperatedQuestionRule: CoachRule {
    let fires: [CoachExample] = [
        "Why on earth did Marketing move the launch?", "What exactly does Sales do all day?", "Who signed off on this mess?",
        "What's the point of a sales team that never calls back?",
    ]
    let passes: [CoachExample] = ["Why did Marketing move the launch?", "What does Sales need from us?", "Who signed off on the budget?"]

    /// Intensifiers that make a "why" question exasperated ("why on earth…").
    /// ``whyIntensifiers`` indexed by first word.
    static let whyIntensifiersIndex = PhraseIndex(whyIntensifiers, starts: .whyIntensifierStart)
    static let whyIntensifiers: [[String]] = [["on", "earth"], ["the", "hell"], ["in", "the", "world"], ["exactly"], ["again"]]

    /// Every word a branch of ``signals(in:)`` starts from.
    static let triggers: Set<String> = ["why", "what", "what's", "who"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let others = a.otherMentions
        guard tokens.contains(where: { $0.isMark(UInt8(ascii: "?")) }) else { return [] }
        for k in a.positions(.exasperatedQuestionTrigger) where !tokens[k].isPunctuation {
            let c = a.clauses[k]
            if a.word(k) == "why", let i = Self.whyIntensifiersIndex.first(in: a, at: k + 1),
                let m = others.first(where: { $0.start > k + i.count && $0.start <= k + i.count + 3 })
            {
                return [BlameSignal(pattern: .rhetorical, weight: 2, cue: "why-intensified", context: a.context(party: a.partyName(m)))]
            }
            if a.word(k) == "what", let m = others.first(where: { $0.start > k + 1 && $0.start <= k + 4 }),
                (k + 1..<m.start).contains(where: { ["does", "do", "did"].contains(a.word($0) ?? "") }),
                (m.end + 1..<tokens.count).contains(where: { a.word($0) == "do" || a.word($0) == "doing" })
            {
                return [BlameSignal(pattern: .rhetorical, weight: 2, cue: "what-do-they-do", context: a.context(party: a.partyName(m)))]
            }
            // "What's the point of a marketing team that can't fill a webinar?"
            if a.matchesPattern(["what's", "the", "point", "of"], at: k) || a.matchesPattern(["what", "is", "the", "point", "of"], at: k),
                let m = others.first(where: { $0.start > k + 3 && $0.start <= k + 7 })
            {
                return [BlameSignal(pattern: .rhetorical, weight: 2, cue: "what's-the-point", context: a.context(party: a.partyName(m)))]
            }
            if a.word(k) == "who", k == 0 || a.clauses[k - 1] != c || tokens[k - 1].isPunctuation {
                let clauseIdx = tokens.indices.filter { a.clauses[$0] == c }
                if clauseIdx.contains(where: { a.evaluation(at: $0) != nil || CoachLexicon.insults.contains(tokens.text($0)) })
                    || clauseIdx.contains(where: {
                        a.matchesPattern(["a", "good", "idea"], at: $0) || a.matchesPattern(["a", "great", "idea"], at: $0)
                    })
                {
                    return [
                        BlameSignal(
                            pattern: .rhetorical, weight: 2, cue: "who-question",
                            context: a.context(party: a.firstPartyName ?? "the other side"))
                    ]
                }
            }
        }
        return []
    }
}
