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
        return word.withUTF8 { of(utf8: $0, lowercasing: false).key }
    }

    /// The key of the word these bytes spell once A–Z are lower-cased (`of(String(decoding:))` of
    /// the lower-cased bytes; the tokenizer's byte path, which has the bytes in hand).
    static func of(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { of(utf8: bytes, lowercasing: true).key }

    /// `b` with A–Z lower-cased (ASCII only: the byte path's one lower-casing).
    @inline(__always)
    static func lowercased(_ b: UInt8) -> UInt8 { b | caseBit(b) }

    /// 0x20 for A–Z (the bit that lower-cases them), else 0.
    @inline(__always)
    private static func caseBit(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? 0x20 : 0 }

    /// ``of(lowercasing:)``, and whether a byte was a capital A–Z (read in the same pass: the
    /// tokenizer needs both for every word).
    @inline(__always)
    static func ofLowercasing(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, capital: Bool) {
        of(utf8: bytes, lowercasing: true)
    }

    /// ``ofLowercasing(_:)`` of a word that has at least 8 bytes readable from its start (`readable`,
    /// counting its own): a word of at most 7 ASCII bytes is read with one 8-byte load and lower-cased
    /// eight bytes at a time (docs/performance.md, "Cost per answer, seventh pass"); any other word
    /// takes the byte loop. `CoachWordKeyTests` checks it against ``ofLowercasing(_:)``.
    @inline(__always)
    static func ofLowercasing(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (key: UInt64, capital: Bool) {
        let n = bytes.count
        #if _endian(big)
            return of(utf8: bytes, lowercasing: true)
        #endif
        guard n >= 1, n <= 7, readable >= 8, let base = bytes.baseAddress else { return of(utf8: bytes, lowercasing: true) }
        let (ones, highs) = (WordBytes.ones, WordBytes.highs)
        let x = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * n)) &- 1)
        guard x & highs == 0 else { return of(utf8: bytes, lowercasing: true) }
        // Per byte b < 0x80 (no carry between bytes): b + 0x3F reaches 0x80 from "A" on, b + 0x25 from "[" on.
        let capitals = (x &+ 0x3F &* ones) & ~(x &+ 0x25 &* ones) & highs
        return ((x | capitals >> 2) | UInt64(n) << 56, capitals != 0)
    }

    @inline(__always)
    private static func of(utf8 bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> (key: UInt64, capital: Bool) {
        // Branch-free per byte: A–Z gain 0x20 (when lower-casing), the bytes' union says whether
        // one was not ASCII and whether one was a capital.
        @inline(__always) func caseBit(_ b: UInt8) -> UInt8 { lowercasing ? Self.caseBit(b) : 0 }
        if bytes.isEmpty { return (slow, false) }
        var all: UInt8 = 0
        var capitals: UInt8 = 0
        let key: UInt64
        if bytes.count <= 7 {
            var packed = UInt64(bytes.count) << 56
            var shift: UInt64 = 0
            for b in bytes {
                let c = caseBit(b)
                all |= b
                capitals |= c
                packed |= UInt64(b | c) << shift
                shift &+= 8
            }
            key = packed
        } else {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                let c = caseBit(b)
                all |= b
                capitals |= c
                h = (h ^ UInt64(b | c)) &* 0x100_0000_01b3
            }
            key = h | hashed
        }
        return (all >= 0x80 ? slow : key, capitals != 0)
    }

    /// Whether `key` is packed (an ASCII word of at most 7 bytes, or punctuation): equal packed keys
    /// mean equal words, with no string to compare.
    @inline(__always)
    static func isPacked(_ key: UInt64) -> Bool { key != slow && key & hashed == 0 }

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
    /// (`aText == bText`, decided by the keys whenever they can). The texts are read only when the
    /// keys cannot decide: a caller's `tokens.text(k)` was copied, and released, at every call.
    @inline(__always)
    static func same(_ a: UInt64, _ aText: @autoclosure () -> String, _ b: UInt64, _ bText: @autoclosure () -> String) -> Bool {
        decided(a, b) ?? (aText() == bText())
    }

    /// ``same(_:_:_:_:)`` when the keys decide it, nil when the texts must be compared (a hot loop
    /// compares them itself, without an autoclosure that captures its caller's values).
    @inline(__always)
    static func decided(_ a: UInt64, _ b: UInt64) -> Bool? {
        if a == slow || b == slow { return nil }
        if a != b { return false }
        return a & hashed == 0 ? true : nil
    }
}
