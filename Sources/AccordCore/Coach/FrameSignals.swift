/// Blame carried by a fixed frame with a slot for the other side, rather than by a judging word:
/// "That's Marketing for you", "Leave it to Sales to…", "Trust Marketing to…", "No thanks to Sales",
/// "Typical Sales", "Classic Marketing", "Sales being Sales", "What else is new with the reps…", and the
/// speaker's frustration aimed at the other side: "I'm tired of / sick of / fed up with Sales…",
/// "I'm done chasing Marketing for…".
///
/// Each frame needs the other side in its slot, so "I trust Marketing to run it" (not clause-initial),
/// "Let's leave it to Marketing to pick the venue" (a proposal), "I'm fed up with our approval process"
/// (no party) and "I'm done with the old deck" pass.
extension BlameAnalysis {
    /// Openers whose slot is filled by the other side right after them: "typical Sales", "no thanks to Marketing".
    private static let slotOpeners: [[String]] = [
        ["no", "thanks", "to"], ["typical"], ["classic"], ["that's", "so"], ["leave", "it", "to"], ["trust"],
        ["count", "on"], ["rely", "on"],
    ]
    /// Openers that must start their clause (imperative sarcasm), not follow a subject ("I trust…").
    private static let clauseInitialOpeners: Set<String> = ["leave", "trust", "count", "rely"]
    /// Phrases of the speaker's frustration; the other side follows within a few words.
    private static let frustrationPhrases: [[String]] = [
        ["tired", "of"], ["sick", "of"], ["fed", "up", "with"], ["fed", "up", "of"], ["had", "enough", "of"],
        ["done", "chasing"], ["done", "waiting", "for"], ["sick", "and", "tired", "of"], ["tired", "of", "chasing"],
        ["sick", "of", "chasing"], ["done", "with"], ["over", "it", "with"],
    ]
    /// Words allowed between a frustration phrase and the other side ("tired of chasing the reps").
    private static let frustrationFillers: Set<String> = ["chasing", "waiting", "for", "on", "the", "hearing", "from", "about", "all", "dealing", "with", "begging", "reminding"]
    /// Exasperated "nothing new" frames that need the other side anywhere in the statement.
    private static let nothingNew: [[String]] = [["what", "else", "is", "new"], ["what's", "new", "there"], ["same", "old"], ["here", "we", "go", "again"]]

    /// Frame and frustration signals; see the type comment.
    func frameSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        guard !others.isEmpty else { return out }
        func ctx(_ w: String, _ m: PartyMention?) -> ReframeContext {
            ReframeContext(party: m.map(partyName) ?? others.first.map(partyName), word: w, verb: nil)
        }
        for k in tokens.indices where !tokens[k].isPunctuation {
            let clauseStart = k == 0 || tokens[k - 1].isPunctuation || clauses[k - 1] != clauses[k]
            // "That's Marketing for you", "that's the reps for you".
            if ["that's", "that", "it's"].contains(tokens[k].text),
               let m = others.first(where: { $0.start > k && $0.start <= k + 3 }), word(m.end + 1) == "for", word(m.end + 2) == "you" {
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "frame:that's-them-for-you", context: ctx("that's \(partyName(m)) for you", m)))
            }
            if let p = Self.slotOpeners.first(where: { matches($0, at: k) }),
               let m = others.first(where: { $0.start == k + p.count || ($0.start == k + p.count + 1 && word(k + p.count) == "old") }),
               !Self.clauseInitialOpeners.contains(p[0]) || (clauseStart && word(m.end + 1) == "to") {
                let text = p.joined(separator: " ")
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "frame:\(text)", context: ctx("\(text) \(partyName(m))", m)))
            }
            // "Sales being Sales", "Marketing will be Marketing".
            if let m = others.first(where: { $0.start == k }), let team = m.team,
               let n = others.first(where: { $0.team == team && ($0.start == m.end + 2 && word(m.end + 1) == "being"
                    || $0.start == m.end + 3 && word(m.end + 1) == "will" && word(m.end + 2) == "be") }) {
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "frame:them-being-them", context: ctx("\(partyName(m)) being \(partyName(n))", m)))
            }
            if let p = Self.nothingNew.first(where: { matches($0, at: k) }) {
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "frame:\(p.joined(separator: " "))", context: ctx(p.joined(separator: " "), nil)))
            }
            // "I'm tired of Sales making excuses", "we're done chasing Marketing for…".
            if let p = Self.frustrationPhrases.first(where: { matches($0, at: k) }),
               (max(0, k - 3)..<k).contains(where: { CoachLexicon.firstPerson.contains(tokens[$0].text) || tokens[$0].text == "am" }) {
                var j = k + p.count
                while let x = word(j), Self.frustrationFillers.contains(x), j < k + p.count + 3 { j += 1 }
                if let m = others.first(where: { $0.start == j || $0.start == j - 1 && word(j - 1) == "the" }) {
                    out.append(Signal(pattern: .frustration, weight: 2, cue: "frustration:\(p.joined(separator: " "))", context: ctx(p.joined(separator: " "), m)))
                }
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.cue).inserted }
    }
}
