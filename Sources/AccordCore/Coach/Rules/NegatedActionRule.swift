/// The other side as the grammatical subject of a negative-polarity verb: "Sales didn't call the
/// attendees", "Marketing failed to send the list", "the reps won't use the new deck", "Sales lost the
/// list". In a retrospective, naming the other team as the one who did not do something is
/// blame-framing even without a judging word, so it adds +1 to the agent's +1.
///
/// It does not fire for the speaker or their own team, for customers or systems as subjects, for joint
/// subjects ("Marketing and I both missed…"), for reported speech ("the reps said they couldn't find…"),
/// for a lack rather than an act ("Sales didn't get the list", "Marketing didn't know"), for numbers
/// ("Sales lost 3 deals to Acme"), or in proposals and open questions ("Could Sales…", "What would help…").
struct NegatedActionRule: CoachRule {
    let fires: [CoachExample] = [
        "Sales didn't call the attendees.", "Marketing failed to send the list.", "The reps won't use the new deck.",
    ]
    let passes: [CoachExample] = [
        "Sales didn't get the list.", "The reps said they couldn't find the deck.", "Sales lost 3 deals to Acme.",
        "Could Sales call the attendees?", "I didn't call the attendees.",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] { a.negatedActionSignal().map { [$0] } ?? [] }
}

extension BlameAnalysis {
    /// Negating auxiliaries that can follow the subject directly ("didn't", "never", "can't").
    static let negatingAuxiliaries: Set<String> = [
        "didn't", "never", "won't", "wouldn't", "can't", "cannot", "couldn't", "doesn't", "don't", "hasn't",
        "haven't", "hadn't",
    ]
    /// Auxiliaries that a following "not" negates ("did not", "could not").
    static let auxiliariesBeforeNot: Set<String> = ["did", "does", "do", "will", "would", "could", "can", "has", "have", "had"]
    /// Habitual or modal negations, where even "get" characterises ("they just don't get it").
    static let characterisingNegations: Set<String> = ["don't", "doesn't", "won't", "can't", "cannot", "never"]
    /// Verbs of failing, by lemma, as they appear after the subject; "to"-verbs need a following "to".
    static let failureVerbs: Set<String> = [
        "ignored", "ignores", "missed", "misses", "skipped", "skips", "dropped", "drops", "lost", "loses",
        "forgot", "forgets", "neglected", "neglects", "refused", "refuses", "failed", "fails",
    ]
    /// Verbs of failing that only count when followed by "to" ("failed to send", not "failed").
    static let failureToVerbs: Set<String> = ["failed", "fails", "refused", "refuses", "neglected", "neglects", "forgot", "forgets"]
    /// Reporting verbs: "the reps said they couldn't find…" reports their words rather than blaming.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "mentioned", "explained", "admitted", "reported", "wrote", "think", "thought",
        "felt", "feel", "asked", "warned", "flagged", "noted",
    ]
    /// Participles and verbs of perceiving or being given, besides `CoachLexicon.experiencerVerbs`:
    /// "Marketing hasn't seen the new pricing" describes a lack, not a failure.
    static let lackVerbs: Set<String> = ["seen", "known", "gotten", "heard", "been", "received", "understood", "needed", "need", "needs"]
    /// Openers of a proposal or an open question, where a negative verb is not an accusation.
    static let proposalOpeners: Set<String> = ["could", "can", "what", "how", "would", "should", "shall", "let's", "maybe", "perhaps"]

    /// The +1 signal for the first other-side agent followed by a negated or failed action, if any.
    fileprivate func negatedActionSignal() -> Signal? {
        if tokens.lastText == "?", let f = firstContentIndex(ofClause: 0), Self.proposalOpeners.contains(tokens.text(f)) { return nil }
        if let first = tokens.firstText, Self.proposalOpeners.contains(first) { return nil }
        for a in mentions where a.side == .other && a.part == .agent && !tokens[a.end].possessive {
            if let r = word(a.start - 1), Self.reportingVerbs.contains(r) { continue }
            if let r = word(a.start - 2), Self.reportingVerbs.contains(r), word(a.start - 1) == "that" { continue }
            guard let (cue, verbIndex) = negatedVerb(after: a.end) else { continue }
            if isConsequence(of: a, negation: cue) || followedByInquiry(after: a) { continue }
            let party = partyName(a)
            let phrase = verbIndex.flatMap { actionPhrase(from: $0) }
            return Signal(
                pattern: .negatedAction, weight: 1, cue: "negated-action:\(cue)",
                context: ReframeContext(party: party, word: cue, verb: phrase))
        }
        return nil
    }

    /// Words in a later clause of the speaker's that turn a stated fact into an open inquiry
    /// ("…, and I'd like to understand what happened", "…; let's ask them together").
    static let inquiryWords: Set<String> = ["understand", "ask", "learn", "curious", "together", "let's", "find", "hear"]

    /// "The list had no titles, so the reps couldn't prioritise": inability as the result of an
    /// earlier cause ("so", "which meant", "and then") describes a consequence, not a failure.
    private func isConsequence(of a: PartyMention, negation: String) -> Bool {
        guard clauses[a.start] > 0,
            negation.hasPrefix("couldn't") || negation.hasPrefix("can't") || negation.hasPrefix("cannot")
                || negation.hasPrefix("could not") || negation.hasPrefix("can not")
        else { return false }
        var k = a.start - 1
        while k >= 0, tokens[k].isPunctuation || BlameCoach.discourseWords.contains(tokens.text(k)) && clauses[k] == clauses[a.start] {
            if ["so", "meant", "therefore", "then"].contains(tokens.text(k)) { return true }
            if tokens[k].isPunctuation { break }
            k -= 1
        }
        return k >= 1 && word(k) == "meant" && word(k - 1) == "which"
    }

    /// A later clause owned by the speaker asks or proposes ("…, and I'd like to understand what happened"):
    /// the statement already has the blame-free shape, fact first and then a question.
    private func followedByInquiry(after a: PartyMention) -> Bool {
        tokens.indices.contains {
            clauses[$0] > clauses[a.start] && has($0, .inquiryWord) && (isOwned(clause: clauses[$0]) || tokens.text($0) == "let's")
        }
    }

    /// Perfect auxiliaries skipped before the main verb.
    static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// The negative verb right after the subject ending at `end` ("didn't send", "failed to", "lost"),
    /// with the index of the main verb, skipping adverbs ("just", "completely") and perfect "has/had".
    private func negatedVerb(after end: Int) -> (String, Int?)? {
        var k = end + 1
        let perfect = Self.perfectAuxiliaries
        while let w = word(k) {
            if BlameCoach.adverbs.contains(w) && w != "never" {
                k += 1
                continue
            }
            // "Sales has dropped…", "Marketing had never…"; other uses of "has/had" are not this pattern.
            if perfect.contains(w), let n = word(k + 1), Self.failureVerbs.contains(n) || n == "never" {
                k += 1
                continue
            }
            break
        }
        guard let w = word(k) else { return nil }
        var neg: String? = nil
        var next = k + 1
        if Self.negatingAuxiliaries.contains(w) {
            neg = w
        } else if Self.auxiliariesBeforeNot.contains(w), word(k + 1) == "not" {
            neg = w + " not"
            next = k + 2
        }
        if let neg {
            while let x = word(next), BlameCoach.adverbs.contains(x) || x == "even" { next += 1 }
            guard let verb = word(next) else { return nil }
            // "never been told", "never a priority"
            if ["be", "been", "is", "was", "a", "the", "to", "one", "once"].contains(verb) { return nil }
            let characterising = Self.characterisingNegations.contains(neg)
            let clue = (word(next + 1) == "a" && word(next + 2) == "clue") || word(next + 1) == "it"
            if CoachLexicon.experiencerVerbs.contains(verb) || Self.lackVerbs.contains(verb), !(characterising && verb.hasPrefix("get")),
                !clue
            {
                return nil
            }
            return ("\(neg) \(verb)", next)
        }
        if Self.failureVerbs.contains(w) {
            if Self.failureToVerbs.contains(w) {
                guard word(k + 1) == "to" else { return nil }
                return ("\(w) to", k + 2)
            }
            if let n = word(k + 1), n.first?.isNumber == true { return nil }  // "Sales lost 3 deals to Acme"
            return (w, nil)
        }
        return nil
    }
}
