/// +2 for contrast in time that pins a decline on the other side: "everything was on track until they
/// took it over", "since Marketing stepped in, the site has gone downhill", "things went south the
/// moment Sales touched it". Needs the other side as the agent of the turning point and a good
/// "before" or a bad "after"; "since Sales took over renewals, churn has dropped" passes.
struct TimeFrameRule: CoachRule {
    let fires: [CoachExample] = [
        "Everything was on track until they took it over.", "Since Marketing stepped in, the site has gone downhill.",
        "Things went south the moment Sales touched the pricing.", "We were doing fine until Marketing got involved.",
    ]
    let passes: [CoachExample] = [
        "Since Sales took over the renewals, churn has dropped.", "Things were on track until the product release slipped.",
        "Until the reps joined the planning calls, we were guessing.", "Since Marketing joined our Monday call, handovers are smoother.",
    ]

    /// Words that open the turning point.
    /// ``turns`` indexed by first word.
    static let turnsIndex = PhraseIndex(turns, wildcards: false, starts: .turnStart)
    static let turns: [[String]] = [
        ["until"], ["till"], ["before"], ["once"], ["since"], ["ever", "since"], ["the", "moment"], ["the", "minute"],
        ["the", "second"], ["as", "soon", "as"], ["right", "up", "to", "the", "moment"], ["when"], ["after"],
    ]
    /// The state before the turn was good ("was fine", "on track", "humming").
    static let goodBefore: Set<String> = [
        "fine", "track", "humming", "healthy", "smooth", "smoothly", "well", "great", "ok", "okay", "target", "ahead",
        "working", "good", "solid", "strong", "plan", "clean", "perfect", "stable",
    ]
    /// The state after the turn is bad ("gone downhill", "fell apart", "tanked").
    /// ``badAfter`` indexed by first word.
    static let badAfterIndex = PhraseIndex(badAfter, wildcards: false, starts: .badAfterStart)
    static let badAfter: [[String]] = [
        ["downhill"], ["south"], ["sideways"], ["fell", "apart"], ["falling", "apart"], ["fallen", "apart"], ["tanked"],
        ["nowhere"], ["collapsed"], ["nosedived"], ["to", "pot"], ["down", "the", "drain"], ["to", "hell"], ["off", "the", "rails"],
        ["pear-shaped"], ["sank"], ["sunk"], ["cratered"], ["plummeted"], ["unravelled"], ["unraveled"], ["mess"], ["chaos"],
        ["wrong"], ["broke"], ["stalled"], ["dried", "up"], ["dropped", "off"],
    ]
    /// What the other side did at the turn ("took over", "got involved", "started discounting").
    static let takeovers: Set<String> = [
        "took", "taken", "take", "takes", "got", "get", "gets", "stepped", "decided", "started", "changed", "touched", "came",
        "arrived", "joined", "began", "meddled", "interfered", "rewrote", "reorganised", "reorganized", "moved", "insisted",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        for k in Self.turnsIndex.candidates(in: a) where !tokens[k].isPunctuation {
            guard let t = Self.turnsIndex.first(in: a, at: k),
                let m = a.agents.first(where: { $0.start >= k + t.count && $0.start <= k + t.count + 1 })
            else { continue }
            var v = m.end + 1
            while let x = a.word(v), BlameCoach.adverbs.contains(x) || ["had", "has", "have"].contains(x) { v += 1 }
            guard let verb = a.word(v), Self.takeovers.contains(verb) || verb.hasSuffix("ed") && verb.count > 4 else { continue }
            let before = Array(tokens.indices.filter { $0 < k })
            let after = Array(tokens.indices.filter { $0 > v })
            let goodThenBad =
                ["until", "till", "before", "right"].contains(t[0])
                && before.contains { Self.goodBefore.contains(tokens.text($0)) }
                && !before.contains { a.negated(before: $0) && Self.goodBefore.contains(tokens.text($0)) }
            let badSince =
                ["once", "since", "ever", "the", "as", "when", "after"].contains(t[0])
                && (after + before).contains { i in Self.badAfterIndex.contains(in: a, at: i) }
            if goodThenBad || badSince {
                return [
                    BlameSignal(
                        pattern: .causal, weight: 2, cue: "time-frame:\(t.joined(separator: " "))",
                        context: a.context(party: a.partyName(m)))
                ]
            }
        }
        return []
    }
}
