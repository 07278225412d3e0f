/// A set of words looked up by a token's ``CoachWordKey`` (an integer probe) instead of hashing the
/// token's string: exactly `Set(words).contains(text)`, which `CoachWordSetTests` checks at every token
/// of every labelled statement and of generated ones. A hashed key is confirmed by comparing the
/// strings; a non-ASCII token, a punctuation mark, or a miss when some member is not ASCII (Swift
/// compares canonical equivalents) asks a dictionary of the members, the definition.
struct CoachWordSet: Sendable {
    /// The members, sorted; a member's ordinal is its index here.
    let members: [String]
    /// Ordinal by member (`String` hashing and equality: the definition).
    private let ordinals: [String: Int32]
    /// Open-addressing table of the ASCII members' keys (0, the punctuation key, marks an empty slot).
    private let slotKeys: [UInt64]
    private let slotOrdinals: [Int32]
    private let shift: UInt64
    /// Some member is compared as a string (``CoachWordKey/slow``).
    private let someSlow: Bool

    init<S: Sequence>(_ words: S) where S.Element == String {
        let members = Array(Set(words)).sorted()
        self.members = members
        var ordinals: [String: Int32] = [:]
        for (i, w) in members.enumerated() { ordinals[w] = Int32(i) }
        self.ordinals = ordinals
        let keys = members.map(CoachWordKey.of)
        someSlow = keys.contains(CoachWordKey.slow)
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
            if k == CoachWordKey.punctuation { return someSlow ? ordinals[text] : nil }
            if CoachWordKey.same(key, text, k, members[Int(slotOrdinals[s])]) { return slotOrdinals[s] }
            s = (s + 1) & (slotKeys.count - 1)
        }
    }

    /// Whether the word with key `key` and text `text` is a member.
    func contains(key: UInt64, _ text: String) -> Bool { ordinal(key: key, text) != nil }

    /// Whether the token at `k` of `a` is a member (`Set(words).contains(a.tokens[k].text)`).
    func contains(in a: BlameAnalysis, at k: Int) -> Bool { ordinal(key: a.keys[k], a.tokens[k].text) != nil }
}
