/// Splits a statement into word and punctuation tokens. Pure, no Foundation needed.
///
/// Hyphenated compounds stay whole ("sales-qualified" is not the Sales team), curly apostrophes are
/// normalised, and a possessive "'s" is stripped and recorded (except in contractions like "it's").
enum CoachTokenizer {
    private static let contractionsWithS: Set<String> = [
        "it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's", "where's",
        "how's", "why's", "one's", "everyone's", "nobody's", "somebody's", "someone's", "anyone's",
    ]
    private static let punctuation: Set<Character> = [
        ",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "\"", "“", "”", "…",
    ]

    /// The tokens of `statement`: ``tokenizeBytes(_:)`` when it is ASCII but for typographic quotes,
    /// dashes and ellipses (``typographicMark(_:)``; the usual case), else ``tokenizePlain(_:)``, the definition.
    static func tokenize(_ statement: String) -> CoachTokens {
        tokenizeBytes(statement) ?? tokenizePlain(statement)
    }

    /// Whether every byte of `statement` is ASCII or part of a mark ``typographicMark(_:)`` knows.
    static func takesBytePath(_ statement: String) -> Bool {
        var s = statement
        return s.withUTF8 { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 {
                    i += 1
                    continue
                }
                guard i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, typographicMark(b[i + 2]) != nil else { return false }
                i += 3
            }
            return true
        }
    }

    /// The typographic mark U+20xx encoded E2 80 `last` as the plain tokenizer reads it: `"'"` for the
    /// curly apostrophes ‘ ’, the punctuation token for – — “ ” … (an en dash reads as an em dash),
    /// nil for any other. Each is a Character of its own beside ASCII (none joins a grapheme cluster).
    static func typographicMark(_ last: UInt8) -> String? {
        switch last {
        case 0x98, 0x99: "'"
        case 0x93, 0x94: "—"
        case 0x9C: "“"
        case 0x9D: "”"
        case 0xA6: "…"
        default: nil
        }
    }

    /// The definition: Character by Character (grapheme clusters, Unicode letters and numbers).
    static func tokenizePlain(_ statement: String) -> CoachTokens {
        var tokens = CoachTokens.Builder()
        var current = ""

        func flush() {
            var word = current
            current = ""
            while let f = word.first, f == "'" || f == "-" { word.removeFirst() }
            while let l = word.last, l == "'" || l == "-" || l == "/" {
                // A trailing apostrophe after "s" is a plural possessive ("reps'").
                if l == "'" && word.dropLast().last == "s" {
                    word.removeLast()
                    let lower = word.lowercased()
                    tokens.append(text: lower, raw: word, possessive: true, isPunctuation: false)
                    return
                }
                word.removeLast()
            }
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            if lower.hasSuffix("'s"), lower.count > 2, !contractionsWithS.contains(lower) {
                let stem = String(word.dropLast(2))
                tokens.append(text: stem.lowercased(), raw: stem, possessive: true, isPunctuation: false)
            } else {
                tokens.append(text: spellings[lower] ?? lower, raw: word, possessive: false, isPunctuation: false)
            }
        }

        for ch in statement {
            let c: Character = (ch == "’" || ch == "‘" || ch == "`") ? "'" : ch
            if c.isLetter || c.isNumber || c == "'" || c == "-" || c == "%" || c == "/" || c == "&" {
                current.append(c)
            } else if c == "." && !current.isEmpty && current.last!.isNumber {
                current.append(c)  // decimals: 2.5
            } else {
                if current.last == "." { current.removeLast() }
                flush()
                if punctuation.contains(c) {
                    let p = (c == "–") ? "—" : String(c)
                    tokens.append(text: p, raw: p, possessive: false, isPunctuation: true)
                }
            }
        }
        if current.last == "." {
            current.removeLast()
            flush()
            tokens.append(text: ".", raw: ".", possessive: false, isPunctuation: true)
        } else {
            flush()
        }
        // " - " used as a dash becomes punctuation too (a lone hyphen was stripped; nothing to do).
        return CoachTokens(tokens)
    }

    /// ``tokenizePlain(_:)`` on bytes, for a statement of ASCII and the typographic marks of
    /// ``typographicMark(_:)`` (docs/performance.md, "The coach's speed": the Character walk was a sixth
    /// of the coach's time, and one curly apostrophe sent a whole answer there). In ASCII every Character
    /// is one byte but CR LF, which both versions treat as a separator, and each mark is one Character
    /// of three bytes; `TokenizerTests` compares the two.
    /// It declines (nil) at the first byte outside ASCII that is not such a mark (exactly when
    /// ``takesBytePath(_:)`` is false; it used to be asked first, a second pass over the bytes).
    static func tokenizeBytes(_ statement: String) -> CoachTokens? {
        var bytes = statement
        return bytes.withUTF8 { tokenizeBytes(in: $0, of: statement) }
    }

    /// What an ASCII byte is to the byte path: part of a word (letters, digits and `' - % / &`), the
    /// dot (a decimal point after a digit, else punctuation), clause punctuation, the backtick (read
    /// as an apostrophe), or a separator.
    private enum ByteKind: UInt8 { case separator, word, dot, punctuation, backtick }
    private static let byteKinds: [ByteKind] = (0..<128).map { (b: UInt8) -> ByteKind in
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            apostrophe, hyphen, slash, UInt8(ascii: "%"), UInt8(ascii: "&"):
            return .word
        case dot: return .dot
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "\""):
            return .punctuation
        case UInt8(ascii: "`"): return .backtick
        default: return .separator
        }
    }

    private static func tokenizeBytes(in bytes: UnsafeBufferPointer<UInt8>, of statement: String) -> CoachTokens? {
        // No nested functions: a closure capturing `current` and `tokens` makes every access a checked one.
        var tokens = CoachTokens.Builder(statement: statement)
        // Room for a token per 4 bytes: prose has about one per 5, and growing the array copies every token.
        tokens.reserveCapacity(bytes.count / 4 + 4)
        // The word being read, when it cannot be read straight from `bytes` (a decimal point, or a
        // backtick or curly apostrophe read as "'").
        var current: [UInt8] = []
        current.reserveCapacity(32)
        let kinds = byteKinds
        let vocabulary = CoachVocabulary.shared
        let n = bytes.count
        var i = 0
        while i < n {
            var c = bytes[i]
            // Between words (nothing held in `current`): a separator is skipped and clause punctuation
            // is its token, as the general steps below would do, without them.
            if c < 0x80 && current.isEmpty {
                switch kinds[Int(c)] {
                case .separator:
                    i += 1
                    continue
                case .punctuation, .dot:
                    tokens.append(vocabulary.punctuationTokens[Int(c)])
                    i += 1
                    continue
                case .word, .backtick: break
                }
            }
            // A typographic punctuation mark (three bytes), else nil.
            var mark: String? = nil
            if c >= 0x80 {
                guard i + 2 < n, c == 0xE2, bytes[i + 1] == 0x80, let m = typographicMark(bytes[i + 2]) else { return nil }
                mark = m
                c = 0
                i += 3
                if mark == "'" {
                    mark = nil
                    c = apostrophe
                }
            } else if kinds[Int(c)] == .word {
                // A run of word bytes is taken whole; when it is a whole word (the usual case: a
                // separator or punctuation follows), it is read in place, without `current`.
                var j = i + 1
                while j < n, bytes[j] < 0x80, kinds[Int(bytes[j])] == .word { j += 1 }
                let run = UnsafeBufferPointer(rebasing: bytes[i..<j])
                if current.isEmpty
                    && (j == n || (bytes[j] < 0x80 && (kinds[Int(bytes[j])] == .separator || kinds[Int(bytes[j])] == .punctuation)))
                {
                    word(run, at: i, readable: n - i, into: &tokens, vocabulary)
                } else {
                    current.append(contentsOf: run)
                }
                i = j
                continue
            } else {
                i += 1
                if c == UInt8(ascii: "`") { c = apostrophe }
            }
            if c == apostrophe {
                current.append(c)
            } else if c == dot, let last = current.last, isDigit(last) {
                current.append(c)  // decimals: 2.5
            } else {
                if current.last == dot { current.removeLast() }
                flush(&current, into: &tokens, vocabulary)
                if let mark {
                    tokens.append(text: mark, raw: mark, possessive: false, isPunctuation: true)
                    continue
                }
                if c < 0x80, kinds[Int(c)] == .punctuation || kinds[Int(c)] == .dot {
                    tokens.append(vocabulary.punctuationTokens[Int(c)])
                }
            }
        }
        if current.last == dot {
            current.removeLast()
            flush(&current, into: &tokens, vocabulary)
            tokens.append(vocabulary.punctuationTokens[Int(dot)])
        } else {
            flush(&current, into: &tokens, vocabulary)
        }
        return CoachTokens(tokens)
    }

    private static let apostrophe = UInt8(ascii: "'")
    private static let hyphen = UInt8(ascii: "-")
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// The ASCII `bytes` as a `String`, A–Z lower-cased when `lower`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, lower: Bool) -> String {
        guard lower else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = CoachWordKey.lowercased(b) }
            return bytes.count
        }
    }

    /// The byte path's word end: the word in `current` (if any) becomes a token; `current` is emptied.
    private static func flush(_ current: inout [UInt8], into tokens: inout CoachTokens.Builder, _ vocabulary: CoachVocabulary) {
        guard !current.isEmpty else { return }
        current.withUnsafeBufferPointer { word($0, at: -1, readable: $0.count, into: &tokens, vocabulary) }
        current.removeAll(keepingCapacity: true)
    }

    /// The token of one word's bytes (none when it is only apostrophes, hyphens and slashes); `readable`
    /// bytes can be read from the word's start (at least its own); `offset` is where the word starts in
    /// the statement, -1 when its bytes are not the statement's.
    private static func word(
        _ w: UnsafeBufferPointer<UInt8>, at offset: Int, readable: Int, into tokens: inout CoachTokens.Builder,
        _ vocabulary: CoachVocabulary
    ) {
        var lo = 0
        var hi = w.count
        while lo < hi, w[lo] == apostrophe || w[lo] == hyphen { lo += 1 }
        while hi > lo, w[hi - 1] == apostrophe || w[hi - 1] == hyphen || w[hi - 1] == slash {
            // A trailing apostrophe after "s" is a plural possessive ("reps'").
            if w[hi - 1] == apostrophe && hi - 1 > lo && w[hi - 2] == UInt8(ascii: "s") {
                known(
                    UnsafeBufferPointer(rebasing: w[lo..<(hi - 1)]), at: offset < 0 ? -1 : offset + lo, readable: readable - lo,
                    possessive: true,
                    respelled: false, into: &tokens, vocabulary)
                return
            }
            hi -= 1
        }
        guard lo < hi else { return }
        let word = UnsafeBufferPointer(rebasing: w[lo..<hi])
        if hi - lo > 2, w[hi - 2] == apostrophe, w[hi - 1] | 0x20 == UInt8(ascii: "s"),
            !contractionsWithS.contains(string(word, lower: true))
        {
            known(
                UnsafeBufferPointer(rebasing: w[lo..<(hi - 2)]), at: offset < 0 ? -1 : offset + lo, readable: readable - lo,
                possessive: true,
                respelled: false, into: &tokens, vocabulary)
        } else {
            known(
                word, at: offset < 0 ? -1 : offset + lo, readable: readable - lo, possessive: false, respelled: true, into: &tokens,
                vocabulary)
        }
    }

    /// Appends the token of a word's bytes (ASCII, at least one): its text is the vocabulary's member
    /// when the coach knows the word (one probe, no `String` built unless the word has a capital, for
    /// its raw form), else the lower-cased bytes; with `respelled`, a misspelling becomes its spelling
    /// (``spellings``).
    @inline(__always)
    private static func known(
        _ word: UnsafeBufferPointer<UInt8>, at offset: Int, readable: Int, possessive: Bool, respelled: Bool,
        into tokens: inout CoachTokens.Builder, _ vocabulary: CoachVocabulary
    ) {
        let (key, capital) = CoachWordKey.ofLowercasing(word, readable: readable)
        let ordinal = vocabulary.words.ordinal(key: key, lowercasing: word)
        // A word read in place in the statement points at its bytes instead of holding a `String`.
        let inPlace = offset >= 0 && word.count <= Int(UInt8.max)
        // (A member equal to the word but not ASCII, as "\u{212A}" is "K", is not taken for its text.)
        guard let found = ordinal, vocabulary.keys[Int(found)] == key else {
            guard !inPlace else {
                tokens.appendWord(
                    key: key, entry: ordinal ?? -1, possessive: possessive, at: offset, length: word.count, textInStatement: true,
                    rawInStatement: capital)
                return
            }
            let raw = string(word, lower: false)
            tokens.append(
                key: key, entry: ordinal ?? -1, possessive: possessive, isPunctuation: false,
                text: capital ? string(word, lower: true) : raw, isMember: false, raw: capital ? raw : nil)
            return
        }
        let replacement = respelled ? vocabulary.replacements[Int(found)] : -1
        guard replacement >= 0 else {
            // The member is the lower-cased bytes: the raw form is the text unless there was a capital.
            if !capital {
                tokens.append(
                    CoachToken(key: key, entry: found, textIndex: -1, rawIndex: -1, possessive: possessive, isPunctuation: false, mark: 0))
            } else if inPlace {
                tokens.appendWord(
                    key: key, entry: found, possessive: possessive, at: offset, length: word.count, textInStatement: false,
                    rawInStatement: true)
            } else {
                tokens.append(key: key, entry: found, possessive: possessive, raw: string(word, lower: false))
            }
            return
        }
        if capital && inPlace {
            tokens.appendWord(
                key: vocabulary.keys[Int(replacement)], entry: replacement, possessive: possessive, at: offset, length: word.count,
                textInStatement: false, rawInStatement: true)
            return
        }
        tokens.append(
            key: vocabulary.keys[Int(replacement)], entry: replacement, possessive: possessive,
            raw: capital ? string(word, lower: false) : vocabulary.words.members[Int(found)])
    }

    /// Common misspellings and apostrophe-less contractions of chat, mapped to the spelling the lexicon uses.
    static let spellings: [String: String] = [
        "dont": "don't", "dosent": "doesn't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
        "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "couldnt": "couldn't",
        "wouldnt": "wouldn't", "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
        "theyre": "they're", "youre": "you're", "thier": "their", "allways": "always", "alwasy": "always", "agian": "again",
        "becuase": "because", "beacuse": "because", "untill": "until", "nevr": "never", "noone": "nobody", "teh": "the",
        "r": "are", "u": "you", "ur": "your", "w/o": "without", "b/c": "because", "bc": "because", "tho": "though",
    ]

    /// Epistemic and politeness openers that do not change who is talked about: "I think you ignore
    /// the reports" is read as "you ignore the reports". Each is dropped at the start of a sentence.
    static let hedges: [[String]] = [
        ["i", "think", "that"], ["i", "think"], ["i", "feel", "like"], ["i", "feel", "that"], ["i", "feel"], ["i", "believe"],
        ["i", "guess"], ["i", "reckon"], ["i", "suspect"], ["i", "suppose"], ["it", "seems", "like"], ["it", "feels", "like"],
        ["it", "seems", "that"], ["honestly", "i", "think"], ["frankly", "i", "think"], ["i", "just", "think"], ["i", "really", "think"],
        ["i", "honestly", "think"], ["in", "my", "opinion"], ["imo"], ["imho"], ["tbh"], ["ngl"], ["to", "be", "honest"],
        ["it", "looks", "like"], ["seems", "like"],
    ]

    /// ``hedges`` by first word: a sentence is compared word by word only with the hedges that start
    /// with its first word.
    static let hedgesIndex = PhraseIndex(hedges, wildcards: false)

    /// Punctuation after which a hedge can open a sentence.
    static let sentenceEnds = [".", "!", "?", ";", ":", "—"]

    /// `sentenceEnds.contains(text)`, an ASCII mark decided by its byte (`TokenizerTests` checks it).
    static func isSentenceEnd(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.count == 1, let b = utf8.first {
            return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ";")
                || b == UInt8(ascii: ":")
        }
        return sentenceEnds.contains(text)  // "—", or a canonical equivalent such as U+037E for ";"
    }

    /// Whether token `k` is punctuation in ``sentenceEnds`` (`isPunctuation && isSentenceEnd(text(k))`),
    /// an ASCII mark decided by its byte with no `String` read.
    @inline(__always)
    static func isSentenceEnd(_ tokens: CoachTokens, _ k: Int) -> Bool {
        switch tokens[k].mark {
        case 0: tokens[k].isPunctuation && isSentenceEnd(tokens.text(k))
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"): true
        default: false
        }
    }

    /// `tokens` without a hedge at the start of a sentence (see ``hedges``). The tokens are copied only
    /// from the first hedge on: most statements have none.
    static func droppingHedges(_ tokens: CoachTokens) -> CoachTokens {
        var out: [CoachToken] = []
        var dropped = false
        // The last token kept (-1: none yet).
        var lastKept = -1
        var i = 0
        // Read once: a static is a lazy global, and each use in the loop would ask it again.
        let hedges = Self.hedges
        let index = Self.hedgesIndex
        while i < tokens.count {
            let sentenceStart = lastKept < 0 || isSentenceEnd(tokens, lastKept)
            if sentenceStart,
                let n = index.startingWith(key: tokens[i].key, tokens.text(i)).first(where: { n in
                    let h = hedges[n]
                    return h.count < tokens.count - i && h.indices.allSatisfy { tokens.text(i + $0) == h[$0] }
                })
            {
                if !dropped {
                    out.reserveCapacity(tokens.count)
                    out += tokens.tokens[..<i]
                    dropped = true
                }
                i += hedges[n].count
                if i < tokens.count, tokens[i].isMark(UInt8(ascii: ",")) { i += 1 }
                continue
            }
            if dropped { out.append(tokens[i]) }
            lastKept = i
            i += 1
        }
        return dropped ? tokens.keeping(out) : tokens
    }

    /// Every word that can start a clause in ``clauses(_:classes:)``: a clause breaker, or a word its
    /// own branch reads ("thanks to", "so", "and").
    static let clauseTriggers: Set<String> = CoachLexicon.clauseBreakers.union(["thanks", "due", "owing", "so", "and", "&"])
    private static let andKey = CoachWordKey.of("and")

    /// Clause number per token: punctuation, "but/so/because/if/which…", "thanks to", and an "and"
    /// that introduces a new subject start a clause. `classes`, the tokens' ``CoachWordClass`` masks
    /// when known, only skip the words that start no clause (``clauseTriggers``) with one test.
    static func clauses(_ tokens: CoachTokens, classes: [UInt64]? = nil) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(tokens.count)
        var id = 0
        var afterPunct = false
        let andKey = Self.andKey
        // By index: a token's text is read only where a clause may start.
        for i in tokens.indices {
            if tokens[i].isPunctuation {
                id += 1
                ids.append(id)
                afterPunct = true
                continue
            }
            // With the tokens' classes (`BlameAnalysis`), a word outside ``clauseTriggers`` starts no clause.
            if let classes, !CoachWordClass.clauseTrigger.isSet(in: classes, at: i) {
                if afterPunct { id += 1 }
                afterPunct = false
                ids.append(id)
                continue
            }
            let key = tokens[i].key
            let next = i + 1 < tokens.count ? tokens.text(i + 1) : ""
            // Most clause triggers are "and": it is tested first, by key.
            let isAnd = CoachWordKey.same(key, tokens.text(i), andKey, "and")
            let text = isAnd ? "and" : tokens.text(i)
            var breaks =
                !isAnd
                && (CoachLexicon.clauseBreakers.contains(text)
                    || ((text == "thanks" || text == "due" || text == "owing") && next == "to"))
            if !isAnd && text == "so" {
                // "so busy that…" is a degree adverb; "…, so we…" starts a clause.
                breaks =
                    CoachLexicon.subjectStarters.contains(next) || CoachLexicon.salesNames.contains(next)
                    || CoachLexicon.marketingNames.contains(next)
                    || (i > 0 && tokens[i - 1].isPunctuation)
            }
            if isAnd || text == "&" {
                breaks =
                    CoachLexicon.subjectStarters.contains(next) || CoachLexicon.salesNames.contains(next)
                    || CoachLexicon.marketingNames.contains(next)
            }
            if breaks || afterPunct { id += 1 }
            afterPunct = false
            ids.append(id)
        }
        return ids
    }
}
