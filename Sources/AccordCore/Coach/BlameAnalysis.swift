/// One statement taken apart: tokens, clauses, party mentions, and the blame signals found.
struct BlameAnalysis: Sendable {
    private typealias L = CoachLexicon

    /// The statement's tokens, an opening hedge dropped (a token's text is `tokens.text(k)`).
    let tokens: CoachTokens
    /// Each token's ``CoachWordKey`` (``CoachWordKey/punctuation`` for punctuation), for `PhraseIndex`.
    let keys: [UInt64]
    /// Each token's ``CoachVocabulary`` entry (``CoachToken/entry``).
    let entries: [Int32]
    let clauses: [Int]
    /// The first token of each clause by clause number (-1 for a number no token has). Clause numbers
    /// never decrease along the statement, so a clause is one run of tokens.
    let clauseStarts: [Int]
    /// Per token: the mask of the ``CoachWordClass``es its text belongs to (``has(_:_:)``), read from
    /// its ``CoachVocabulary`` entry.
    let classes: [UInt64]
    /// The tokens of each ``CoachWordClass``, in order: class `c`'s are
    /// `classPositions[classOffsets[c]..<classOffsets[c + 1]]` (``positions(_:)``).
    private let classPositions: [Int]
    private let classOffsets: [Int]
    let mentions: [PartyMention]
    /// Other-side mentions that are not joint with the speaker ("Marketing and I" is joint).
    let otherMentions: [PartyMention]
    /// Per clause number: an other-side mention (``otherMentions``) starts in it.
    private let otherClauseFlags: [Bool]
    /// Other-side mentions that act: subjects, possessors of the subject, passive "by" agents.
    let agents: [PartyMention]
    /// The party a reframe names by default: the first agent, else the first other-side mention.
    let firstPartyName: String?
    /// The statement names a bad outcome ("lost", "missed", "late").
    let hasBadOutcome: Bool
    let speaker: Role?
    /// A hedge opened a sentence ("I think…", "tbh") and was dropped before the analysis.
    let hedged: Bool

    typealias Signal = BlameSignal

    init(statement: String, speaker: Role?) {
        let raw = CoachTokenizer.tokenize(statement)
        let tokens = CoachTokenizer.droppingHedges(raw)
        hedged = tokens.count < raw.count
        // Each token's classes come with its vocabulary entry (`CoachWordClasses.mask` of its text).
        // Read by index into arrays of the tokens' count.
        let masks = CoachVocabulary.shared.masks
        let n = tokens.count
        let keys = [UInt64](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n { out[i] = tokens[i].key }
            count = n
        }
        let entries = [Int32](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n { out[i] = tokens[i].entry }
            count = n
        }
        self.entries = entries
        let classes = [UInt64](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n { out[i] = entries[i] >= 0 ? masks[Int(entries[i])] : 0 }
            count = n
        }
        let clauses = CoachTokenizer.clauses(tokens, classes: classes)
        self.tokens = tokens
        self.keys = keys
        self.classes = classes
        (classPositions, classOffsets) = Self.positions(of: classes)
        self.clauses = clauses
        var starts = [Int](repeating: -1, count: (clauses.last ?? -1) + 1)
        for (i, c) in clauses.enumerated() where starts[c] < 0 { starts[c] = i }
        clauseStarts = starts
        self.speaker = speaker
        let mentions = PartyDetector(tokens: tokens, clauses: clauses, classes: classes, speaker: speaker).mentions()
        self.mentions = mentions
        let otherMentions = mentions.filter { $0.side == .other && $0.part != .joint }
        self.otherMentions = otherMentions
        var otherClauseFlags = [Bool](repeating: false, count: starts.count)
        for m in otherMentions { otherClauseFlags[clauses[m.start]] = true }
        self.otherClauseFlags = otherClauseFlags
        agents = otherMentions.filter { $0.part == .agent }
        firstPartyName = (agents.first ?? otherMentions.first).map { $0.team?.label ?? "the other side" }
        hasBadOutcome = classes.contains { $0 & CoachWordClass.badOutcome.bit != 0 }
    }

    /// Whether the token at `k` (any token, punctuation too) is in class `c`: `c.words.contains(tokens.text(k))`,
    /// false when `k` is out of range. No class holds punctuation or "", so for a word test
    /// (`c.words.contains(word(k) ?? "")`) it is the same.
    @inline(__always)
    func has(_ k: Int, _ c: CoachWordClass) -> Bool { c.isSet(in: classes, at: k) }

    /// The indices of the tokens in class `c`, ascending: exactly the `k` where ``has(_:_:)`` is true.
    /// A rule that starts from the words of one class reads them here instead of testing every token
    /// (docs/performance.md, "Cost per answer, sixth pass"); `BlameAnalysisTests` checks the definition.
    /// Not for the classes read token by token (`CoachWordClass.readByToken`).
    @inline(__always)
    func positions(_ c: CoachWordClass) -> ArraySlice<Int> {
        precondition(CoachWordClass.positionsMask & c.bit != 0, "\(c) is read token by token")
        return classPositions[classOffsets[c.rawValue]..<classOffsets[c.rawValue + 1]]
    }

    /// The posting lists of ``positions(_:)``: a count per class, then each token's classes in order.
    private static func positions(of classes: [UInt64]) -> (positions: [Int], offsets: [Int]) {
        let n = 64  // at most 64 classes (a mask's bits)
        let kept = CoachWordClass.positionsMask
        var offsets = [Int](repeating: 0, count: n + 1)
        var total = 0
        for m in classes {
            var m = m & kept
            while m != 0 {
                offsets[m.trailingZeroBitCount + 1] += 1
                total += 1
                m &= m - 1
            }
        }
        for c in 0..<n { offsets[c + 1] += offsets[c] }
        var next = offsets
        let positions = [Int](unsafeUninitializedCapacity: total) { out, count in
            for (k, m) in classes.enumerated() {
                var m = m & kept
                while m != 0 {
                    let c = m.trailingZeroBitCount
                    out[next[c]] = k
                    next[c] += 1
                    m &= m - 1
                }
            }
            count = total
        }
        return (positions, offsets)
    }

    /// Whether an other-side mention starts in clause `c` (`Set(otherMentions.map { clauses[$0.start] }).contains(c)`).
    func isOtherClause(_ c: Int) -> Bool { c >= 0 && c < otherClauseFlags.count && otherClauseFlags[c] }

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && !tokens[i].isPunctuation ? tokens.text(i) : nil
    }

    func matches(_ phrase: [String], at k: Int) -> Bool {
        for (n, w) in phrase.enumerated() where word(k + n) != w { return false }
        return true
    }

    /// The clause's first token that is not punctuation, a discourse word or a determiner. Reads only
    /// the clause's run (it was a scan from the statement's start, per call); `BlameAnalysisTests` checks
    /// it against that definition.
    func firstContentIndex(ofClause c: Int) -> Int? {
        guard c >= 0, c < clauseStarts.count, clauseStarts[c] >= 0 else { return nil }
        var k = clauseStarts[c]
        while k < tokens.count, clauses[k] == c {
            if !tokens[k].isPunctuation && !has(k, .discourse) && !has(k, .determiner) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// The index after the last token of clause `c` or an earlier one (the statement's length when
    /// `c` is the last clause or beyond it).
    func clauseEnd(_ c: Int) -> Int {
        if c + 1 >= clauseStarts.count { return tokens.count }
        if c + 1 < 0 { return 0 }
        return max(0, clauseStarts[c + 1])  // -1: every clause number is above `c`
    }

    /// The clause's subject is the speaker ("I", "we", "our team", the speaker's own team).
    func isOwned(clause c: Int) -> Bool {
        guard let f = firstContentIndex(ofClause: c) else { return false }
        if has(f, .firstPerson) { return true }
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
        for j in max(0, k - 3)..<k where has(j, .negation) { return true }
        return false
    }

    /// Auxiliaries skipped before the verb of an action phrase.
    static let actionSkipped: Set<String> = ["does", "do", "did", "don't", "doesn't", "didn't", "won't", "can't", "ever"]
    /// Absolutes left out of an action phrase.
    static let actionDropped: Set<String> = ["never", "always", "again", "constantly", "forever", "ever"]

    /// Rest of the clause from `k` as a gerund phrase ("following up on the leads we send them").
    func actionPhrase(from k: Int) -> String? {
        var k = k
        while let w = word(k), has(k, .adverb) || Self.actionSkipped.contains(w) { k += 1 }
        guard let verb = word(k), verb.allSatisfy({ $0.isLetter || $0 == "-" }), !L.firstPerson.contains(verb),
            !L.determiners.contains(verb), !L.theyWords.contains(verb), !L.youWords.contains(verb),
            !L.absolutes.contains(verb)
        else { return nil }
        let particle = word(k + 1).flatMap { BlameCoach.particles.contains($0) ? $0 : nil }
        guard let g = Reframes.gerund(verb, particle: particle) else { return nil }
        var rest: [String] = []
        var j = k + (particle == nil ? 1 : 2)
        while let w = word(j), clauses[j] == clauses[k], rest.count < 7 {
            if !Self.actionDropped.contains(w) { rest.append(tokens.raw(j) + (tokens[j].possessive ? "'s" : "")) }
            j += 1
        }
        return ([g] + rest).joined(separator: " ")
    }

    /// "Sales" / "Marketing" when known, else "the other side" (never "They" or "Marketing's").
    func partyName(_ m: PartyMention) -> String {
        if let team = m.team { return team.label }
        return "the other side"
    }

    /// A reframe context naming `party` (by default ``firstPartyName``).
    func context(_ word: String? = nil, verb: String? = nil, party: String?? = .none) -> ReframeContext {
        ReframeContext(party: party ?? firstPartyName, word: word, verb: verb)
    }

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
        if let words = JudgementLexicon.phraseIndex.first(in: self, at: k), let category = JudgementLexicon.phraseCategory[words] {
            return (words.joined(separator: " "), category)
        }
        if let w = word(k), let c = JudgementLexicon.verbForms[w], !negated(before: k) { return (w, c) }
        return nil
    }

    /// An evaluation word or phrase at `k` ("a disaster", "made up", "full of errors"), if any.
    func evaluation(at k: Int) -> String? {
        if let w = word(k), has(k, .evaluationWord) { return w }
        if let p = JudgementLexicon.evaluationPhrasesIndex.first(in: self, at: k) {
            // Phrases count only as a predicate: after a copula, possibly with an adverb between.
            var b = k - 1
            while let x = word(b), has(b, .adverb) || ["a", "an", "complete", "total", "absolute", "utter"].contains(x) {
                b -= 1
            }
            if let c = word(b), ["is", "are", "was", "were", "'s", "been", "be", "it's", "that's"].contains(c) {
                return p.joined(separator: " ")
            }
        }
        return nil
    }

    /// Every registered rule's signals; each rule counts once, with its strongest signal.
    func signals(rules: [any CoachRule] = CoachRules.all) -> [Signal] {
        rules.compactMap { $0.signals(in: self).max { $0.weight < $1.weight } }
    }

    /// Each registered rule's strongest signal, in registry order (nil where a rule found none).
    func ruleSignals() -> [Signal?] {
        CoachRules.all.map { $0.signals(in: self).max { $0.weight < $1.weight } }
    }

    /// The flag: when the rules' signals add up to the threshold, or else when the model
    /// (`CoachModel`) is confident enough. The rules' strongest pattern gives the reason.
    func flag(model: CoachModel? = .trained) -> CoachFlag? {
        let perRule = ruleSignals()
        let found = perRule.compactMap { $0 }
        let score = found.reduce(0) { $0 + $1.weight }
        if let model {
            // The model decides with the rules (their signals are among its features); the rules explain.
            let scored = model.score(self, signals: perRule)
            let p = scored.probability
            if score >= BlameCoach.threshold {
                guard p >= model.rulesFloor else { return nil }
            } else {
                guard p >= model.threshold else { return nil }
                return model.flag(self, signals: perRule, score: scored)
            }
        } else {
            guard score >= BlameCoach.threshold else { return nil }
        }
        let lead =
            found.filter { $0.weight > 0 && ($0.pattern != .negativeAgent || !$0.cue.hasPrefix("other-agent:")) }.min {
                $0.pattern < $1.pattern
            }
            ?? found.min { $0.pattern < $1.pattern }!
        return CoachFlag(
            reason: Reframes.reason(lead.pattern, lead.context),
            suggestion: Reframes.suggestion(lead.pattern, lead.context),
            cues: found.map(\.cue))
    }
}
