/// A set of words looked up by a token's ``CoachWordKey`` (an integer probe) instead of hashing the
/// token's string: exactly `words.contains(text)`, which `CoachWordSetTests` checks at every token of
/// every labelled statement and of generated ones. A hashed key is confirmed by comparing the strings;
/// a non-ASCII token, a punctuation mark, or a miss when some member is not ASCII (Swift compares
/// canonical equivalents) asks `words` itself.
struct CoachWordSet: Sendable {
    /// The members, the definition.
    let words: Set<String>
    /// Open-addressing table of the ASCII members' keys (0, the punctuation key, marks an empty slot).
    private let slotKeys: [UInt64]
    private let slotWords: [String]
    private let shift: UInt64
    /// Some member is compared as a string (``CoachWordKey/slow``).
    private let someSlow: Bool

    init(_ words: Set<String>) {
        self.words = words
        let members = words.sorted().map { (key: CoachWordKey.of($0), word: $0) }
        someSlow = members.contains { $0.key == CoachWordKey.slow }
        let fast = members.filter { $0.key != CoachWordKey.slow }
        var bits: UInt64 = 1
        while (1 << bits) < max(2, fast.count * 2) { bits += 1 }
        shift = 64 - bits
        var keys = [UInt64](repeating: CoachWordKey.punctuation, count: 1 << bits)
        var texts = [String](repeating: "", count: 1 << bits)
        for m in fast {
            var s = Int((m.key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[s] != CoachWordKey.punctuation { s = (s + 1) & (keys.count - 1) }
            keys[s] = m.key
            texts[s] = m.word
        }
        slotKeys = keys
        slotWords = texts
    }

    /// Whether the word with key `key` and text `text` is a member (`words.contains(text)`).
    func contains(key: UInt64, _ text: String) -> Bool {
        if key == CoachWordKey.punctuation || key == CoachWordKey.slow { return words.contains(text) }
        var s = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = slotKeys[s]
            if k == CoachWordKey.punctuation { return someSlow && words.contains(text) }
            if CoachWordKey.same(key, text, k, slotWords[s]) { return true }
            s = (s + 1) & (slotKeys.count - 1)
        }
    }

    /// Whether the token at `k` of `a` is a member (`words.contains(a.tokens[k].text)`).
    func contains(in a: BlameAnalysis, at k: Int) -> Bool { contains(key: a.keys[k], a.tokens[k].text) }
}
