/// +2 for an idiom of incompetence about the other side (`CoachLexicon.incompetenceIdioms`), when the
/// other side is named in the statement.
struct IdiomRule: CoachRule {
    let fires: [CoachExample] = ["Marketing couldn't run a webinar to save their lives."]
    let passes: [CoachExample] = ["I couldn't fix the form to save my life."]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        guard !a.otherMentions.isEmpty else { return [] }
        for k in CoachLexicon.incompetenceIdiomsIndex.candidates(in: a) where !a.tokens[k].isPunctuation {
            if let p = CoachLexicon.incompetenceIdiomsIndex.first(in: a, at: k) {
                let text = p.joined(separator: " ")
                return [BlameSignal(pattern: .judgement, weight: 2, cue: "idiom:\(text)", context: a.context(text))]
            }
        }
        return []
    }
}
