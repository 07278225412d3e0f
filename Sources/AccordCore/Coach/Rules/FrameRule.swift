/// +2 for a fixed frame with a slot for the other side, rather than a judging word: "That's Marketing
/// for you", "Leave it to Sales to…", "Trust Marketing to…", "No thanks to Sales", "Typical Sales",
/// "Classic Marketing", "Sales being Sales", "What else is new with the reps…".
///
/// Each frame needs the other side in its slot, so "I trust Marketing to run it" (not clause-initial)
/// and "Let's leave it to Marketing to pick the venue" (a proposal) pass.
struct FrameRule: CoachRule {
    let fires: [CoachExample] = [
        "That's Marketing for you.", "Leave it to Sales to lose the list.", "No thanks to Sales, the launch worked.",
        "Sales being Sales, nobody called.",
    ]
    let passes: [CoachExample] = [
        "I trust Marketing to run it.", "Let's leave it to Marketing to pick the venue.", "That's the plan for you and me.",
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] { a.frameSignals() }
}

extension BlameAnalysis {
    /// Openers whose slot is filled by the other side right after them: "typical Sales", "no thanks to Marketing".
    /// ``slotOpeners`` indexed by first word.
    static let slotOpenersIndex = PhraseIndex(slotOpeners, wildcards: false, starts: .slotOpenerStart)
    static let slotOpeners: [[String]] = [
        ["no", "thanks", "to"], ["typical"], ["classic"], ["that's", "so"], ["leave", "it", "to"], ["trust"],
        ["count", "on"], ["rely", "on"],
    ]
    /// Openers that must start their clause (imperative sarcasm), not follow a subject ("I trust…").
    private static let clauseInitialOpeners: Set<String> = ["leave", "trust", "count", "rely"]
    /// Exasperated "nothing new" frames that need the other side anywhere in the statement.
    /// ``nothingNew`` indexed by first word.
    static let nothingNewIndex = PhraseIndex(nothingNew, wildcards: false, starts: .nothingNewStart)
    static let nothingNew: [[String]] = [
        ["what", "else", "is", "new"], ["what's", "new", "there"], ["same", "old"], ["here", "we", "go", "again"],
    ]

    /// The words "that's Marketing for you" starts from.
    static let forYouOpeners: Set<String> = ["that's", "that", "it's"]

    /// Frame signals; see ``FrameRule``.
    fileprivate func frameSignals() -> [Signal] {
        var out: [Signal] = []
        let others = otherMentions
        guard !others.isEmpty else { return out }
        func ctx(_ w: String, _ m: PartyMention?) -> ReframeContext {
            ReframeContext(party: m.map(partyName) ?? others.first.map(partyName), word: w, verb: nil)
        }
        for k in tokens.indices where !tokens[k].isPunctuation {
            let clauseStart = k == 0 || tokens[k - 1].isPunctuation || clauses[k - 1] != clauses[k]
            // "That's Marketing for you", "that's the reps for you".
            if has(k, .forYouOpener),
                let m = others.first(where: { $0.start > k && $0.start <= k + 3 }), word(m.end + 1) == "for", word(m.end + 2) == "you"
            {
                out.append(
                    Signal(
                        pattern: .sarcasm, weight: 2, cue: "frame:that's-them-for-you", context: ctx("that's \(partyName(m)) for you", m)))
            }
            if let p = Self.slotOpenersIndex.first(in: self, at: k),
                let m = others.first(where: { $0.start == k + p.count || ($0.start == k + p.count + 1 && word(k + p.count) == "old") }),
                !Self.clauseInitialOpeners.contains(p[0]) || (clauseStart && word(m.end + 1) == "to")
            {
                let text = p.joined(separator: " ")
                out.append(Signal(pattern: .sarcasm, weight: 2, cue: "frame:\(text)", context: ctx("\(text) \(partyName(m))", m)))
            }
            // "Sales being Sales", "Marketing will be Marketing".
            if let m = others.first(where: { $0.start == k }), let team = m.team,
                let n = others.first(where: {
                    $0.team == team
                        && ($0.start == m.end + 2 && word(m.end + 1) == "being"
                            || $0.start == m.end + 3 && word(m.end + 1) == "will" && word(m.end + 2) == "be")
                })
            {
                out.append(
                    Signal(
                        pattern: .sarcasm, weight: 2, cue: "frame:them-being-them", context: ctx("\(partyName(m)) being \(partyName(n))", m)
                    ))
            }
            if let p = Self.nothingNewIndex.first(in: self, at: k) {
                out.append(
                    Signal(
                        pattern: .sarcasm, weight: 2, cue: "frame:\(p.joined(separator: " "))", context: ctx(p.joined(separator: " "), nil))
                )
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.cue).inserted }
    }
}
