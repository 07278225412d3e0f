/// +1 for a comparison that sets the speaker's side above the other: "unlike us, the reps…", "at
/// least we…". Needs the other side in the statement.
struct ComparisonRule: CoachRule {
    let fires: [CoachExample] = ["Unlike us, the reps don't even look at the data.", "At least we read the brief, unlike Marketing."]
    let passes: [CoachExample] = ["At least we tried the new form.", "Unlike last year, the event sold out."]

    /// Comparisons that set the speaker's side above the other ("unlike us, they…").
    /// ``comparisons`` indexed by first word.
    static let comparisonsIndex = PhraseIndex(comparisons, starts: .comparisonStart)
    static let comparisons: [[String]] = [
        ["unlike", "us"], ["unlike", "our"], ["unlike", "we"], ["at", "least", "we"], ["at", "least", "our"],
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        guard !a.otherMentions.isEmpty else { return [] }
        for k in Self.comparisonsIndex.candidates(in: a) where Self.comparisonsIndex.contains(in: a, at: k) {
            return [BlameSignal(pattern: .sarcasm, weight: 1, cue: "comparison", context: a.context("unlike us"))]
        }
        return []
    }
}
