/// +2 for blame carried by a noun: a fault noun owned by the other side ("Marketing's sloppiness",
/// "the reps' lack of effort", "their carelessness") or fault placed with them ("the blame lies with
/// the brand team", "the failure sat with Sales", "it comes down to the reps").
struct BlameNounRule: CoachRule {
    let fires: [CoachExample] = [
        "Their carelessness cost us the account.", "The failure sat with their team.", "Marketing's sloppiness lost us the renewal.",
        "The responsibility for the slip rests with Sales.", "The reps' lack of effort killed the launch.",
    ]
    let passes: [CoachExample] = [
        "Our carelessness cost us the account.", "The failure sat with our tracking.", "Sales' lack of headcount is a known gap.",
        "The failure of the pilot taught us a lot.",
    ]

    /// Nouns of fault and failings of people.
    static let faultNouns: Set<String> = [
        "carelessness", "sloppiness", "laziness", "incompetence", "arrogance", "negligence", "indifference", "apathy",
        "disorganisation", "disorganization", "disregard", "stubbornness", "ignorance", "complacency", "neglect",
        "inaction", "ineptitude", "greed", "ego", "egos", "attitude", "excuses", "excuse", "mistakes", "screw-up",
        "screwups", "blunder", "blunders", "failure", "failures", "mess", "incompetency", "dithering", "foot-dragging",
    ]
    /// "lack of" + these are failings, not resources ("lack of effort", not "lack of headcount").
    static let lackedVirtues: Set<String> = [
        "effort", "urgency", "focus", "discipline", "care", "interest", "respect", "follow-up", "follow-through",
        "ownership", "accountability", "clue", "idea", "sense", "discipline", "initiative", "planning", "communication", "preparation",
        "attention", "understanding", "rigour", "rigor",
    ]
    /// Verbs and links that place fault with someone: "lies with", "sat with", "comes down to".
    /// ``placements`` indexed by first word.
    static let placementsIndex = PhraseIndex(placements, wildcards: false, starts: .placementStart)
    static let placements: [[String]] = [
        ["lies", "with"], ["lay", "with"], ["lie", "with"], ["sits", "with"], ["sat", "with"], ["rests", "with"],
        ["rested", "with"], ["comes", "down", "to"], ["came", "down", "to"], ["is", "down", "to"], ["was", "down", "to"],
        ["squarely", "with"], ["belongs", "to"], ["is", "on"], ["was", "on"],
    ]
    /// Subjects of a placement that name fault ("the blame", "the failure", "the root cause").
    static let placedNouns: Set<String> = [
        "blame", "fault", "failure", "responsibility", "cause", "mess", "problem", "issue", "miss", "loss",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        for m in a.otherMentions where tokens[m.end].possessive || tokens.text(m.end) == "their" || tokens.text(m.end) == "your" {
            var k = m.end + 1
            while let x = a.word(k), ["own", "total", "complete", "usual", "constant", "sheer", "utter", "general"].contains(x) { k += 1 }
            guard let w = a.word(k) else { continue }
            if Self.faultNouns.contains(w) || (w == "lack" && a.word(k + 1) == "of" && Self.lackedVirtues.contains(a.word(k + 2) ?? "")) {
                return [BlameSignal(pattern: .fault, weight: 2, cue: "blame-noun:\(w)", context: a.context(w, party: a.partyName(m)))]
            }
        }
        // "Marketing has zero accountability", "the reps show no urgency".
        for m in a.agents {
            var k = m.end + 1
            while let x = a.word(k), BlameCoach.adverbs.contains(x) { k += 1 }
            guard ["has", "have", "had", "show", "shows", "showed", "shown"].contains(a.word(k) ?? ""),
                ["zero", "no", "little"].contains(a.word(k + 1) ?? ""), let v = a.word(k + 2), Self.lackedVirtues.contains(v)
            else { continue }
            return [BlameSignal(pattern: .fault, weight: 2, cue: "blame-noun:no \(v)", context: a.context(v, party: a.partyName(m)))]
        }
        for k in a.positions(.placedNoun) where !a.isOwned(clause: a.clauses[k]) {
            // "the blame for the launch lies squarely with the brand team": the placement within a few words.
            for j in k + 1..<min(k + 8, tokens.count) where a.clauses[j] == a.clauses[k] {
                guard let p = Self.placementsIndex.first(in: a, at: j) else { continue }
                var n = j + p.count
                while let x = a.word(n), ["squarely", "entirely", "firmly", "the", "with"].contains(x) { n += 1 }
                if let m = a.otherMentions.first(where: { $0.start >= j + p.count && $0.start <= n }) {
                    return [
                        BlameSignal(
                            pattern: .fault, weight: 2, cue: "blame-placed:\(p.joined(separator: " "))",
                            context: a.context(party: a.partyName(m)))
                    ]
                }
            }
        }
        return []
    }
}
