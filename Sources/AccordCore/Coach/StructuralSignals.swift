/// Blame signals read from the shape of a statement rather than from a single word: demands aimed at
/// the other side, sarcastic praise, exasperated questions, judgements of the other side's work, and
/// comparisons that put the speaker above them. Each rule needs the other side (or an unnamed "who")
/// in a particular grammatical place, so the same words about the speaker or a system pass.
extension BlameAnalysis {
    private typealias J = JudgementLexicon

    /// Obligation words that, right after the other side, make a demand ("Marketing needs to…").
    private static let obligations: [[String]] = [
        ["needs", "to"], ["need", "to"], ["has", "to"], ["have", "to"], ["must"], ["should"], ["ought", "to"],
        ["had", "better"], ["better"], ["has", "got", "to"], ["have", "got", "to"], ["gotta"],
    ]
    /// Verbs that turn an obligation into a demand to change behaviour ("…must stop", "…needs to wake up").
    private static let demandVerbs: Set<String> = [
        "stop", "quit", "learn", "wake", "grow", "shape", "smarten", "step", "own", "pull", "respect", "get", "take",
    ]
    /// Gerunds after "start" that say the other side does not do its job ("start listening").
    private static let startGerunds: Set<String> = [
        "listening", "reading", "caring", "taking", "doing", "pulling", "respecting", "following", "thinking",
        "owning", "respecting", "answering", "responding", "bothering", "treating", "delivering", "pulling",
    ]
    /// Openers of praise that, followed by a bad twist, are sarcasm ("Great job on the launch — zero leads").
    private static let praiseOpeners: [[String]] = [
        ["great", "job"], ["good", "job"], ["nice", "job"], ["great", "work"], ["nice", "work"], ["good", "work"],
        ["well", "done"], ["thanks", "a", "lot"], ["thanks", "so", "much"], ["nice", "one"], ["way", "to", "go"],
        ["bravo"], ["brilliant"], ["genius"], ["congrats"], ["congratulations"], ["hats", "off"], ["kudos"],
        ["fantastic", "job"], ["amazing", "job"], ["stellar", "job"], ["lovely"],
    ]
    /// Words that give praise a bad twist.
    private static let twistWords: Set<String> = [
        "zero", "dead", "wrong", "late", "missed", "lost", "broken", "competitor", "competitors", "bounced", "flopped",
        "failed", "nobody", "none", "again", "nothing", "empty", "crashed", "spam", "unsubscribed",
    ]
    /// Intensifiers that make a "why" question exasperated ("why on earth…").
    private static let whyIntensifiers: [[String]] = [["on", "earth"], ["the", "hell"], ["in", "the", "world"], ["exactly"], ["again"]]
    /// Comparisons that set the speaker's side above the other ("unlike us, they…").
    private static let comparisons: [[String]] = [["unlike", "us"], ["unlike", "our"], ["unlike", "we"], ["at", "least", "we"], ["at", "least", "our"]]

    /// Matches a phrase where "*" stands for any one word.
    func matchesPattern(_ phrase: [String], at k: Int) -> Bool {
        for (n, w) in phrase.enumerated() {
            guard let t = word(k + n) else { return false }
            if w != "*" && t != w { return false }
        }
        return true
    }

    /// A judgement verb or idiom from `JudgementLexicon` starting at `k`, with its category.
    func categoryJudgement(at k: Int) -> (String, JudgementLexicon.Category)? {
        if let p = J.allPhrases.first(where: { matchesPattern($0.words, at: k) }) {
            return (p.words.joined(separator: " "), p.category)
        }
        if let w = word(k), let c = J.verbForms[w], !negated(before: k) { return (w, c) }
        return nil
    }

    /// An evaluation word or phrase at `k` ("a disaster", "made up", "full of errors"), if any.
    private func evaluation(at k: Int) -> String? {
        if let w = word(k), J.evaluationWords[w] != nil { return w }
        if let p = J.evaluationPhrases.first(where: { matchesPattern($0, at: k) }) {
            // Phrases count only as a predicate: after a copula, possibly with an adverb between.
            var b = k - 1
            while let x = word(b), BlameCoach.adverbs.contains(x) || ["a", "an", "complete", "total", "absolute", "utter"].contains(x) { b -= 1 }
            if let c = word(b), ["is", "are", "was", "were", "'s", "been", "be", "it's", "that's"].contains(c) { return p.joined(separator: " ") }
        }
        return nil
    }

    /// Signals from the shape of the statement; see the type comment.
    func structuralSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        let agents = others.filter { $0.part == .agent }
        let name = (agents.first ?? others.first).map(partyName)
        func ctx(_ w: String? = nil, party: String? = name) -> ReframeContext { ReframeContext(party: party, word: w, verb: nil) }
        let isQuestion = tokens.contains { $0.text == "?" }

        // Demand: "<other side> needs to / must / should stop…, get its act together, start listening".
        demand: for a in agents {
            var k = a.end + 1
            while let x = word(k), BlameCoach.adverbs.contains(x) || ["really", "seriously", "finally"].contains(x) { k += 1 }
            guard let ob = Self.obligations.first(where: { matchesPattern($0, at: k) }) else { continue }
            k += ob.count
            while let x = word(k), BlameCoach.adverbs.contains(x) || ["really", "seriously", "finally", "to"].contains(x) { k += 1 }
            guard let v = word(k) else { continue }
            let startsCaring = v == "start" && Self.startGerunds.contains(word(k + 1) ?? "")
            let get = v != "get" || matchesPattern(["get", "*", "act"], at: k) || word(k + 1) == "real" || word(k + 1) == "serious"
            let take = v != "take" || (k + 1..<min(k + 6, tokens.count)).contains { word($0) == "seriously" || word($0) == "responsibility" }
            if (Self.demandVerbs.contains(v) && get && take) || startsCaring {
                out.append(Signal(pattern: .accountable, weight: 1, cue: "demand:\(v)", context: ctx()))
                break demand
            }
        }

        for k in tokens.indices where !tokens[k].isPunctuation {
            let c = clauses[k]
            // Sarcastic praise: "Great job on the launch, Marketing — zero leads." / "Thanks for nothing."
            if matchesPattern(["thanks", "for", "nothing"], at: k) {
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "sarcasm:thanks for nothing", context: ctx("thanks for nothing")))
            } else if let p = Self.praiseOpeners.first(where: { matchesPattern($0, at: k) }), c <= 1 || (k > 0 && tokens[k - 1].isPunctuation) {
                let later = tokens.indices.filter { clauses[$0] > c }
                let twist = later.first {
                    Self.twistWords.contains(tokens[$0].text) || CoachLexicon.badOutcomes.contains(tokens[$0].text)
                        || J.evaluationWords[tokens[$0].text] != nil || tokens[$0].text.hasSuffix("n't")
                }
                if let t = twist {
                    let text = p.joined(separator: " ")
                    out.append(Signal(pattern: .sarcasm, weight: 2, cue: "sarcastic-praise:\(text)…\(tokens[t].text)", context: ctx(text)))
                }
            }
            // Exasperated questions.
            if isQuestion, word(k) == "why", let i = Self.whyIntensifiers.first(where: { matchesPattern($0, at: k + 1) }),
               let m = others.first(where: { $0.start > k + i.count && $0.start <= k + i.count + 3 }) {
                out.append(Signal(pattern: .rhetorical, weight: 2, cue: "why-intensified", context: ctx(party: partyName(m))))
            }
            if isQuestion, word(k) == "what", let m = others.first(where: { $0.start > k + 1 && $0.start <= k + 4 }),
               (k + 1..<m.start).contains(where: { ["does", "do", "did"].contains(word($0) ?? "") }),
               (m.end + 1..<tokens.count).contains(where: { word($0) == "do" || word($0) == "doing" }) {
                // "What exactly does Sales do all day?"
                out.append(Signal(pattern: .rhetorical, weight: 2, cue: "what-do-they-do", context: ctx(party: partyName(m))))
            }
            if isQuestion, word(k) == "who", k == 0 || clauses[k - 1] != c || tokens[k - 1].isPunctuation {
                // "Who signed off on this mess?", "Who thought that was a good idea?"
                let clauseIdx = tokens.indices.filter { clauses[$0] == c }
                if clauseIdx.contains(where: { evaluation(at: $0) != nil || CoachLexicon.insults.contains(tokens[$0].text) })
                    || clauseIdx.contains(where: { matchesPattern(["a", "good", "idea"], at: $0) || matchesPattern(["a", "great", "idea"], at: $0) }) {
                    out.append(Signal(pattern: .rhetorical, weight: 2, cue: "who-question", context: ctx(party: name ?? "the other side")))
                }
            }
            // Judgement of the other side's work: "Marketing's landing page is a disaster", "the content
            // they produce is irrelevant", "their numbers are made up".
            if !others.isEmpty, let e = evaluation(at: k), !negated(before: k) {
                let sameClauseParty = others.contains { clauses[$0.start] == c && $0.start < k }
                if sameClauseParty || (!isOwned(clause: c) && !isSystemSubject(clause: c)) {
                    out.append(Signal(pattern: .insult, weight: 2, cue: "evaluation:\(J.evaluationWords[e]?.rawValue ?? "phrase"):\(e)", context: ctx(e)))
                }
            }
            // Comparison: "Unlike us, the reps don't even look at the data."
            if !others.isEmpty, Self.comparisons.contains(where: { matchesPattern($0, at: k) }) {
                out.append(Signal(pattern: .sarcasm, weight: 1, cue: "comparison", context: ctx("unlike us")))
            }
        }
        // One signal per cue kind, strongest first.
        var seen = Set<String>()
        return out.sorted { $0.weight > $1.weight }.filter { seen.insert(String($0.cue.prefix { $0 != ":" })).inserted }
    }
}
