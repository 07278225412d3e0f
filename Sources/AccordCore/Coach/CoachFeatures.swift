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
/// - `lex:` the VADER sentiment lexicon (`SentimentLexicon`): strongly negative words, anywhere and in
///   a clause where the other side is mentioned.
///
/// Values are 1 for presence except the rule weights and the capped lexicon counts.
public enum CoachFeatures {
    /// Bumped whenever the definition of a feature changes; the generated model records the version it
    /// was trained with, and a test fails when they differ.
    public static let schemaVersion = 1

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
        f[score <= 0 ? "rules:none" : score == 1 ? "rules:one" : "rules:flag"] = 1
        // Structure.
        func set(_ name: String, _ on: Bool) { if on { f["s:" + name] = 1 } }
        let otherClauses = Set(a.otherMentions.map { a.clauses[$0.start] })
        set("other", !a.otherMentions.isEmpty)
        set("other-agent", !a.agents.isEmpty)
        set("other-object", a.otherMentions.contains { $0.part == .object })
        set("other-named", a.otherMentions.contains { $0.team != nil })
        set("other-pronoun-only", !a.otherMentions.isEmpty && a.otherMentions.allSatisfy { $0.team == nil })
        set("you", a.otherMentions.contains { CoachLexicon.youWords.contains(a.tokens[$0.start].text) })
        set("own", a.mentions.contains { $0.side == .own })
        set("own-agent", a.mentions.contains { $0.side == .own && $0.part == .agent })
        set("joint", a.mentions.contains { $0.part == .joint })
        set("first-person", a.tokens.contains { CoachLexicon.firstPerson.contains($0.text) })
        set("owned-first-clause", a.tokens.first.map { a.isOwned(clause: a.clauses[0]) && !$0.isPunctuation } ?? false)
        set("system-subject", a.tokens.first != nil && a.isSystemSubject(clause: a.clauses[0]))
        set("other-first-clause", a.otherMentions.contains { a.clauses[$0.start] == a.clauses.first })
        set("other-later-clause", a.otherMentions.contains { a.clauses[$0.start] != a.clauses.first })
        set(
            "negation-other-clause",
            a.tokens.indices.contains { otherClauses.contains(a.clauses[$0]) && CoachLexicon.negations.contains(a.tokens[$0].text) })
        set("negation", a.tokens.contains { CoachLexicon.negations.contains($0.text) })
        set("hedged", a.hedged)
        set("question", a.tokens.contains { $0.text == "?" })
        set("exclamation", a.tokens.contains { $0.text == "!" })
        set("bad-outcome", a.hasBadOutcome)
        set("many-clauses", Set(a.clauses).count >= 4)
        // Sentiment lexicon.
        var negatives = 0
        var negativesNearOther = 0
        for (k, t) in a.tokens.enumerated() where !t.isPunctuation && SentimentLexicon.isNegative(t.text) {
            negatives += 1
            if otherClauses.contains(a.clauses[k]) { negativesNearOther += 1 }
        }
        if negatives > 0 { f["lex:negative"] = Double(min(negatives, 3)) }
        if negativesNearOther > 0 { f["lex:negative-other-clause"] = Double(min(negativesNearOther, 3)) }
        // Words.
        var previous: String? = nil
        for w in normalisedWords(a) {
            guard let w else {
                previous = nil
                continue
            }
            f["u:" + w] = 1
            if let previous { f["b:" + previous + " " + w] = 1 }
            previous = w
        }
        return f
    }

    /// The statement's words with party mentions replaced by placeholders; nil marks a boundary
    /// (punctuation other than "?" and "!"), across which no bigram is formed.
    static func normalisedWords(_ a: BlameAnalysis) -> [String?] {
        var out: [String?] = []
        out.reserveCapacity(a.tokens.count)
        var mentionAt: [Int: PartyMention] = [:]
        for m in a.mentions { mentionAt[m.start] = m }
        var i = 0
        while i < a.tokens.count {
            if let m = mentionAt[i] {
                out.append(m.part == .joint ? "<joint>" : m.side == .other ? "<other>" : "<own>")
                i = max(i, m.end) + 1
                continue
            }
            let t = a.tokens[i]
            if t.isPunctuation {
                out.append(t.text == "?" || t.text == "!" ? t.text : nil)
            } else if t.text.first?.isNumber == true {
                out.append("<num>")
            } else {
                out.append(t.text)
            }
            i += 1
        }
        return out
    }
}
