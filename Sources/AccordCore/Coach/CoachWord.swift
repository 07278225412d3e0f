/// A word a rule compares tokens with, its key computed once: ``matches(_:at:)`` is `a.word(k) == text`,
/// decided by the keys (`CoachWordKey.same`) instead of comparing strings at every token.
struct CoachWord: Sendable {
    let text: String
    let key: UInt64

    init(_ text: String) {
        self.text = text
        key = CoachWordKey.of(text)
    }

    /// Whether the token at `k` of `a` is a word equal to ``text`` (false out of range or for punctuation).
    @inline(__always)
    func matches(_ a: BlameAnalysis, at k: Int) -> Bool {
        k >= 0 && k < a.tokens.count && a.keys[k] != CoachWordKey.punctuation && CoachWordKey.same(a.keys[k], a.tokens.text(k), key, text)
    }
}

extension Array where Element == CoachWord {
    /// `map(\.text).contains(a.word(k))`, by keys.
    @inline(__always)
    func matches(_ a: BlameAnalysis, at k: Int) -> Bool { contains { $0.matches(a, at: k) } }
}
