/// +1 for a weak negative in the other side's clause ("keeps", "promised", "confused", "forgot") or a
/// habitual negation of a cooperative verb ("don't listen", "won't share").
struct WeakNegativeRule: CoachRule {
    let fires: [CoachExample] = [
        "Marketing keeps moving the launch.", "The reps don't listen to the customer.", "Sales won't share the notes.",
    ]
    let passes: [CoachExample] = ["I keep moving the launch.", "The reps listen to the customer.", "Customers don't listen to voicemail."]

    private typealias L = CoachLexicon

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            var k = m.end + 1
            while k < a.tokens.count, a.clauses[k] == a.clauses[m.start] {
                let w = a.tokens.text(k)
                if L.weakNegatives.contains(w) {
                    return [
                        BlameSignal(pattern: .negativeAgent, weight: 1, cue: "negative:\(w)", context: a.context(w, party: a.partyName(m)))
                    ]
                }
                if w == "without", let n = a.word(k + 1),
                    ["telling", "asking", "warning", "notice", "consulting", "checking", "a", "any", "saying", "letting"].contains(n),
                    n != "a" && n != "any"
                        || ["word", "warning", "heads-up", "notice", "discussion", "explanation"].contains(a.word(k + 2) ?? "")
                {
                    return [
                        BlameSignal(
                            pattern: .negativeAgent, weight: 1, cue: "negative:without \(n)",
                            context: a.context("without \(n)", party: a.partyName(m)))
                    ]
                }
                if L.habitualNegations.contains(w) {
                    var v = k + 1
                    while let x = a.word(v), BlameCoach.adverbs.contains(x) || x == "to" { v += 1 }
                    if let verb = a.word(v), L.cooperativeVerbs.contains(verb) {
                        return [
                            BlameSignal(
                                pattern: .negativeAgent, weight: 1, cue: "habitual-negation:\(w) \(verb)",
                                context: a.context("\(w) \(verb)", party: a.partyName(m)))
                        ]
                    }
                }
                k += 1
            }
        }
        return []
    }
}
