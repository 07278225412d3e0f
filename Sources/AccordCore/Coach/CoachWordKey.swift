/// A 64-bit key per word so that the coach compares words as integers instead of strings (see
/// docs/performance.md, "The coach's speed"). Keys are a pure function of the word's bytes:
///
/// - an ASCII word of at most 7 bytes is packed exactly (its bytes and its length), so equal keys mean
///   equal words;
/// - a longer ASCII word gets a 63-bit hash with the top bit set: different keys mean different
///   words, equal keys are confirmed by comparing the strings;
/// - anything else (a non-ASCII word, which Swift compares by canonical equivalence) is ``slow``:
///   always compared as strings.
///
/// ``same(_:_:_:_:)`` is therefore exactly `String ==`, which `CoachWordKeyTests` checks.
enum CoachWordKey {
    /// A punctuation token: never equal to a word.
    static let punctuation: UInt64 = 0
    /// A word compared as a string.
    static let slow: UInt64 = .max
    private static let hashed: UInt64 = 1 << 63

    /// The key of `word`.
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { of(utf8: $0, lowercasing: false) }
    }

    /// The key of the word these bytes spell once A–Z are lower-cased (`of(String(decoding:))` of
    /// the lower-cased bytes; the tokenizer's byte path, which has the bytes in hand).
    static func of(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { of(utf8: bytes, lowercasing: true) }

    @inline(__always)
    private static func of(utf8 bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        if bytes.isEmpty { return slow }
        if bytes.count <= 7 {
            var key = UInt64(bytes.count) << 56
            for (i, b) in bytes.enumerated() {
                if b >= 0x80 { return slow }
                key |= UInt64(lower(b)) << (UInt64(i) * 8)
            }
            return key
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0x80 { return slow }
            h = (h ^ UInt64(lower(b))) &* 0x100_0000_01b3
        }
        return h | hashed
    }

    /// The first byte of the word of a packed key (an ASCII word of at most 7 bytes), else nil.
    @inline(__always)
    static func firstByte(_ key: UInt64) -> UInt8? {
        key == punctuation || key == slow || key & hashed != 0 ? nil : UInt8(truncatingIfNeeded: key)
    }

    /// The shift of an open-addressing table keyed by `UInt64`s (``CoachWordSet``, `PhraseIndex`, the
    /// model's bigram table) for `count` entries: `1 << (64 - shift)` slots, at least twice `count`.
    static func tableShift(holding count: Int) -> UInt64 {
        var bits: UInt64 = 1
        while (1 << bits) < max(2, count * 2) { bits += 1 }
        return 64 - bits
    }

    /// The first slot of `key` in such a table (Fibonacci hashing: the top bits of the product).
    @inline(__always)
    static func slot(_ key: UInt64, shift: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Whether a word with key `a` and text `aText` equals one with key `b` and text `bText`
    /// (`aText == bText`, decided by the keys whenever they can).
    @inline(__always)
    static func same(_ a: UInt64, _ aText: String, _ b: UInt64, _ bText: String) -> Bool {
        if a == slow || b == slow { return aText == bText }
        if a != b { return false }
        return a & hashed == 0 || aText == bText
    }
}
