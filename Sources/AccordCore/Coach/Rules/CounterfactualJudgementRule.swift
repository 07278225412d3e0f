/// +2 for the other side's work judged through a counterfactual: "with decent leads we'd have hit
/// plan", "had the reps called back, we'd have closed it", "any competent marketing team would have
/// caught it", "a sales team that read its email would've known". The speaker's own or a system's
/// counterfactual passes ("with a better form, we'd have…", "had we known…").
struct CounterfactualJudgementRule: CoachRule {
    let fires: [CoachExample] = [
        CoachExample("With decent leads we'd have hit plan.", speaker: .sales), "Had the reps called back, we'd have closed it.",
        "Any competent marketing team would have caught that.", "A sales team that cared would have read the brief.",
        "With proper targeting from Marketing we'd be ahead.",
    ]
    let passes: [CoachExample] = [
        "With a better form, we'd have captured more.", "Had we known about the promo, we would have waited.",
        "With decent weather the event would have been packed.", "With a bigger budget we'd have run two webinars.",
    ]

    /// Adjectives that, after "with", imply the thing was missing or poor ("with decent leads").
    static let qualityAdjectives: Set<String> = [
        "decent", "proper", "half-decent", "competent", "real", "actual", "usable", "qualified", "sensible", "reasonable",
        "halfway", "working", "reliable", "accurate", "timely", "honest", "serious",
    ]
    /// What the other side delivers: a counterfactual about these judges them.
    static let outputNouns: Set<String> = [
        "leads", "lead", "targeting", "content", "messaging", "support", "briefs", "brief", "follow-up", "data", "lists",
        "list", "collateral", "campaigns", "campaign", "feedback", "forecasts", "forecast", "notes", "qualification",
        "handoffs", "handovers", "input", "reps", "marketing", "sales", "marketers", "salespeople", "mqls", "sqls",
    ]
    /// Adjectives that, after "any", make a team an implied standard ("any competent team would…").
    static let standardAdjectives: Set<String> = [
        "competent", "decent", "half-decent", "proper", "self-respecting", "real", "functioning", "normal", "serious", "professional",
    ]
    static let conditionalMain: Set<String> = [
        "would", "wouldn't", "we'd", "i'd", "would've", "could've", "wouldn't've", "they'd", "it'd", "could", "couldn't",
    ]

    /// Every word a branch of ``signals(in:)`` starts from.
    static let triggers: Set<String> = ["had", "with", "any", "a", "an"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let hasMain = { (from: Int) in (from..<tokens.count).contains { Self.conditionalMain.contains(tokens.text($0)) } }
        for k in a.positions(.counterfactualJudgementTrigger) where !tokens[k].isPunctuation {
            let w = tokens.text(k)
            // "Had the reps called…, we'd…" (inverted conditional about the other side).
            if w == "had", k == 0 || tokens[k - 1].isPunctuation,
                let m = a.otherMentions.first(where: { $0.start > k && $0.start <= k + 2 }),
                hasMain(m.end + 1)
            {
                return [
                    BlameSignal(pattern: .conditional, weight: 2, cue: "counterfactual:had-they", context: a.context(party: a.partyName(m)))
                ]
            }
            // "With decent leads (from Marketing) we'd have hit plan."
            if w == "with", k == 0 || tokens[k - 1].isPunctuation || a.clauses[k - 1] != a.clauses[k] {
                var n = k + 1
                while let x = a.word(n), ["a", "an", "some", "just", "even"].contains(x) { n += 1 }
                if Self.qualityAdjectives.contains(a.word(n) ?? "") {
                    var j = n + 1
                    while let x = a.word(j), j < n + 4, !Self.outputNouns.contains(x), !Self.conditionalMain.contains(x) { j += 1 }
                    let noun = a.word(j) ?? ""
                    let fromThem = a.otherMentions.contains { $0.start > k && $0.start <= j + 3 }
                    if Self.outputNouns.contains(noun) || fromThem, !CoachLexicon.systemWords.contains(noun), hasMain(j) {
                        return [BlameSignal(pattern: .conditional, weight: 2, cue: "counterfactual:with-decent", context: a.context(noun))]
                    }
                }
            }
            // "Any competent marketing team would have…"
            if w == "any", Self.standardAdjectives.contains(a.word(k + 1) ?? ""), hasMain(k + 2) {
                return [BlameSignal(pattern: .conditional, weight: 2, cue: "counterfactual:any-competent", context: a.context())]
            }
            // "A sales team that read its email would've known", "Give us a sales team that follows up and…"
            if ["a", "an"].contains(w), let m = a.otherMentions.first(where: { $0.start == k + 1 || $0.start == k }),
                ["that", "who", "which"].contains(a.word(m.end + 1) ?? ""), hasMain(m.end + 2)
            {
                return [
                    BlameSignal(
                        pattern: .conditional, weight: 2, cue: "counterfactual:a-team-that", context: a.context(party: a.partyName(m)))
                ]
            }
        }
        return []
    }
}
