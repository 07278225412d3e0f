#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Plain-Swift replacements for the `NSString` text calls Accord used (`trimmingCharacters(in:)`,
// `replacingOccurrences(of:with:)`, `range(of:)`, `padding(toLength:withPad:startingAt:)`,
// `String(format:)`), so the binary links only FoundationEssentials (docs/essentials.md). The trim
// to `.whitespaces` is `trimmingWhitespaceSet()` (FastText.swift). Each one is checked by
// `TextSearchTests` against the Foundation call it replaces, on generated text with Unicode.

extension StringProtocol {
    /// What `trimmingCharacters(in: .whitespacesAndNewlines)` returns.
    func trimmingSpacesAndNewlines() -> String { trimmingScalars(where: { $0.isTrimmedSpace }) }

    /// What `trimmingCharacters(in: CharacterSet(charactersIn: set))` returns.
    func trimming(charactersIn set: String) -> String {
        let scalars = Array(set.unicodeScalars)
        return trimmingScalars(where: { scalars.contains($0) })
    }

    /// The text without the leading and trailing scalars `drop` accepts.
    /// Only the ends are read scalar by scalar; the kept middle is copied as one slice (appending
    /// it scalar by scalar cost about 1.1 M instructions for a 5 KB answer, twice per answer).
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let u = String(self).unicodeScalars  // a String is not copied; a Substring's bytes once
        var start = u.startIndex
        var end = u.endIndex
        while start < end, drop(u[start]) { start = u.index(after: start) }
        while end > start {
            let before = u.index(before: end)
            guard drop(u[before]) else { break }
            end = before
        }
        // A scalar slice keeps a combining mark whose base was trimmed ("\u{20}\u{301}x" → "\u{301}x"),
        // which slicing the characters would not.
        let kept: Substring.UnicodeScalarView = u[start..<end]
        return String(Substring(kept))
    }

    /// The first range of `needle` within `range` if given, character by character (canonically
    /// equivalent characters match, and a match never splits a character: "e" is not found in
    /// "é" written as e + U+0301; "\r\n" counts as two): what `range(of:range:)` finds. An empty
    /// needle is never found.
    func rangeOfText<T: StringProtocol>(_ needle: T, range: Range<Index>? = nil) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        let lower = range?.lowerBound ?? startIndex
        let upper = range?.upperBound ?? endIndex
        // ASCII: every byte is a character, compare bytes.
        if needle.utf8.allSatisfy({ $0 < 0x80 }) && self[lower..<upper].utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiRange(of: Array(needle.utf8), from: lower, to: upper)
        }
        return pieceRange(of: String(needle), from: lower, to: upper) { $0 }
    }

    /// The first range of `needle` ignoring case, character by character, each compared by its
    /// full case folding ("ß" matches "SS"): what `range(of: needle, options: .caseInsensitive)`
    /// finds.
    func rangeOfTextIgnoringCase<T: StringProtocol>(_ needle: T) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        return pieceRange(of: String(needle), from: startIndex, to: endIndex) { $0.uppercased().lowercased() }
    }

    private func asciiRange(of n: [UInt8], from lower: Index, to upper: Index) -> Range<Index>? {
        let hay = utf8
        var i = lower
        while i != upper {
            if hay[i] == n[0] {
                var j = hay.index(after: i)
                var k = 1
                while k < n.count, j != upper, hay[j] == n[k] {
                    j = hay.index(after: j)
                    k += 1
                }
                if k == n.count { return i..<j }
            }
            i = hay.index(after: i)
        }
        return nil
    }

    /// `self[lower..<upper]` as NSString sees its composed characters: Swift's characters, with
    /// "\r\n" as two and combining marks after a control character joined to it. Each piece:
    /// where it starts and ends.
    private func pieces(from lower: Index, to upper: Index) -> [(String, Range<Index>)] {
        var out: [(String, Range<Index>)] = []
        let text = self[lower..<upper]
        var i = text.startIndex
        while i != text.endIndex {
            let next = text.index(after: i)
            if text[i] == "\r\n" {
                let mid = text.unicodeScalars.index(after: i)
                out.append((String(text[i..<mid]), i..<mid))
                out.append((String(text[mid..<next]), mid..<next))
            } else if let first = text[i].unicodeScalars.first, first.properties.isGraphemeExtend, let last = out.last {
                out[out.count - 1] = (last.0 + String(text[i..<next]), last.1.lowerBound..<next)
            } else {
                out.append((String(text[i..<next]), i..<next))
            }
            i = next
        }
        return out
    }

    /// The first run of whole pieces of the text whose keys, joined, are the keys of the
    /// needle's pieces joined (`key` gives a piece's comparison form; compared canonically).
    private func pieceRange(of needle: String, from lower: Index, to upper: Index, key: (String) -> String) -> Range<Index>? {
        let want = needle.pieces(from: needle.startIndex, to: needle.endIndex).map { key($0.0) }.joined()
        let hay = pieces(from: lower, to: upper)
        let keys = hay.map { key($0.0) }
        for start in hay.indices {
            var joined = ""
            var k = start
            while k < hay.count {
                joined += keys[k]
                if joined == want { return hay[start].1.lowerBound..<hay[k].1.upperBound }
                guard want.hasPrefix(joined) || joined.unicodeScalars.count < want.unicodeScalars.count else { break }
                k += 1
            }
        }
        return nil
    }

    /// Every occurrence of `old` replaced by `new`, left to right, compared byte for byte (UTF-8):
    /// what `replacingOccurrences(of:with:)` returns.
    public func replacingText(_ old: String, with new: String) -> String {
        var out = ""
        var rest = self[...]
        var changed = false
        while let r = rest.rangeOfText(old) {
            out += rest[..<r.lowerBound]
            out += new
            rest = rest[r.upperBound...]
            changed = true
        }
        if !changed { return String(self) }
        out += rest
        return out
    }

    /// Cut or padded with spaces to `length` UTF-16 units: what
    /// `padding(toLength: length, withPad: " ", startingAt: 0)` returns.
    func paddedWithSpaces(to length: Int) -> String {
        let units = utf16.count
        if units >= length { return String(decoding: Array(utf16.prefix(length)), as: UTF16.self) }
        return String(self) + String(repeating: " ", count: length - units)
    }
}

/// `String(format:)` for C conversions of numbers (`%04d`, `%.2f`, `%02lld`), through the C
/// library's `vsnprintf`, which is what `String(format:)` uses for them.
func cFormat(_ format: String, _ arguments: CVarArg...) -> String {
    withVaList(arguments) { list in
        var buffer = [CChar](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 128, format, list) }
        if n >= 128 {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            return withVaList(arguments) { again in
                _ = buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, Int(n) + 1, format, again) }
                return String(cString: buffer)
            }
        }
        return String(cString: buffer)
    }
}
