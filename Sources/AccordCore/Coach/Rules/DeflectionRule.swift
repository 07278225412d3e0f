/// +2 for deflection: the speaker's side disowns the problem and the other side is named — "not our
/// problem, ask Marketing", "we held up our end; the reps didn't", "that's a Sales issue", "the
/// follow-up was always the reps' job".
struct DeflectionRule: CoachRule {
    let fires: [CoachExample] = [
        "Not our department's issue, ask Marketing.", "We held up our end; Sales didn't.", "That's a Marketing issue, not ours.",
        "Don't look at us, the reps own the follow-up.", "The follow-up was always the reps' job.",
    ]
    let passes: [CoachExample] = [
        "Not our best quarter; I take my share of that.", "We held the launch until legal signed off.",
        "We did our part of the plan on time.",
        "Follow-up is the reps' job in the RACI we agreed.",
    ]

    /// Nouns a denial disowns ("not our problem").
    static let disowned: Set<String> = [
        "problem", "issue", "department", "department's", "job", "fault", "call", "area", "remit", "responsibility",
        "concern", "doing", "circus", "monkeys", "lookout", "business", "side",
    ]
    /// "we did / held up / kept our end / part / side / bit".
    static let partNouns: Set<String> = ["end", "part", "bit", "side", "share"]
    static let partVerbs: Set<String> = ["did", "held", "kept", "delivered", "done", "played", "hold", "pulled"]
    /// Nouns after a team name that make it a matter for that team ("a Sales problem").
    static let matterNouns: Set<String> = ["problem", "issue", "matter", "thing", "job", "responsibility", "mess", "call"]

    /// Words that open a denial ("not our problem").
    static let denials = ["not", "isn't", "wasn't", "never"]
    /// Every team name, either side.
    static let teamWords = CoachLexicon.salesNames.union(CoachLexicon.marketingNames)
    /// Copulas before "the reps' job".
    static let copulas = ["is", "was", "are", "were", "'s"]
    /// Every word a branch of ``signals(in:)`` starts from.
    static let triggers = Set(denials + copulas + ["don't", "on", "we", "i"]).union(teamWords)

    /// The branches' first words, compared by key: a trigger such as "on" is common, and each branch
    /// compared it with its words as strings.
    private static let denialWords = denials.map(CoachWord.init)
    private static let copulaWords = copulas.map(CoachWord.init)
    private static let dont = CoachWord("don't")
    private static let on = CoachWord("on")
    private static let weOrI = ["we", "i"].map(CoachWord.init)
    private static let teamWordSet = CoachWordSet(teamWords)

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let others = a.otherMentions
        let (denialWords, copulaWords, dont, on, weOrI) = (Self.denialWords, Self.copulaWords, Self.dont, Self.on, Self.weOrI)
        // Every branch below starts from one of these words (a class): only they are read.
        for k in a.positions(.deflectionTrigger) where !tokens[k].isPunctuation {
            let w = tokens.text(k)
            // "not our problem", "isn't our issue", "not my department".
            if denialWords.matches(a, at: k), let p = a.word(k + 1), ["our", "my"].contains(p) {
                var n = k + 2
                while let x = a.word(n), !Self.disowned.contains(x), n < k + 4 { n += 1 }
                if Self.disowned.contains(a.word(n) ?? ""), !others.isEmpty || a.word(n) == "department" || a.word(n) == "department's" {
                    return [BlameSignal(pattern: .fault, weight: 2, cue: "deflection:not-ours", context: a.context())]
                }
            }
            // "don't look at us", "don't pin this on us", "not on us" (the patterns that start with "don't",
            // and "on us" after a denial: "on" is a common word, so it is not matched against the others).
            let notUs =
                dont.matches(a, at: k)
                ? a.matchesPattern(["don't", "look", "at", "us"], at: k) || a.matchesPattern(["don't", "pin", "*", "on", "us"], at: k)
                    || a.matchesPattern(["don't", "blame", "us"], at: k)
                : on.matches(a, at: k) && a.word(k + 1) == "us" && ["not", "isn't", "wasn't"].contains(a.word(k - 1) ?? "")
            if notUs, !others.isEmpty {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "deflection:not-us", context: a.context())]
            }
            // "we held up our end; the reps didn't".
            if weOrI.matches(a, at: k), !others.isEmpty {
                var n = k + 1
                while let x = a.word(n), n < k + 4, !["our", "my"].contains(x) { n += 1 }
                let verbOK = (k + 1..<n).contains { Self.partVerbs.contains(a.word($0) ?? "") }
                if verbOK, ["our", "my"].contains(a.word(n) ?? ""), Self.partNouns.contains(a.word(n + 1) ?? ""),
                    others.contains(where: { a.clauses[$0.start] != a.clauses[k] }),
                    tokens.containsText(where: { $0.hasSuffix("n't") || ["never", "not", "but", "just"].contains($0) })
                {
                    return [BlameSignal(pattern: .fault, weight: 2, cue: "deflection:did-our-part", context: a.context())]
                }
            }
            // "that's a Marketing issue", "a Sales matter, not ours".
            if Self.teamWordSet.contains(in: a, at: k), ["a", "an"].contains(a.word(k - 1) ?? ""),
                Self.matterNouns.contains(a.word(k + 1) ?? ""),
                ["that's", "it's", "is", "was", "that"].contains(a.word(k - 2) ?? ""),
                CoachLexicon.salesNames.contains(w) ? a.speaker != .sales : a.speaker != .marketing
            {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "deflection:their-matter", context: a.context())]
            }
            // "the follow-up was always the reps' job".
            if copulaWords.matches(a, at: k),
                let m = others.first(where: { $0.start > k && $0.start <= k + 4 && tokens[$0.end].possessive }),
                ["job", "problem", "responsibility", "mess"].contains(a.word(m.end + 1) ?? "")
            {
                let emphatic = (k + 1..<m.start).contains {
                    ["always", "clearly", "obviously", "squarely", "entirely"].contains(a.word($0) ?? "")
                }
                let disowning =
                    tokens.containsText { $0 == "ours" } || a.matchesPattern(["they", "know", "it"], at: m.end + 3)
                    || tokens.containsText { $0 == "know" } && tokens.containsText { $0 == "they" }
                guard emphatic || disowning else { continue }
                return [BlameSignal(pattern: .fault, weight: 2, cue: "deflection:their-job", context: a.context(party: a.partyName(m)))]
            }
        }
        return []
    }
}
