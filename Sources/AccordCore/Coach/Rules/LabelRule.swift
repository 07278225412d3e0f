/// +2 for contemptuous labels for people: "the so-called strategists", "those hotshots on the sales
/// floor", "the know-it-alls upstairs", "bean counters". Not after "my" / "our".
struct LabelRule: CoachRule {
    let fires: [CoachExample] = [
        "The so-called strategists upstairs have never met a customer.", "Those hotshots on the sales floor think they know everything.",
    ]
    let passes: [CoachExample] = ["Our so-called process needs work.", "The strategists upstairs met a customer last week."]

    /// Labels, "*" matching any one word.
    static let labels: [[String]] = [
        ["so-called"], ["so", "called"], ["hotshots"], ["hot-shots"], ["know-it-alls"], ["prima", "donnas"], ["bean", "counters"],
        ["bean-counters"], ["pencil", "pushers"], ["pencil-pushers"], ["muppets"], ["jokers"], ["clowns"], ["cowboys"],
        ["think", "they", "know", "everything"], ["think", "they", "know", "better"], ["think", "they're", "above"],
        ["think", "they're", "special"], ["geniuses", "in"], ["geniuses", "over"], ["wizards", "in"], ["divas"],
    ]

    static let index = PhraseIndex(labels, starts: .labelStart)

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for k in Self.index.candidates(in: a) where !a.tokens[k].isPunctuation {
            guard let p = Self.index.first(in: a, at: k), !["my", "our"].contains(a.word(k - 1) ?? ""),
                !a.negated(before: k)
            else { continue }
            let text = p.joined(separator: " ")
            return [BlameSignal(pattern: .insult, weight: 2, cue: "label:\(text)", context: a.context(text))]
        }
        return []
    }
}
