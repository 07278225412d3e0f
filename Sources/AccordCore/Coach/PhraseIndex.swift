/// A list of phrases indexed by their first word, so a rule tries only the phrases that can start at
/// a token instead of the whole list ("*" matches any one word; phrases starting with "*" are tried
/// everywhere). Matching returns the earliest phrase in list order, as a linear scan would.
struct PhraseIndex: Sendable {
    private let phrases: [[String]]
    private let byFirst: [String: [Int]]
    private let wildcards: [Int]

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        var byFirst: [String: [Int]] = [:]
        var wildcards: [Int] = []
        for (i, p) in phrases.enumerated() {
            guard let first = p.first else { continue }
            if first == "*" { wildcards.append(i) } else { byFirst[first, default: []].append(i) }
        }
        self.byFirst = byFirst
        self.wildcards = wildcards
    }

    /// The first phrase (in list order) that matches the words of `analysis` at `k`.
    func first(in analysis: BlameAnalysis, at k: Int) -> [String]? {
        guard let w = analysis.word(k) else { return nil }
        var best: Int? = nil
        for i in byFirst[w] ?? [] where analysis.matchesPattern(phrases[i], at: k) {
            best = i
            break
        }
        for i in wildcards where i < (best ?? Int.max) && analysis.matchesPattern(phrases[i], at: k) {
            best = i
            break
        }
        return best.map { phrases[$0] }
    }
}
