/// +2 for the other side named as the culprit: "Sales is the bottleneck", "the reps are the reason…".
struct CulpritRule: CoachRule {
    let fires: [CoachExample] = ["Sales is the bottleneck.", "The reps are the real reason we missed.", "Marketing is the problem here."]
    let passes: [CoachExample] = ["The form is the bottleneck.", "We are the bottleneck.", "Sales is the team we talk to most."]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            let k = m.end + 1
            guard let w = a.word(k), ["is", "are", "was", "were", "'s"].contains(w) else { continue }
            var n = k + 1
            while let x = a.word(n), ["the", "a", "real", "only", "main", "whole", "biggest", "one"].contains(x) { n += 1 }
            if let noun = a.word(n), CoachLexicon.culpritNouns.contains(noun) {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "culprit:\(noun)", context: a.context(noun, party: a.partyName(m)))]
            }
        }
        return []
    }
}
