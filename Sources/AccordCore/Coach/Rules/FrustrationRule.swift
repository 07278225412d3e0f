/// +2 for the speaker's frustration aimed at the other side: "I'm tired of / sick of / fed up with
/// Sales…", "I'm done chasing Marketing for…". Needs a first-person subject and the party within a few
/// words: "I'm fed up with our approval process" and "I'm done with the old deck" pass.
struct FrustrationRule: CoachRule {
    let fires: [CoachExample] = ["I'm tired of Sales making excuses.", "We're done chasing Marketing for the list."]
    let passes: [CoachExample] = ["I'm fed up with our approval process.", "I'm done with the old deck."]

    /// Phrases of the speaker's frustration; the other side follows within a few words.
    /// ``frustrationPhrases`` indexed by first word.
    static let frustrationPhrasesIndex = PhraseIndex(frustrationPhrases, wildcards: false, starts: .frustrationPhraseStart)
    static let frustrationPhrases: [[String]] = [
        ["tired", "of"], ["sick", "of"], ["fed", "up", "with"], ["fed", "up", "of"], ["had", "enough", "of"],
        ["done", "chasing"], ["done", "waiting", "for"], ["sick", "and", "tired", "of"], ["tired", "of", "chasing"],
        ["sick", "of", "chasing"], ["done", "with"], ["over", "it", "with"], ["had", "it", "with"],
        ["had", "it", "up", "to", "here", "with"], ["losing", "patience", "with"], ["lost", "patience", "with"],
    ]
    /// Words allowed between a frustration phrase and the other side ("tired of chasing the reps").
    static let frustrationFillers: Set<String> = [
        "chasing", "waiting", "for", "on", "the", "hearing", "from", "about", "all", "dealing", "with", "begging", "reminding",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let tokens = a.tokens
        let others = a.otherMentions
        guard !others.isEmpty else { return [] }
        func ctx(_ w: String, _ m: PartyMention?) -> ReframeContext {
            ReframeContext(party: m.map(a.partyName) ?? others.first.map(a.partyName), word: w, verb: nil)
        }
        for k in FrustrationRule.frustrationPhrasesIndex.candidates(in: a) where !tokens[k].isPunctuation {
            // "I'm tired of Sales making excuses", "we're done chasing Marketing for…".
            if let p = FrustrationRule.frustrationPhrasesIndex.first(in: a, at: k),
                (max(0, k - 3)..<k).contains(where: { CoachLexicon.firstPerson.contains(tokens.text($0)) || tokens.text($0) == "am" })
            {
                var j = k + p.count
                while let x = a.word(j), FrustrationRule.frustrationFillers.contains(x), j < k + p.count + 3 { j += 1 }
                if let m = others.first(where: { $0.start == j || $0.start == j - 1 && a.word(j - 1) == "the" }) {
                    return [
                        BlameSignal(
                            pattern: .frustration, weight: 2, cue: "frustration:\(p.joined(separator: " "))",
                            context: ctx(p.joined(separator: " "), m))
                    ]
                }
            }
        }
        return []
    }
}
