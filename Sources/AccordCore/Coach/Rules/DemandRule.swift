/// +1 for a demand aimed at the other side, right after it: "<other side> needs to / must / should
/// stop…, learn…, wake up, get its act together, take … seriously, start listening".
struct DemandRule: CoachRule {
    let fires: [CoachExample] = [
        "Marketing needs to get its act together.", "The reps must stop discounting.", "Sales should start listening.",
    ]
    let passes: [CoachExample] = [
        "We need to stop discounting.", "Marketing needs to book the venue by Friday.", "Sales should get the list on Monday.",
    ]

    /// Obligation words that, right after the other side, make a demand ("Marketing needs to…").
    /// ``obligations`` indexed by first word.
    static let obligationsIndex = PhraseIndex(obligations, starts: .obligationStart)
    static let obligations: [[String]] = [
        ["needs", "to"], ["need", "to"], ["has", "to"], ["have", "to"], ["must"], ["should"], ["ought", "to"],
        ["had", "better"], ["better"], ["has", "got", "to"], ["have", "got", "to"], ["gotta"],
    ]
    /// Verbs that turn an obligation into a demand to change behaviour ("…must stop", "…needs to wake up").
    static let demandVerbs: Set<String> = [
        "stop", "quit", "learn", "wake", "grow", "shape", "smarten", "step", "own", "pull", "respect", "get", "take",
    ]
    /// Gerunds after "start" that say the other side does not do its job ("start listening").
    static let startGerunds: Set<String> = [
        "listening", "reading", "caring", "taking", "doing", "pulling", "respecting", "following", "thinking",
        "owning", "answering", "responding", "bothering", "treating", "delivering",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            var k = m.end + 1
            while let x = a.word(k), BlameCoach.adverbs.contains(x) || ["really", "seriously", "finally"].contains(x) { k += 1 }
            guard let ob = Self.obligationsIndex.first(in: a, at: k) else { continue }
            k += ob.count
            while let x = a.word(k), BlameCoach.adverbs.contains(x) || ["really", "seriously", "finally", "to"].contains(x) { k += 1 }
            guard let v = a.word(k) else { continue }
            let startsCaring = v == "start" && Self.startGerunds.contains(a.word(k + 1) ?? "")
            let get = v != "get" || a.matchesPattern(["get", "*", "act"], at: k) || a.word(k + 1) == "real" || a.word(k + 1) == "serious"
            let take =
                v != "take" || (k + 1..<min(k + 6, a.tokens.count)).contains { a.word($0) == "seriously" || a.word($0) == "responsibility" }
            if (Self.demandVerbs.contains(v) && get && take) || startsCaring {
                return [BlameSignal(pattern: .accountable, weight: 1, cue: "demand:\(v)", context: a.context(party: a.firstPartyName))]
            }
        }
        return []
    }
}
