/// A set of words looked up by a token's ``CoachWordKey`` (an integer probe) instead of hashing the
/// token's string: exactly `Set(words).contains(text)`, which `CoachWordSetTests` checks at every token
/// of every labelled statement and of generated ones. A hashed key is confirmed by comparing the
/// strings; a non-ASCII token, or a miss when a non-ASCII member may equal an ASCII word (Swift
/// compares canonical equivalents: "\u{212A}" is "K") asks a dictionary of the members, the definition.
struct CoachWordSet: Sendable {
    /// The members, sorted; a member's ordinal is its index here.
    let members: [String]
    /// Ordinal by member (`String` hashing and equality: the definition).
    private let ordinals: [String: Int32]
    /// Open-addressing table of the ASCII members' keys (0, the punctuation key, marks an empty slot).
    private let slotKeys: [UInt64]
    private let slotOrdinals: [Int32]
    private let shift: UInt64
    /// Some non-ASCII member may equal an ASCII word: it is ASCII but for ``asciiSingletons``. (Any
    /// other non-ASCII member keeps a non-ASCII scalar under canonical equivalence, so a miss among the
    /// ASCII keys is a miss: the coach's vocabulary holds "kraków", and each miss asked the dictionary.)
    private let slowMayEqualASCII: Bool
    /// The scalars whose canonical decomposition is ASCII: U+037E (";"), U+1FEF ("`"), U+212A ("K").
    /// Unicode's stability policy fixes decompositions; `CoachWordSetTests` checks every scalar.
    static let asciiSingletons: Set<UInt32> = [0x037E, 0x1FEF, 0x212A]

    init<S: Sequence>(_ words: S) where S.Element == String {
        let members = Array(Set(words)).sorted()
        self.members = members
        var ordinals: [String: Int32] = [:]
        for (i, w) in members.enumerated() { ordinals[w] = Int32(i) }
        self.ordinals = ordinals
        let keys = members.map(CoachWordKey.of)
        slowMayEqualASCII = zip(members, keys).contains { m, key in
            key == CoachWordKey.slow && !m.isEmpty
                && m.unicodeScalars.allSatisfy { $0.isASCII || Self.asciiSingletons.contains($0.value) }
        }
        shift = CoachWordKey.tableShift(holding: members.count)
        var slotKeys = [UInt64](repeating: CoachWordKey.punctuation, count: 1 << (64 - shift))
        var slotOrdinals = [Int32](repeating: -1, count: 1 << (64 - shift))
        for (i, key) in keys.enumerated() where key != CoachWordKey.slow {
            var s = CoachWordKey.slot(key, shift: shift)
            while slotKeys[s] != CoachWordKey.punctuation { s = (s + 1) & (slotKeys.count - 1) }
            slotKeys[s] = key
            slotOrdinals[s] = Int32(i)
        }
        self.slotKeys = slotKeys
        self.slotOrdinals = slotOrdinals
        punctuationMembers = members.enumerated().compactMap { i, w in
            w.count == 1 && (w.utf8.first! >= 0x80 || !(w.first!.isLetter || w.first!.isNumber)) ? (w, Int32(i)) : nil
        }
    }

    /// The members a punctuation token's text can equal (a single ASCII punctuation character or a
    /// non-ASCII one; usually none), with their ordinals.
    private let punctuationMembers: [(text: String, ordinal: Int32)]

    /// The ordinal of the word with key `key` and text `text`, or nil when it is not a member.
    func ordinal(key: UInt64, _ text: String) -> Int32? {
        if key == CoachWordKey.punctuation {
            // The tokenizer's punctuation is one character, ASCII or not: only such members can equal it.
            for m in punctuationMembers where m.text == text { return m.ordinal }
            return nil
        }
        if key == CoachWordKey.slow { return ordinals[text] }
        var s = CoachWordKey.slot(key, shift: shift)
        while true {
            let k = slotKeys[s]
            if k == CoachWordKey.punctuation { return slowMayEqualASCII ? ordinals[text] : nil }
            if CoachWordKey.same(key, text, k, members[Int(slotOrdinals[s])]) { return slotOrdinals[s] }
            s = (s + 1) & (slotKeys.count - 1)
        }
    }

    /// ``ordinal(key:_:)`` of the word that ASCII `bytes` spell once A–Z are lower-cased, `key` being
    /// its key (`CoachWordKey.of(lowercasing:)`): a hashed key is confirmed against the bytes, so the
    /// tokenizer's byte path looks a word up before (and, for a member, instead of) building its `String`.
    @inline(__always)
    func ordinal(key: UInt64, lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        if key == CoachWordKey.slow || key == CoachWordKey.punctuation {
            return ordinal(key: key, String(decoding: bytes, as: UTF8.self).lowercased())
        }
        var s = CoachWordKey.slot(key, shift: shift)
        while true {
            let k = slotKeys[s]
            if k == CoachWordKey.punctuation {
                return slowMayEqualASCII ? ordinals[String(decoding: bytes, as: UTF8.self).lowercased()] : nil
            }
            if k == key, CoachWordKey.isPacked(key) || Self.equalsLowercased(members[Int(slotOrdinals[s])], bytes) {
                return slotOrdinals[s]
            }
            s = (s + 1) & (slotKeys.count - 1)
        }
    }

    /// Whether `member` is the ASCII `bytes` with A–Z lower-cased.
    private static func equalsLowercased(_ member: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var member = member
        return member.withUTF8 { m in
            guard m.count == bytes.count else { return false }
            for i in 0..<m.count where m[i] != CoachWordKey.lowercased(bytes[i]) { return false }
            return true
        }
    }

    /// Whether the word with key `key` and text `text` is a member.
    func contains(key: UInt64, _ text: String) -> Bool { ordinal(key: key, text) != nil }

    /// Whether the token at `k` of `a` is a member (`Set(words).contains(a.tokens.text(k))`).
    func contains(in a: BlameAnalysis, at k: Int) -> Bool { ordinal(key: a.keys[k], a.tokens.text(k)) != nil }
}
