/// One statement taken apart: tokens, clauses, party mentions, and the blame signals found.
struct BlameAnalysis: Sendable {
    private typealias L = CoachLexicon

    let tokens: [CoachToken]
    let clauses: [Int]
    let mentions: [PartyMention]
    let speaker: Role?

    struct Signal {
        var pattern: BlamePattern
        var weight: Int
        var cue: String
        var context: ReframeContext
    }

    init(statement: String, speaker: Role?) {
        let tokens = CoachTokenizer.tokenize(statement)
        let clauses = CoachTokenizer.clauses(tokens)
        self.tokens = tokens
        self.clauses = clauses
        self.speaker = speaker
        self.mentions = PartyDetector(tokens: tokens, clauses: clauses, speaker: speaker).mentions()
    }

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && !tokens[i].isPunctuation ? tokens[i].text : nil
    }

    func matches(_ phrase: [String], at k: Int) -> Bool {
        for (n, w) in phrase.enumerated() where word(k + n) != w { return false }
        return true
    }

    func firstContentIndex(ofClause c: Int) -> Int? {
        tokens.indices.first { clauses[$0] == c && !tokens[$0].isPunctuation
            && !BlameCoach.discourseWords.contains(tokens[$0].text) && !L.determiners.contains(tokens[$0].text) }
    }

    /// The clause's subject is the speaker ("I", "we", "our team", the speaker's own team).
    func isOwned(clause c: Int) -> Bool {
        guard let f = firstContentIndex(ofClause: c) else { return false }
        if L.firstPerson.contains(tokens[f].text) { return true }
        return mentions.contains { $0.side == .own && $0.start <= f && f <= $0.end }
    }

    /// The clause's subject is a system or artefact ("the form", "the CRM").
    func isSystemSubject(clause c: Int) -> Bool {
        guard let f = firstContentIndex(ofClause: c) else { return false }
        var k = f
        while let w = word(k), clauses[k] == c, k < f + 3 {
            if L.systemWords.contains(w) { return true }
            if mentions.contains(where: { $0.start <= k && k <= $0.end }) { return false }
            k += 1
        }
        return false
    }

    func negated(before k: Int) -> Bool {
        for j in max(0, k - 3)..<k where L.negations.contains(tokens[j].text) { return true }
        return false
    }

    /// Rest of the clause from `k` as a gerund phrase ("following up on the leads we send them").
    func actionPhrase(from k: Int) -> String? {
        var k = k
        let skip: Set<String> = ["does", "do", "did", "don't", "doesn't", "didn't", "won't", "can't", "ever"]
        while let w = word(k), BlameCoach.adverbs.contains(w) || skip.contains(w) { k += 1 }
        guard let verb = word(k), verb.allSatisfy({ $0.isLetter || $0 == "-" }), !L.firstPerson.contains(verb),
              !L.determiners.contains(verb), !L.theyWords.contains(verb), !L.youWords.contains(verb),
              !L.absolutes.contains(verb) else { return nil }
        let particle = word(k + 1).flatMap { BlameCoach.particles.contains($0) ? $0 : nil }
        guard let g = Reframes.gerund(verb, particle: particle) else { return nil }
        var rest: [String] = []
        var j = k + (particle == nil ? 1 : 2)
        let dropped: Set<String> = ["never", "always", "again", "constantly", "forever", "ever"]
        while let w = word(j), clauses[j] == clauses[k], rest.count < 7 {
            if !dropped.contains(w) { rest.append(tokens[j].raw + (tokens[j].possessive ? "'s" : "")) }
            j += 1
        }
        return ([g] + rest).joined(separator: " ")
    }

    /// "Sales" / "Marketing" when known, else "the other side" (never "They" or "Marketing's").
    func partyName(_ m: PartyMention) -> String {
        if let team = m.team { return team.label }
        return "the other side"
    }

    var otherMentions: [PartyMention] { mentions.filter { $0.side == .other && $0.part != .joint } }

    private func signals() -> [Signal] {
        var out: [Signal] = []
        let agents = mentions.filter { $0.side == .other && $0.part == .agent }
        let others = otherMentions
        let firstParty = (agents.first ?? others.first).map(partyName)
        func ctx(_ w: String? = nil, verb: String? = nil, party: String? = firstParty) -> ReframeContext {
            ReframeContext(party: party, word: w, verb: verb)
        }
        let hasBadOutcome = tokens.contains { L.badOutcomes.contains($0.text) }

        if let a = agents.first { out.append(Signal(pattern: .negativeAgent, weight: 1, cue: "other-agent:\(a.label)", context: ctx())) }

        // Around each agent: absolutes, judgements of what they did, weak negatives.
        var seenAbs = false, seenJudge = false, seenWeak = false
        for a in agents {
            if a.negativeQuantifier && !seenAbs {
                seenAbs = true
                out.append(Signal(pattern: .absolute, weight: 1, cue: "absolute:nobody", context: ctx("nobody", verb: actionPhrase(from: a.end + 1), party: partyName(a))))
            }
            let clause = clauses[a.start]
            let clauseWords = Set(tokens.indices.filter { clauses[$0] == clause }.map { tokens[$0].text })
            let positive = !clauseWords.isDisjoint(with: L.positiveWords)
            let negativeContext = !clauseWords.isDisjoint(with: L.negativeContent) || clauseWords.contains { $0.hasSuffix("n't") }
                || !clauseWords.isDisjoint(with: L.weakNegatives) || !clauseWords.isDisjoint(with: L.actionJudgements)
                || tokens.last?.text == "?"
            // Absolutes before the agent count only in a clause-initial run ("it's always Sales who…").
            var k = a.start - 1
            while k >= 0, clauses[k] == clause, BlameCoach.discourseWords.contains(tokens[k].text) { k -= 1 }
            k += 1
            while k < tokens.count, clauses[k] == clause {
                if k >= a.start && k <= a.end { k += 1; continue }
                let w = tokens[k].text
                let absPhrase = L.absolutePhrases.first { matches($0, at: k) }?.joined(separator: " ")
                if !seenAbs, L.absolutes.contains(w) || absPhrase != nil, !positive {
                    let w = absPhrase ?? w
                    var v = k + 1
                    while let x = word(v), BlameCoach.adverbs.contains(x) { v += 1 }
                    let lack = L.experiencerVerbs.contains(word(v) ?? "")
                    let habitual = L.habitualAbsolutes.contains(w) || absPhrase != nil
                    if !(habitual && !negativeContext) && !(lack && (w == "never" || w == "ever")) {
                        seenAbs = true
                        let quantifier: Set<String> = ["nothing", "anything", "nobody", "anyone", "anybody"]
                        let copula = ["is", "are", "was", "were", "'s", "been", "be"].contains(word(k - 1) ?? "")
                        let fromAgent = tokens[a.end].possessive || a.end + 1 >= tokens.count ? nil : actionPhrase(from: a.end + 1)
                        let phrase = copula ? nil
                            : (quantifier.contains(w) || k < a.start ? fromAgent : (actionPhrase(from: k + 1) ?? fromAgent))
                        let negatedEver = w == "ever" && (a.negativeQuantifier || tokens.contains { $0.text.hasSuffix("n't") })
                        out.append(Signal(pattern: .absolute, weight: 1, cue: "absolute:\(w)", context: ctx(negatedEver ? "never-ever" : w, verb: phrase, party: partyName(a))))
                    }
                }
                if k < a.start { k += 1; continue }
                if !seenJudge, L.actionJudgements.contains(w) {
                    seenJudge = true
                    out.append(Signal(pattern: .judgement, weight: 2, cue: "judgement:\(w)", context: ctx(w, party: partyName(a))))
                }
                if !seenJudge, let p = L.judgementPhrases.first(where: { matches($0, at: k) }) {
                    seenJudge = true
                    let text = p.joined(separator: " ")
                    out.append(Signal(pattern: .judgement, weight: 2, cue: "judgement:\(text)", context: ctx(text, party: partyName(a))))
                }
                if !seenJudge, let (text, category) = categoryJudgement(at: k) {
                    seenJudge = true
                    out.append(Signal(pattern: .judgement, weight: 2, cue: "judgement:\(category.rawValue):\(text)", context: ctx(text, party: partyName(a))))
                }
                if !seenWeak, L.weakNegatives.contains(w) {
                    seenWeak = true
                    out.append(Signal(pattern: .negativeAgent, weight: 1, cue: "negative:\(w)", context: ctx(w, party: partyName(a))))
                }
                if !seenWeak, L.habitualNegations.contains(w) {
                    var v = k + 1
                    while let x = word(v), BlameCoach.adverbs.contains(x) || x == "to" { v += 1 }
                    if let verb = word(v), L.cooperativeVerbs.contains(verb) {
                        seenWeak = true
                        out.append(Signal(pattern: .negativeAgent, weight: 1, cue: "habitual-negation:\(w) \(verb)", context: ctx("\(w) \(verb)", party: partyName(a))))
                    }
                }
                // "Sales is the bottleneck", "the reps are the reason…"
                if k == a.end + 1, ["is", "are", "was", "were", "'s"].contains(w) {
                    var n = k + 1
                    while let x = word(n), ["the", "a", "real", "only", "main", "whole", "biggest", "one"].contains(x) { n += 1 }
                    if let noun = word(n), L.culpritNouns.contains(noun) {
                        out.append(Signal(pattern: .fault, weight: 2, cue: "culprit:\(noun)", context: ctx(noun, party: partyName(a))))
                    }
                }
                k += 1
            }
        }

        // Mitigation: the speaker names their own or a system cause ("because our email bounced").
        for k in tokens.indices {
            guard let link = L.causalLinks.filter({ matches($0, at: k) }).max(by: { $0.count < $1.count }) else { continue }
            var n = k + link.count
            while let x = word(n), L.determiners.contains(x) { n += 1 }
            if let x = word(n), L.firstPerson.contains(x) || L.systemWords.contains(x) || L.systemWords.contains(word(n + 1) ?? "") {
                out.append(Signal(pattern: .negativeAgent, weight: -1, cue: "own-or-system-cause", context: ctx()))
                break
            }
        }

        var seen = Set<BlamePattern>()
        func add(_ s: Signal) { if seen.insert(s.pattern).inserted { out.append(s) } }

        for k in tokens.indices where !tokens[k].isPunctuation {
            let w = tokens[k].text
            let c = clauses[k]
            let attributed = others.contains { $0.start > k && $0.start <= k + 3 }
                || (k > 0 && tokens[k - 1].possessive && others.contains { $0.end == k - 1 })
            if L.insults.contains(w), attributed || (!isOwned(clause: c) && !isSystemSubject(clause: c)), !negated(before: k) {
                add(Signal(pattern: .insult, weight: 2, cue: "insult:\(w)", context: ctx(w)))
            }
            if L.faultWords.contains(w), !isOwned(clause: c), !negated(before: k) {
                let prev = k > 0 ? tokens[k - 1] : nil
                let selfOrSystem = prev.map { ["my", "our"].contains($0.text) || ($0.possessive && L.systemWords.contains($0.text)) } ?? false
                if !selfOrSystem { add(Signal(pattern: .fault, weight: 2, cue: "fault:\(w)", context: ctx(w))) }
            }
            if (w == "held" || w == "hold" || w == "holding"), !isOwned(clause: c),
               (1...3).contains(where: { ["accountable", "responsible"].contains(word(k + $0) ?? "") }) {
                add(Signal(pattern: .accountable, weight: 2, cue: "held-accountable", context: ctx()))
            }
            if ["it's", "that's", "is", "was"].contains(w), word(k + 1) == "on",
               let m = others.first(where: { $0.start == k + 2 || $0.start == k + 3 }) {
                add(Signal(pattern: .fault, weight: 2, cue: "on-them:\(m.label)", context: ctx(party: partyName(m))))
            }
            if w == "answer", word(k + 1) == "for", !isOwned(clause: c), !others.isEmpty {
                add(Signal(pattern: .accountable, weight: 2, cue: "answer-for", context: ctx()))
            }
            if w == "problem", ["is", "was", "here"].contains(word(k + 1) ?? ""),
               let m = others.first(where: { $0.start > k && $0.start <= k + 4 }) {
                add(Signal(pattern: .fault, weight: 2, cue: "problem-is:\(m.label)", context: ctx(party: partyName(m))))
            }
            // Causal blame: "because / thanks to / due to <other side>…" with a bad outcome.
            if let link = L.causalLinks.filter({ matches($0, at: k) }).max(by: { $0.count < $1.count }), hasBadOutcome,
               let m = others.first(where: { $0.start >= k + link.count && $0.start <= k + link.count + 3 }) {
                add(Signal(pattern: .causal, weight: 2, cue: "causal:\(link.joined(separator: " "))", context: ctx(nil, party: partyName(m))))
            }
            // Counterfactual: "if <other side> had / gave / stopped…, we would…".
            if w == "if", let m = agents.first(where: { $0.start > k && $0.start <= k + 3 }) {
                var v = m.end + 1
                while let x = word(v), BlameCoach.adverbs.contains(x) { v += 1 }
                let verb = word(v) ?? ""
                let participles: Set<String> = ["done", "been", "gone", "known", "given", "taken", "seen", "shown", "written", "spoken"]
                let past = verb.hasSuffix("ed") || BlameCoach.irregularPast.contains(verb) || tokens[m.end].text.hasSuffix("'d")
                    || participles.contains(verb)
                    || ["had", "hadn't", "would", "did", "didn't", "could've", "would've"].contains(verb)
                let main = tokens.enumerated().contains { j, t in
                    clauses[j] != clauses[k] && ["would", "wouldn't", "we'd", "i'd", "would've", "could've", "wouldn't've"].contains(t.text)
                }
                if past && main { add(Signal(pattern: .conditional, weight: 2, cue: "if-they-had", context: ctx(party: partyName(m)))) }
            }
            // Rhetorical: "why does Marketing always…", "how are we supposed to…", "what were they thinking".
            if w == "why", let aux = word(k + 1), L.whyAuxiliaries.contains(aux) {
                if let m = others.first(where: { $0.start > k + 1 && $0.start <= k + 3 }) {
                    add(Signal(pattern: .rhetorical, weight: 2, cue: "why-question", context: ctx(verb: actionPhrase(from: m.end + 1), party: partyName(m))))
                } else if !others.isEmpty, (k + 2..<min(k + 6, tokens.count)).contains(where: { L.habitualAbsolutes.contains(tokens[$0].text) || tokens[$0].text == "never" }) {
                    // "Why is it always us who has to chase the reps?"
                    add(Signal(pattern: .rhetorical, weight: 2, cue: "why-always-question", context: ctx()))
                }
            }
            if w == "typical", word(k + 1) == "of", let m = others.first(where: { $0.start == k + 2 || $0.start == k + 3 }) {
                add(Signal(pattern: .sarcasm, weight: 2, cue: "typical-of:\(m.label)", context: ctx("typical", party: partyName(m))))
            }
            if w == "how", (k + 2...k + 4).contains(where: { word($0) == "supposed" }) {
                let weight = (others.isEmpty && !tokens.contains { L.absolutes.contains($0.text) }) ? 1 : 2
                add(Signal(pattern: .rhetorical, weight: weight, cue: "how-supposed-to", context: ctx()))
            }
            if !others.isEmpty, let p = L.incompetenceIdioms.first(where: { matches($0, at: k) }) {
                let text = p.joined(separator: " ")
                add(Signal(pattern: .judgement, weight: 2, cue: "idiom:\(text)", context: ctx(text)))
            }
            if let p = L.rhetoricalPhrases.first(where: { matches($0, at: k) }) {
                let weight = others.isEmpty ? 1 : 2
                add(Signal(pattern: .rhetorical, weight: weight, cue: "rhetorical:\(p.joined(separator: " "))", context: ctx()))
            }
            if w == "what", ["were", "are"].contains(word(k + 1) ?? ""), let m = others.first(where: { $0.start == k + 2 }),
               word(m.end + 1) == "thinking" {
                add(Signal(pattern: .rhetorical, weight: 2, cue: "what-were-they-thinking", context: ctx(party: partyName(m))))
            }
            if !others.isEmpty, let p = L.sarcasmPhrases.first(where: { matches($0, at: k) }),
               !(p == ["clearly"] && k > 0 && !tokens[k - 1].isPunctuation) {
                let text = p.joined(separator: " ")
                add(Signal(pattern: .sarcasm, weight: 1, cue: "sarcasm:\(text)", context: ctx(text)))
            }
        }
        for s in structuralSignals() + frameSignals() + contemptSignals() where !out.contains(where: { $0.pattern == s.pattern && $0.weight >= s.weight }) {
            out.append(s)
        }
        // The negated action adds weight once: not on top of "don't listen" or the same "never" as an absolute.
        if let s = negatedActionSignal(), !out.contains(where: { $0.cue.hasPrefix("habitual-negation") || $0.cue == "absolute:never" }) {
            out.append(s)
        }
        return out
    }

    /// The flag, when the signals add up to the threshold.
    func flag() -> CoachFlag? {
        let found = signals()
        let score = found.reduce(0) { $0 + $1.weight }
        guard score >= BlameCoach.threshold else { return nil }
        let lead = found.filter { $0.weight > 0 && ($0.pattern != .negativeAgent || !$0.cue.hasPrefix("other-agent:")) }.min { $0.pattern < $1.pattern }
            ?? found.min { $0.pattern < $1.pattern }!
        return CoachFlag(reason: Reframes.reason(lead.pattern, lead.context),
                         suggestion: Reframes.suggestion(lead.pattern, lead.context),
                         cues: found.map(\.cue))
    }
}
