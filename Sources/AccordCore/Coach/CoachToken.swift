/// One token of a statement: a lower-cased word (possessive "'s" removed) or a punctuation mark.
///
/// A token holds no `String` (docs/performance.md, "Cost per answer, seventh pass": a token's two
/// strings were retained when it was made and copied and released when it was freed, for every token
/// of an answer). Its text and raw form are read from its ``CoachTokens``: ``CoachTokens/text(_:)`` and
/// ``CoachTokens/raw(_:)``. A word the coach knows (the usual case) stores no string at all: its text
/// is its ``CoachVocabulary`` member, and its raw form is its text unless it had a capital.
struct CoachToken: Sendable, Equatable {
    /// ``CoachWordKey/of(_:)`` of the text, or ``CoachWordKey/punctuation`` for punctuation.
    var key: UInt64
    /// The entry of the text in ``CoachVocabulary/shared`` (its class mask, its number in the trained
    /// model), or -1 when the coach knows no such word.
    var entry: Int32
    /// The text's place in its ``CoachTokens/strings``; -1: the text is the ASCII ``mark`` when there is
    /// one, else the member of `entry`, byte for byte; below -1: the `length` bytes of the statement at
    /// offset `-2 - textIndex`, lower-cased (a word the vocabulary lacks, read in place).
    var textIndex: Int32
    /// The raw form's place in ``CoachTokens/strings``; -1: the raw form is the text; below -1: the
    /// `length` bytes of the statement at offset `-2 - rawIndex` (a word with a capital, read in place).
    var rawIndex: Int32
    /// True for "Marketing's", "reps'", and the possessive pronouns handled by the lexicon.
    var possessive: Bool
    /// True for clause punctuation: , ; : . ! ? — – ( ) and quotes.
    var isPunctuation: Bool
    /// The byte of a punctuation token whose text is one ASCII byte, else 0 (``isMark(_:)``).
    var mark: UInt8
    /// The length in bytes of a text or raw form read from the statement (``textIndex``, ``rawIndex``).
    var length: UInt8 = 0

    /// Whether the token is the punctuation mark `mark`, an ASCII byte other than ";" (`text == mark`:
    /// no other Character is canonically equal to such a mark, so its one byte decides).
    @inline(__always)
    func isMark(_ mark: UInt8) -> Bool { self.mark == mark }
}

/// The tokens of a statement and the few strings they do not share with the vocabulary (the text of a
/// word it lacks, the raw form of a word with a capital). Read a token's text with ``text(_:)`` and its
/// raw form with ``raw(_:)``. A class: the analysis and every rule read the same tokens, and a struct of
/// four arrays was retained array by array at each read. The tokenizer builds it with a ``Builder``.
final class CoachTokens: RandomAccessCollection, Sendable, Equatable {
    let tokens: [CoachToken]
    /// The texts and raw forms the tokens point at (``CoachToken/textIndex``, ``CoachToken/rawIndex``).
    let strings: [String]
    /// ``CoachVocabulary/shared``'s members and mark texts, read once per statement (each text read
    /// through the shared vocabulary asked for it again).
    private let members: [String]
    private let markTexts: [String]
    /// The statement the byte tokenizer read, whose bytes some texts and raw forms are.
    private let statement: String

    /// The tokens `builder` appended.
    init(_ builder: Builder) {
        tokens = builder.tokens
        strings = builder.strings
        statement = builder.statement
        let vocabulary = CoachVocabulary.shared
        members = vocabulary.words.members
        markTexts = vocabulary.markTexts
    }

    /// The tokens `storage`, pointing into the strings of `other`.
    private init(storage: [CoachToken], of other: CoachTokens) {
        tokens = storage
        strings = other.strings
        statement = other.statement
        members = other.members
        markTexts = other.markTexts
    }

    typealias Indices = Range<Int>
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    @inline(__always)
    subscript(k: Int) -> CoachToken { tokens[k] }

    /// The text of token `k`: the lower-cased word, or the punctuation character.
    @inline(__always)
    func text(_ k: Int) -> String {
        let t = tokens[k]
        if t.textIndex >= 0 { return strings[Int(t.textIndex)] }
        if t.textIndex < -1 { return statementBytes(at: -2 - Int(t.textIndex), t.length, lowercased: true) }
        if t.mark != 0 { return markTexts[Int(t.mark)] }
        return members[Int(t.entry)]
    }

    /// The raw form of token `k`: the word as written (case kept), for labels and reframes.
    func raw(_ k: Int) -> String {
        let t = tokens[k]
        if t.rawIndex >= 0 { return strings[Int(t.rawIndex)] }
        if t.rawIndex < -1 { return statementBytes(at: -2 - Int(t.rawIndex), t.length, lowercased: false) }
        return text(k)
    }

    /// The `length` bytes of the statement at `offset` (ASCII), A–Z lower-cased when `lowercased`.
    private func statementBytes(at offset: Int, _ length: UInt8, lowercased: Bool) -> String {
        var statement = statement
        return statement.withUTF8 {
            CoachTokenizer.string(UnsafeBufferPointer(rebasing: $0[offset..<(offset + Int(length))]), lower: lowercased)
        }
    }

    /// Every token's text, in order.
    var texts: [String] { indices.map(text) }

    /// The first token's text, nil when there are no tokens.
    var firstText: String? { isEmpty ? nil : text(0) }
    /// The last token's text, nil when there are no tokens.
    var lastText: String? { isEmpty ? nil : text(count - 1) }

    /// Whether some token's text satisfies `predicate`.
    func containsText(where predicate: (String) -> Bool) -> Bool { indices.contains { predicate(text($0)) } }

    /// The tokens `kept` of these, in that order (they point into the same strings).
    func keeping(_ kept: [CoachToken]) -> CoachTokens { CoachTokens(storage: kept, of: self) }

    /// Token by token, the same text and raw form (byte for byte), key, entry, possessive and
    /// punctuation (where the strings are kept does not matter).
    static func == (a: CoachTokens, b: CoachTokens) -> Bool {
        guard a.count == b.count else { return false }
        for k in a.indices {
            let (s, t) = (a[k], b[k])
            guard s.key == t.key, s.entry == t.entry, s.possessive == t.possessive, s.isPunctuation == t.isPunctuation,
                s.mark == t.mark, a.text(k).utf8.elementsEqual(b.text(k).utf8), a.raw(k).utf8.elementsEqual(b.raw(k).utf8)
            else { return false }
        }
        return true
    }

    /// The tokens of a statement as the tokenizer appends them.
    struct Builder {
        private(set) var tokens: [CoachToken] = []
        private(set) var strings: [String] = []
        /// The statement whose bytes ``appendWord(key:entry:possessive:at:length:textInStatement:rawInStatement:)`` points at.
        let statement: String

        /// A builder for the tokens of `statement` (the byte tokenizer's words point into its bytes).
        init(statement: String = "") { self.statement = statement }

        mutating func reserveCapacity(_ n: Int) { tokens.reserveCapacity(n) }

        /// Appends `token`, which points at no string (its text is its mark or its member; its raw form is its text).
        @inline(__always)
        mutating func append(_ token: CoachToken) {
            precondition(token.textIndex < 0 && token.rawIndex < 0)
            tokens.append(token)
        }

        /// Appends a token whose key and entry were found from `text`; the text is stored unless it is the
        /// member of `entry` byte for byte (`isMember`), the raw form unless it is the text (`raw` nil).
        @inline(__always)
        mutating func append(
            key: UInt64, entry: Int32, possessive: Bool, isPunctuation: Bool, text: @autoclosure () -> String, isMember: Bool,
            raw: String?
        ) {
            var textIndex: Int32 = -1
            var mark: UInt8 = 0
            if !isMember || isPunctuation {
                let text = text()
                if isPunctuation, text.utf8.count == 1, let b = text.utf8.first, b < 0x80 {
                    mark = b
                } else if !isMember {
                    textIndex = Int32(strings.count)
                    strings.append(text)
                }
            }
            var rawIndex: Int32 = -1
            if let raw {
                rawIndex = Int32(strings.count)
                strings.append(raw)
            }
            tokens.append(
                CoachToken(
                    key: key, entry: entry, textIndex: textIndex, rawIndex: rawIndex, possessive: possessive,
                    isPunctuation: isPunctuation, mark: mark))
        }

        /// Appends a known word (its text is the member of `entry`) whose raw form is `raw`, kept as a
        /// string: a word the tokenizer rebuilt, or a misspelling read as its spelling.
        @inline(__always)
        mutating func append(key: UInt64, entry: Int32, possessive: Bool, raw: String) {
            precondition(entry >= 0)
            tokens.append(
                CoachToken(
                    key: key, entry: entry, textIndex: -1, rawIndex: Int32(strings.count), possessive: possessive, isPunctuation: false,
                    mark: 0))
            strings.append(raw)
        }

        /// Appends a word of ASCII bytes read in place: the `length` bytes of ``statement`` at `offset`.
        /// Its text is those bytes lower-cased when `textInStatement`, else the member of `entry`; its raw
        /// form is the bytes when `rawInStatement`, else its text. No `String` is made until one is read.
        @inline(__always)
        mutating func appendWord(
            key: UInt64, entry: Int32, possessive: Bool, at offset: Int, length: Int, textInStatement: Bool, rawInStatement: Bool
        ) {
            precondition(length >= 1 && length <= Int(UInt8.max) && offset >= 0 && offset < Int(Int32.max) - 2)
            precondition(textInStatement || entry >= 0)
            let inStatement = Int32(-2 - offset)
            var t = CoachToken(
                key: key, entry: entry, textIndex: textInStatement ? inStatement : -1, rawIndex: rawInStatement ? inStatement : -1,
                possessive: possessive, isPunctuation: false, mark: 0)
            t.length = UInt8(length)
            tokens.append(t)
        }

        /// Appends the token of `text` and `raw` (the plain tokenizer's): its key and vocabulary entry are
        /// computed from the text.
        mutating func append(text: String, raw: String, possessive: Bool, isPunctuation: Bool) {
            let key = isPunctuation ? CoachWordKey.punctuation : CoachWordKey.of(text)
            let vocabulary = CoachVocabulary.shared
            let entry = vocabulary.entry(key: key, text)
            let isMember = entry >= 0 && vocabulary.words.members[Int(entry)].utf8.elementsEqual(text.utf8)
            append(
                key: key, entry: entry, possessive: possessive, isPunctuation: isPunctuation, text: text, isMember: isMember,
                raw: raw.utf8.elementsEqual(text.utf8) ? nil : raw)
        }
    }
}
