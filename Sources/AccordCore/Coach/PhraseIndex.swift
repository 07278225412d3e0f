/// A list of phrases indexed by their first word, so a rule tries only the phrases that can start at
/// a token instead of the whole list. With `wildcards` (the default), "*" matches any one word and
/// phrases starting with "*" are tried everywhere (`BlameAnalysis.matchesPattern`); without, every
/// word is literal (`BlameAnalysis.matches`). Matching returns the earliest phrase in list order, as a
/// linear scan would: `PhraseIndexTests` compares it with `list.first(where: matches…)`.
///
/// Words are compared by ``CoachWordKey`` (integers; strings only to confirm a hashed key or for a
/// non-ASCII word); a non-ASCII token falls back to the linear scan. With `starts`, the class of the
/// phrases' first words, a token outside it is answered by one bit test (`BlameAnalysis.has`).
///
/// A class, not a struct: rules read their static indexes at every candidate token, and a struct of
/// nine arrays was retained and released, array by array, at each read.
final class PhraseIndex: Sendable {
    let phrases: [[String]]
    /// The ``CoachWordClass`` of exactly the phrases' first words (none "*" nor non-ASCII), if given.
    let starts: CoachWordClass?
    private let keys: [[UInt64]]
    let wildcards: Bool
    /// Open-addressing table: first-word key → range in `order` of the phrases starting with it.
    private let slotKeys: [UInt64]
    private let slotRanges: [Range<Int>]
    private let order: [Int]
    private let shift: UInt64
    /// Phrases tried at every token: a first word that is "*" (with wildcards) or not ASCII.
    private let everywhere: [Int]
    private static let wildcard: UInt64 = 1

    init(_ phrases: [[String]], wildcards: Bool = true, starts: CoachWordClass? = nil) {
        self.phrases = phrases
        self.wildcards = wildcards
        self.starts = starts
        let keys = phrases.map { p in p.map { wildcards && $0 == "*" ? Self.wildcard : CoachWordKey.of($0) } }
        self.keys = keys
        var byFirst: [UInt64: [Int]] = [:]
        var firstSeen: [UInt64] = []
        var everywhere: [Int] = []
        for (i, p) in keys.enumerated() {
            guard let first = p.first else { continue }
            if first == Self.wildcard || first == CoachWordKey.slow {
                everywhere.append(i)
            } else {
                if byFirst[first] == nil { firstSeen.append(first) }
                byFirst[first, default: []].append(i)
            }
        }
        let shift = CoachWordKey.tableShift(holding: firstSeen.count)
        var slotKeys = [UInt64](repeating: CoachWordKey.punctuation, count: 1 << (64 - shift))
        var slotRanges = [Range<Int>](repeating: 0..<0, count: 1 << (64 - shift))
        var order: [Int] = []
        for first in firstSeen {
            var s = CoachWordKey.slot(first, shift: shift)
            while slotKeys[s] != CoachWordKey.punctuation { s = (s + 1) & (slotKeys.count - 1) }
            slotKeys[s] = first
            slotRanges[s] = order.count..<(order.count + byFirst[first]!.count)
            order += byFirst[first]!
        }
        self.slotKeys = slotKeys
        self.slotRanges = slotRanges
        self.order = order
        self.shift = shift
        self.everywhere = everywhere
        precondition(starts == nil || (everywhere.isEmpty && starts!.words == Set(phrases.compactMap(\.first))), "\(phrases)")
    }

    /// The phrases whose first word has key `key` (a hashed key may collide: the match confirms).
    private func bucket(_ key: UInt64) -> Range<Int> {
        var s = CoachWordKey.slot(key, shift: shift)
        while true {
            let k = slotKeys[s]
            if k == key { return slotRanges[s] }
            if k == CoachWordKey.punctuation { return 0..<0 }
            s = (s + 1) & (slotKeys.count - 1)
        }
    }

    private func matches(_ i: Int, in a: BlameAnalysis, at k: Int) -> Bool {
        let p = keys[i]
        guard k + p.count <= a.keys.count else { return false }
        for n in 0..<p.count {
            let t = a.keys[k + n]
            if t == CoachWordKey.punctuation { return false }
            let w = p[n]
            if w == Self.wildcard { continue }
            switch CoachWordKey.decided(t, w) {
            case true?: continue
            case false?: return false
            case nil: if a.tokens.text(k + n) != phrases[i][n] { return false }
            }
        }
        return true
    }

    /// The index (in list order) of the first phrase that matches the words of `analysis` at `k`.
    /// Inlined: a rule asks at every token, and most tokens are answered by the ``starts`` bit.
    @inline(__always)
    func firstIndex(in a: BlameAnalysis, at k: Int) -> Int? {
        if let starts, !a.has(k, starts) { return nil }
        return firstIndexAfterStart(in: a, at: k)
    }

    /// ``firstIndex(in:at:)`` past its ``starts`` test.
    private func firstIndexAfterStart(in a: BlameAnalysis, at k: Int) -> Int? {
        guard k >= 0, k < a.tokens.count else { return nil }
        let key = a.keys[k]
        if key == CoachWordKey.punctuation { return nil }
        if key == CoachWordKey.slow {
            // A non-ASCII word: the plain scan (Swift's canonical equivalence decides).
            return phrases.indices.first { wildcards ? a.matchesPattern(phrases[$0], at: k) : a.matches(phrases[$0], at: k) }
        }
        var best: Int? = nil
        for j in bucket(key) where matches(order[j], in: a, at: k) {
            best = order[j]
            break
        }
        for i in everywhere where i < (best ?? Int.max) && matches(i, in: a, at: k) {
            best = i
            break
        }
        return best
    }

    /// The first phrase (in list order) that matches the words of `analysis` at `k`.
    @inline(__always)
    func first(in a: BlameAnalysis, at k: Int) -> [String]? {
        firstIndex(in: a, at: k).map { phrases[$0] }
    }

    /// The longest phrase that matches at `k`, the first in list order among equally long ones
    /// (`list.filter { matches($0, at: k) }.max { $0.count < $1.count }`).
    @inline(__always)
    func longest(in a: BlameAnalysis, at k: Int) -> [String]? {
        if let starts, !a.has(k, starts) { return nil }
        return longestAfterStart(in: a, at: k)
    }

    /// ``longest(in:at:)`` past its ``starts`` test.
    private func longestAfterStart(in a: BlameAnalysis, at k: Int) -> [String]? {
        guard k >= 0, k < a.tokens.count else { return nil }
        let key = a.keys[k]
        if key == CoachWordKey.punctuation { return nil }
        var best: Int? = nil
        // Longer wins; among equally long ones the earlier in the list.
        func consider(_ i: Int) {
            if let b = best, phrases[i].count < phrases[b].count || (phrases[i].count == phrases[b].count && i > b) { return }
            best = i
        }
        if key == CoachWordKey.slow {
            for i in phrases.indices where wildcards ? a.matchesPattern(phrases[i], at: k) : a.matches(phrases[i], at: k) { consider(i) }
        } else {
            for j in bucket(key) where matches(order[j], in: a, at: k) { consider(order[j]) }
            for i in everywhere where matches(i, in: a, at: k) { consider(i) }
        }
        return best.map { phrases[$0] }
    }

    /// The tokens of `a` where a phrase can start: the ``starts`` class's positions
    /// (`BlameAnalysis.positions(_:)`). A rule that tries the index at every token reads only these.
    @inline(__always)
    func candidates(in a: BlameAnalysis) -> ArraySlice<Int> {
        guard let starts else { preconditionFailure("an index without a starts class has no candidates") }
        return a.positions(starts)
    }

    /// The indices, in list order, of the phrases whose first word is the word with key `key` and
    /// text `text` (a phrase starting with "*" under `wildcards` starts with any word): what a rule
    /// that matches the rest in its own way (across commas, over words only) tries at a token.
    /// `PhraseIndexTests` compares it with `phrases.indices.filter`.
    func startingWith(key: UInt64, _ text: String) -> ArraySlice<Int> {
        if key == CoachWordKey.punctuation { return [] }
        let firstMatches = { (i: Int) -> Bool in
            let first = self.phrases[i][0]
            return (self.wildcards && first == "*") || first == text
        }
        if key == CoachWordKey.slow { return ArraySlice(phrases.indices.filter(firstMatches)) }
        // A packed key is the word: its bucket is the answer, already in list order (no copy).
        if CoachWordKey.isPacked(key) && everywhere.isEmpty { return order[bucket(key)] }
        var out: [Int] = []
        for j in bucket(key) where CoachWordKey.same(key, text, keys[order[j]][0], phrases[order[j]][0]) { out.append(order[j]) }
        if !everywhere.isEmpty {
            out += everywhere.filter(firstMatches)
            out.sort()
        }
        return ArraySlice(out)
    }

    /// Whether a phrase can start with a word of key `key`: false only when none can (a filter
    /// before a scan that matches in its own way, e.g. across punctuation).
    func canStart(_ key: UInt64) -> Bool {
        key == CoachWordKey.slow || !everywhere.isEmpty || !bucket(key).isEmpty
    }

    /// Whether a phrase can start at the token `k` of `a`: with ``starts``, exactly when the token is
    /// one of the first words; else ``canStart(_:)`` of its key.
    func canStart(in a: BlameAnalysis, at k: Int) -> Bool {
        if let starts { return a.has(k, starts) }
        return canStart(a.keys[k])
    }

    /// Whether any phrase matches at `k`.
    @inline(__always)
    func contains(in a: BlameAnalysis, at k: Int) -> Bool { firstIndex(in: a, at: k) != nil }
}
