/// −1 when the speaker names their own or a system cause: "because our email bounced", "due to the CRM".
struct OwnOrSystemCauseRule: CoachRule {
    let fires: [CoachExample] = ["The reps couldn't call because our list had no numbers.", "Leads were lost due to the CRM sync."]
    let passes: [CoachExample] = ["We lost the deal because of Marketing's late deck.", "The deal slipped."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for k in L.causalLinksIndex.candidates(in: a) {
            guard let link = L.causalLinksIndex.longest(in: a, at: k) else { continue }
            var n = k + link.count
            while let x = a.word(n), L.determiners.contains(x) { n += 1 }
            if let x = a.word(n), L.firstPerson.contains(x) || L.systemWords.contains(x) || L.systemWords.contains(a.word(n + 1) ?? "") {
                return [BlameSignal(pattern: .negativeAgent, weight: -1, cue: "own-or-system-cause", context: a.context())]
            }
        }
        return []
    }
}
