#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One piece of typed text, with where it sits in the original string: a word (lowercased, accents
/// removed), a run of ASCII digits, or one punctuation character. Spaces are not tokens.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punct
    }

    var kind: Kind
    /// Folded text: lowercase, without accents ("Tomás" → "tomas"); digits or the character as typed.
    var text: String
    /// Where it is in the original string.
    var range: Range<String.Index>
    /// Whether a space (or the start of the text) comes right before it.
    var spaced: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var int: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }
    func isPunct(_ chars: String) -> Bool { kind == .punct && chars.contains(text) }

    /// Lowercase without accents, the way names and words are compared.
    /// ASCII text takes a byte test and `lowercased()`; anything else goes through `ScalarFold`,
    /// which folds as Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive,
    /// .widthInsensitive], locale: nil)` followed by `lowercased()`, the one definition (the tests
    /// compare them on every ASCII character, on every scalar and on generated text).
    /// Folding is most of what reading a typed line costs, so the shortcut is what keeps a long
    /// answer fast (docs/understanding.md).
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return ScalarFold.fold(s)
    }

    /// `fold` character by character, so the result has exactly as many characters as `s` and
    /// offsets found in it apply to `s` ("Straße" folds to "straße", not "strasse").
    static func foldKeepingLength(_ s: String) -> String {
        var out = ""
        for c in s {
            let f = fold(String(c))
            if f.count == 1 { out += f } else if String(c).lowercased().count == 1 { out += String(c).lowercased() } else { out.append(c) }
        }
        return out.replacingText("’", with: "'")
    }

    /// The tokens of `text`.
    static func scan(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var i = text.startIndex
        var spaced = true
        while i < text.endIndex {
            let ch = text[i]
            if ch.isWhitespace {
                spaced = true
                i = text.index(after: i)
                continue
            }
            let start = i
            if ch.isASCII && ch.isNumber {
                while i < text.endIndex, text[i].isASCII, text[i].isNumber { i = text.index(after: i) }
                tokens.append(Token(kind: .number, text: String(text[start..<i]), range: start..<i, spaced: spaced))
            } else if ch.isLetter {
                while i < text.endIndex {
                    let c = text[i]
                    if c.isLetter || (c.isNumber && !c.isASCII) {
                        i = text.index(after: i)
                    } else if c == "'" || c == "’" {
                        let next = text.index(after: i)
                        guard next < text.endIndex, text[next].isLetter else { break }
                        i = next
                    } else {
                        break
                    }
                }
                let raw = String(text[start..<i])
                let word = raw.utf8.allSatisfy({ $0 < 0x80 }) ? raw.lowercased() : fold(raw).replacingText("’", with: "'")
                tokens.append(Token(kind: .word, text: word, range: start..<i, spaced: spaced))
            } else {
                i = text.index(after: i)
                tokens.append(Token(kind: .punct, text: String(ch), range: start..<i, spaced: spaced))
            }
            spaced = false
        }
        return tokens
    }
}

extension String {
    /// Trimmed of spaces and the given punctuation at both ends, scalar by scalar: the same result as
    /// `trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: extra)))`
    /// (the definition; `TrimmedTests` compares them), without building a `CharacterSet`
    /// and bridging to `NSString` on every call — the parsers of typed answers call it thousands of
    /// times a line.
    func trimmed(_ extra: String = "") -> String {
        func trims(_ s: Unicode.Scalar) -> Bool { s.isTrimmedSpace || extra.unicodeScalars.contains(s) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trims($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trims($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespacesAndNewlines`: the space separators (Zs), line and paragraph
    /// separators, the zero-width space U+200B, and the controls U+0009–U+000D and U+0085.
    var isTrimmedSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
