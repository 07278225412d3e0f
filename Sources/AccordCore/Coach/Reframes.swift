/// The blaming patterns the coach recognises, strongest first, each with a reason and a reframe.
enum BlamePattern: Int, Sendable, Comparable, CaseIterable {
    case fault, accountable, conditional, causal, rhetorical, insult, judgement, absolute, sarcasm, frustration, negatedAction,
        negativeAgent

    static func < (a: BlamePattern, b: BlamePattern) -> Bool { a.rawValue < b.rawValue }
}

/// Context the reframe can use: who was named, which absolute or judgement word, the verb after it.
struct ReframeContext: Sendable {
    var party: String?
    var word: String?
    var verb: String?
}

/// Short reasons and respectful what/how reframes, specific to each pattern.
enum Reframes {
    static func reason(_ p: BlamePattern, _ c: ReframeContext) -> String {
        let who = c.party.map { "\($0)" } ?? "the other side"
        let w = c.word.map { " ('\($0 == "never-ever" ? "ever" : $0)')" } ?? ""
        switch p {
        case .fault: return "Assigns fault to \(who)"
        case .accountable: return "Calls for \(who) to be held to account"
        case .conditional: return "Blames the result on what \(who) did or didn't do (if they had…)"
        case .causal: return "Pins the outcome on \(who)\(w)"
        case .rhetorical: return "A rhetorical question that judges \(who) rather than asks"
        case .insult: return "Judges the other side or their work\(w)"
        case .judgement: return "Judges what \(who) did\(w)"
        case .absolute: return "Generalises about \(who)\(w)"
        case .sarcasm: return "Sarcastic framing aimed at \(who)\(w)"
        case .frustration: return "Aims the speaker's frustration at \(who)\(w)"
        case .negatedAction: return "Names \(who) as the ones who failed\(w)"
        case .negativeAgent: return "Describes \(who) negatively rather than what happened\(w)"
        }
    }

    static func suggestion(_ p: BlamePattern, _ c: ReframeContext) -> String {
        let who = c.party ?? "the other team"
        switch p {
        case .fault:
            return "What did I do that contributed, and what can I do differently next time?"
        case .accountable:
            return "Agree who owns it from here: what do we each commit to, by when, and how will we check?"
        case .conditional:
            return "Say what you needed and ask: what would make that possible next time, and how can we set it up together?"
        case .causal:
            return "State the facts of what happened, then ask: what in our hand-off let this happen, and what can each of us change?"
        case .rhetorical:
            if let verb = c.verb {
                return "Ask a real what/how question: what leads to \(verb), and how could we change it together?"
            }
            return "Ask a real what/how question: what makes this happen, and how could we change it together?"
        case .insult where Reframes.personInsults.contains(c.word ?? ""):
            return
                "Describe the behaviour, not the person: what exactly happened, and what might be getting in their way? Then ask \(who) what would help."
        case .insult:
            return
                "Describe what you observed (what was missing, how many) and ask: what would make it usable, and how can we get there together?"
        case .judgement:
            return
                "Describe what happened without judging intent, and ask \(who): what were you trying to achieve, and what got in the way?"
        case .absolute:
            if let verb = c.verb {
                let lack = ["never", "nobody", "nothing", "anything", "anyone", "anybody", "never-ever"].contains(c.word ?? "")
                let frame = lack ? "what gets in the way of" : "what leads to"
                return "Ask a what/how question instead: \(frame) \(verb), and what could we change together?"
            }
            return "Name one specific instance instead, then ask: what gets in the way, and what could we change together?"
        case .sarcasm:
            return "Drop the edge and state the fact plainly, then ask \(who): how did this look from your side?"
        case .frustration:
            return
                "Own the feeling and name the event, not the team: \"I felt frustrated when…\". Then ask \(who): what would make this easier next time?"
        case .negatedAction:
            return "Describe what happened without naming who failed, then ask \(who): what got in the way?"
        case .negativeAgent:
            return "Describe the observable fact, then ask \(who): what happened on your side, and what can we do differently together?"
        }
    }

    /// Insults aimed at people rather than at their work.
    static let personInsults: Set<String> = [
        "lazy", "incompetent", "clueless", "arrogant", "hopeless", "idiots", "amateurs", "careless", "sloppy", "pathetic",
    ]

    /// Words that are never a verb to turn into a gerund.
    static let gerundFunctionWords: Set<String> = [
        "who", "which", "that", "what", "where", "when", "how", "why", "of", "in", "on", "at", "for", "to",
        "with", "a", "an", "the", "and", "or", "but", "so", "not", "no", "late", "early", "too", "very",
    ]

    /// "follows up" → "follow-up"-style gerund: "following up"; "change" → "changing". Nil if not a verb.
    static func gerund(_ verb: String, particle: String?) -> String? {
        var v = verb
        if BlameCoach.irregularPast.contains(v) || Self.gerundFunctionWords.contains(v) || v.hasSuffix("ly") { return nil }
        if ["is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "be", "been"].contains(v) { return nil }
        if v.hasSuffix("ies") {
            v = String(v.dropLast(3)) + "y"
        } else if v.hasSuffix("ches") || v.hasSuffix("shes") || v.hasSuffix("sses") || v.hasSuffix("xes") {
            v = String(v.dropLast(2))
        } else if v.hasSuffix("s") && !v.hasSuffix("ss") {
            v = String(v.dropLast())
        } else if v.hasSuffix("ed") {
            return nil
        }
        if v.count < 2 { return nil }
        let vowels = Set("aeiou")
        let chars = Array(v)
        let endsInE = v.hasSuffix("e")
        if v.hasSuffix("ie") { v = String(v.dropLast(2)) + "y" } else if endsInE && !v.hasSuffix("ee") { v = String(v.dropLast()) }
        if !endsInE,
            (chars.count == 3 && !vowels.contains(chars[0]) && vowels.contains(chars[1]) && !vowels.contains(chars[2])
                && !"wxy".contains(chars[2])) || ["stop", "plan", "drop", "ship", "chat", "skip", "quit"].contains(v)
        {
            v.append(chars[chars.count - 1])
        }
        let g = v + "ing"
        if let particle { return g + " " + particle }
        return g
    }
}
