/// The features the coach's logistic-regression model reads (see `CoachModel` and docs/coach.md),
/// computed from the same analysis the rules use, so training and run time share one definition.
///
/// Four families, each a prefix of the feature's name:
/// - `rule:` each registered rule's strongest signal weight (`rule:MetaphorRule` = 2), and `rules:` the
///   rules' total score in bins;
/// - `s:` structural signals of `BlameAnalysis`: the other side as agent or object, own-side and joint
///   mentions, "you", the clause the other side is in, negation, a dropped hedge, a question, a bad outcome;
/// - `u:` / `b:` word unigrams and bigrams, lower-cased by the tokenizer, with the other side's mentions
///   written `<other>`, the speaker's own side `<own>`, joint mentions `<joint>` and numbers `<num>`,
///   so the model learns structure rather than team names;
/// - `o:` the same words when their sentence mentions the other side (the sentence that carries a jab
///   in a long answer is read apart from the neutral sentences around it);
/// - `lex:` the VADER sentiment lexicon (`SentimentLexicon`): strongly negative words, anywhere and in
///   a clause where the other side is mentioned.
///
/// Values are 1 for presence except the rule weights and the capped lexicon counts.
public enum CoachFeatures {
    /// Bumped whenever the definition of a feature changes; the generated model records the version it
    /// was trained with, and a test fails when they differ.
    public static let schemaVersion = 2

    /// The features of one statement, by name.
    public static func features(of statement: String, speaker: Role?) -> [String: Double] {
        let analysis = BlameAnalysis(statement: statement, speaker: speaker)
        return features(analysis, signals: analysis.ruleSignals())
    }

    /// The names of the registered rules, in registry order (`OtherAgentRule`, …).
    static let ruleNames: [String] = CoachRules.all.map { String(describing: type(of: $0)) }

    static func features(_ a: BlameAnalysis, signals: [BlameSignal?]) -> [String: Double] {
        var f: [String: Double] = [:]
        f.reserveCapacity(64)
        // Rules.
        var score = 0
        for (i, s) in signals.enumerated() {
            guard let s else { continue }
            f["rule:" + ruleNames[i]] = Double(s.weight)
            score += s.weight
        }
        f["rules:" + binNames[bin(score)]] = 1
        // Structure.
        let on = structure(a)
        for (i, name) in structureNames.enumerated() where on & (1 << i) != 0 { f["s:" + name] = 1 }
        // Sentiment lexicon.
        let (negatives, negativesNearOther) = lexiconCounts(a)
        if negatives > 0 { f["lex:negative"] = Double(negatives) }
        if negativesNearOther > 0 { f["lex:negative-other-clause"] = Double(negativesNearOther) }
        // Words.
        var previous: String? = nil
        let inOther = otherSentences(a)
        forEachNormalisedWord(a) { w, _, i in
            guard let w else {
                previous = nil
                return
            }
            f["u:" + w] = 1
            if inOther[i] { f["o:" + w] = 1 }
            if let previous { f["b:" + previous + " " + w] = 1 }
            previous = w
        }
        return f
    }

    /// The rules' score bins (`rules:none`, `rules:one`, `rules:flag`), indexed by ``bin(_:)``.
    static let binNames = ["none", "one", "flag"]

    /// The bin of the rules' total score: 0 none (≤ 0), 1 one, 2 flag (2 or more).
    static func bin(_ score: Int) -> Int { score <= 0 ? 0 : score == 1 ? 1 : 2 }

    /// The structural features (`s:` without the prefix), bit `i` of ``structure(_:)`` for the `i`th.
    static let structureNames = [
        "other", "other-agent", "other-object", "other-named", "other-pronoun-only", "you", "own", "own-agent", "joint",
        "first-person", "owned-first-clause", "system-subject", "other-first-clause", "other-later-clause",
        "negation-other-clause", "negation", "hedged", "question", "exclamation", "bad-outcome", "many-clauses",
    ]

    /// The structural features a statement has: bit `i` set for ``structureNames``[i].
    static func structure(_ a: BlameAnalysis) -> UInt32 {
        var on: UInt32 = 0
        func set(_ i: Int, _ value: Bool) { if value { on |= 1 << UInt32(i) } }
        set(0, !a.otherMentions.isEmpty)
        set(1, !a.agents.isEmpty)
        set(2, a.otherMentions.contains { $0.part == .object })
        set(3, a.otherMentions.contains { $0.team != nil })
        set(4, !a.otherMentions.isEmpty && a.otherMentions.allSatisfy { $0.team == nil })
        set(5, a.otherMentions.contains { CoachLexicon.youWords.contains(a.tokens.text($0.start)) })
        set(6, a.mentions.contains { $0.side == .own })
        set(7, a.mentions.contains { $0.side == .own && $0.part == .agent })
        set(8, a.mentions.contains { $0.part == .joint })
        // One pass over the tokens for the word tests (first person, negation, "?", "!").
        var firstPerson = false
        var negation = false
        var negationOtherClause = false
        var question = false
        var exclamation = false
        for k in a.tokens.indices {
            if a.tokens[k].isPunctuation {
                let mark = a.tokens[k].mark
                if mark == UInt8(ascii: "?") { question = true } else if mark == UInt8(ascii: "!") { exclamation = true }
                continue
            }
            if !firstPerson && a.has(k, .firstPerson) { firstPerson = true }
            if (!negation || (!negationOtherClause && !a.otherMentions.isEmpty)) && a.has(k, .negation) {
                negation = true
                if a.isOtherClause(a.clauses[k]) { negationOtherClause = true }
            }
        }
        set(9, firstPerson)
        set(10, a.tokens.first.map { a.isOwned(clause: a.clauses[0]) && !$0.isPunctuation } ?? false)
        set(11, a.tokens.first != nil && a.isSystemSubject(clause: a.clauses[0]))
        set(12, a.otherMentions.contains { a.clauses[$0.start] == a.clauses.first })
        set(13, a.otherMentions.contains { a.clauses[$0.start] != a.clauses.first })
        set(14, negationOtherClause)
        set(15, negation)
        set(16, a.hedged)
        set(17, question)
        set(18, exclamation)
        set(19, a.hasBadOutcome)
        // The number of distinct clauses: clause numbers some token has.
        set(20, a.clauseStarts.lazy.filter { $0 >= 0 }.count >= 4)
        return on
    }

    /// Strongly negative words (`SentimentLexicon`), anywhere and in a clause naming the other side,
    /// each capped at 3.
    static func lexiconCounts(_ a: BlameAnalysis) -> (anywhere: Int, nearOther: Int) {
        var negatives = 0
        var negativesNearOther = 0
        for k in a.positions(.negative) where !a.tokens[k].isPunctuation {
            negatives += 1
            if a.isOtherClause(a.clauses[k]) { negativesNearOther += 1 }
        }
        return (min(negatives, 3), min(negativesNearOther, 3))
    }

    /// Calls `body` with the statement's words in order, party mentions replaced by placeholders;
    /// nil marks a boundary (punctuation other than "?" and "!"), across which no bigram is formed.
    /// The second argument is the token's index when the word is the token's own text, else -1; the
    /// third is the index of the token the word starts at.
    static func forEachNormalisedWord(_ a: BlameAnalysis, _ body: (String?, Int, Int) -> Void) {
        for (word, token, start) in NormalisedWords(a) { body(word, token, start) }
    }

    /// The words of ``forEachNormalisedWord(_:_:)`` as a sequence of (word, token, start): a loop over
    /// it captures nothing (the model's path: a closure that changes its caller's variables had each
    /// of its accesses checked for exclusivity at run time).
    struct NormalisedWords: Sequence, IteratorProtocol {
        private let a: BlameAnalysis
        /// The mention starting at each token (the last listed when several start there).
        private var mentionAt: [Int]
        private var i = 0

        init(_ a: BlameAnalysis) {
            self.a = a
            mentionAt = [Int](repeating: -1, count: a.tokens.count)
            for (j, m) in a.mentions.enumerated() where m.start >= 0 && m.start < a.tokens.count { mentionAt[m.start] = j }
        }

        mutating func next() -> (word: String?, token: Int, start: Int)? {
            switch nextStep() {
            case nil: nil
            case .boundary(let start): (nil, -1, start)
            case .word(let w, let start): (w.text, -1, start)
            case .token(let k): (a.tokens.text(k), k, k)
            }
        }

        /// A word of the sequence that is not a token's own text: a mention's placeholder, a number's,
        /// or the marks "?" and "!" (an enumeration, so the model numbers each once per table).
        enum Word: Int, CaseIterable {
            case joint, other, own, number, question, exclamation

            /// The word.
            var text: String {
                switch self {
                case .joint: "<joint>"
                case .other: "<other>"
                case .own: "<own>"
                case .number: "<num>"
                case .question: "?"
                case .exclamation: "!"
                }
            }
        }

        /// One word of the sequence, the token's own text given by its index (no `String` handed
        /// over for it: the model reads the token's entry).
        enum Step {
            /// Punctuation other than "?" and "!", starting at the token.
            case boundary(start: Int)
            /// A placeholder or "?" / "!", starting at the token.
            case word(Word, start: Int)
            /// The token's own text.
            case token(Int)
        }

        /// The next word: ``next()`` is this with the token's text filled in.
        mutating func nextStep() -> Step? {
            guard i < a.tokens.count else { return nil }
            let start = i
            if mentionAt[i] >= 0 {
                let m = a.mentions[mentionAt[i]]
                i = Swift.max(i, m.end) + 1
                return .word(m.part == .joint ? .joint : m.side == .other ? .other : .own, start: start)
            }
            i += 1
            if a.keys[start] == CoachWordKey.punctuation {
                let t = a.tokens[start]
                return t.isMark(UInt8(ascii: "?"))
                    ? .word(.question, start: start)
                    : t.isMark(UInt8(ascii: "!")) ? .word(.exclamation, start: start) : .boundary(start: start)
            }
            if startsWithNumber(a.tokens.text(start), key: a.keys[start]) { return .word(.number, start: start) }
            return .token(start)
        }
    }

    /// The words of ``forEachNormalisedWord(_:_:)`` as an array.
    static func normalisedWords(_ a: BlameAnalysis) -> [String?] {
        var out: [String?] = []
        out.reserveCapacity(a.tokens.count)
        forEachNormalisedWord(a) { w, _, _ in out.append(w) }
        return out
    }

    /// Per token: whether its sentence (a run of tokens up to ". ! ? ;") holds the start of an
    /// other-side mention (the `o:` features). A sentence, not a clause: the words around the jab in
    /// the same sentence ("…, and we still had to chase them") carry it too.
    static func otherSentences(_ a: BlameAnalysis) -> [Bool] {
        var on = [Bool](repeating: false, count: a.tokens.count)
        guard !a.otherMentions.isEmpty else { return on }
        var starts = [Bool](repeating: false, count: a.tokens.count)
        for m in a.otherMentions where m.start >= 0 && m.start < a.tokens.count { starts[m.start] = true }
        var first = 0
        var mentioned = false
        for k in a.tokens.indices {
            if starts[k] { mentioned = true }
            let t = a.tokens[k]
            let ends =
                t.isMark(UInt8(ascii: ".")) || t.isMark(UInt8(ascii: "!")) || t.isMark(UInt8(ascii: "?"))
                || (t.isPunctuation && a.tokens.text(k) == ";")
            if ends || k == a.tokens.count - 1 {
                if mentioned { for j in first...k { on[j] = true } }
                first = k + 1
                mentioned = false
            }
        }
        return on
    }

    /// `word.first?.isNumber == true`, read from the bytes when the first character is one ASCII
    /// scalar (an ASCII byte followed by another or by nothing; `CoachFeaturesTests` checks it).
    static func startsWithNumber(_ word: @autoclosure () -> String, key: UInt64) -> Bool {
        // A packed key holds the word's ASCII bytes: the first is the first Character.
        if let first = CoachWordKey.firstByte(key) { return first >= 0x30 && first <= 0x39 }
        return startsWithNumber(word())
    }

    /// ``startsWithNumber(_:key:)`` without the key.
    static func startsWithNumber(_ word: String) -> Bool {
        let u = word.utf8
        guard let b0 = u.first else { return false }
        let i1 = u.index(after: u.startIndex)
        if b0 < 0x80, i1 == u.endIndex || u[i1] < 0x80 { return b0 >= 0x30 && b0 <= 0x39 }
        return word.first?.isNumber == true
    }
}
