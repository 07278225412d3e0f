import Foundation
import Testing

@testable import AccordCore

/// The plain-Swift text calls of Support/TextSearch.swift against the Foundation calls they replace
/// (the binary links only FoundationEssentials; the tests keep Foundation as the definition).
@Suite("Text search")
struct TextSearchTests {
    /// Pieces of typed text: ASCII, spaces of every kind, punctuation the parsers trim, accents
    /// precomposed and combining, non-BMP scalars, and the needles the call sites search for.
    static let pieces: [String] = [
        "", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{2028}", "\u{85}", "\u{200B}", "a", "B", "x",
        "carry", "Carry", "CARRIED", "and", " and ", "e.g.", "E.G.", "by", "Dana", "é", "É", "e\u{301}", "\u{301}", "ü", "Ü", "ß",
        "ﬁ", "İ", "ı", "Σ", "ς", "😀", "👍🏽", "’", "'", "—", "–", "-", ",", ";", ":", ".", "#", "&", "+", "/", "|", "<", ">", "\"",
        "{sales}", "{marketing}", "activitys", "( )", "()", "’s", "Ｆ", "\u{1B}",
    ]

    /// Deterministic strings built from `pieces` (a linear congruential generator).
    static func samples(_ count: Int, seed start: UInt64 = 42) -> [String] {
        var out = pieces
        var seed = start
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<count {
            var s = ""
            for _ in 0..<(next() % 7 + 1) { s += pieces[next() % pieces.count] }
            out.append(s)
        }
        return out
    }

    static let needles = [
        "carry", "carried", "and", " and ", "’", "'", ",", ".", "|", "\n", "<", ">", "\"", "  ", " ,", ",,", "( )", "()", "+", "/",
        "{sales}", "{marketing}", "activitys", "e.g.", "é", "Dana", "a",
    ]

    @Test func spaceSetsMatchCharacterSetOnEveryScalar() {
        for value in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(isHorizontalSpace(s) == CharacterSet.whitespaces.contains(s), "U+\(String(value, radix: 16))")
            #expect(s.isTrimmedSpace == CharacterSet.whitespacesAndNewlines.contains(s), "U+\(String(value, radix: 16))")
        }
    }

    @Test func trimsMatchFoundation() {
        for s in Self.samples(4_000) {
            #expect(s.trimmingWhitespaceSet() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimmingSpacesAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            let sub = s.dropFirst()
            #expect(sub.trimmingWhitespaceSet() == sub.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            for set in [" ,.;:-—!", " ,.;:-—", "#.", ":", ",;.", " .,;", ". ", " \t.:—–-", " \t,;"] {
                #expect(
                    s.trimming(charactersIn: set) == s.trimmingCharacters(in: CharacterSet(charactersIn: set)),
                    "\(s.debugDescription) \(set)")
            }
        }
    }

    /// Offsets in UTF-8 bytes, to compare ranges of two different calls.
    static func offsets<S: StringProtocol>(_ r: Range<String.Index>?, in s: S) -> [Int]? {
        r.map { [s.utf8.distance(from: s.startIndex, to: $0.lowerBound), s.utf8.distance(from: s.startIndex, to: $0.upperBound)] }
    }

    @Test func rangeOfTextMatchesFoundation() {
        for s in Self.samples(3_000) {
            for needle in Self.needles {
                #expect(
                    Self.offsets(s.rangeOfText(needle), in: s) == Self.offsets(s.range(of: needle), in: s),
                    "\(needle.debugDescription) in \(s.debugDescription)")
                let lower = s.lowercased()
                if let first = lower.rangeOfText(needle) {
                    let after = first.upperBound..<lower.endIndex
                    #expect(
                        Self.offsets(lower.rangeOfText(needle, range: after), in: lower)
                            == Self.offsets(lower.range(of: needle, range: after), in: lower),
                        "\(needle.debugDescription) again in \(lower.debugDescription)")
                }
            }
        }
    }

    @Test func caseInsensitiveRangeMatchesFoundation() {
        for s in Self.samples(2_000, seed: 7) {
            // Not "ß": the corelibs match it with unrelated text ("sＦ"); ours matches "ss" and "SS" only.
            for needle in ["e.g.", "carry", "dana", "DANA", "é", "É", "ü", "web", "x", "ss", "fi"] {
                #expect(
                    Self.offsets(s.rangeOfTextIgnoringCase(needle), in: s)
                        == Self.offsets(s.range(of: needle, options: .caseInsensitive), in: s),
                    "\(needle.debugDescription) in \(s.debugDescription)")
            }
        }
    }

    @Test func replacingTextMatchesFoundation() {
        for s in Self.samples(3_000, seed: 9) {
            for (old, new) in [
                (" and ", "&"), ("’", "'"), (",", ""), (".", ""), ("|", "\\|"), ("\n", " "), ("<", "&lt;"), ("\"", "\"\""), ("  ", " "),
                ("{sales}", "Dana"), ("a", "aa"), ("é", "e"), ("\r\n", "\n"),
            ] {
                #expect(
                    s.replacingText(old, with: new) == s.replacingOccurrences(of: old, with: new),
                    "\(old.debugDescription) in \(s.debugDescription)")
            }
        }
    }

    @Test func paddingMatchesFoundation() {
        for s in Self.samples(500, seed: 3) where !s.unicodeScalars.contains(where: { $0.value > 0xFFFF }) {
            for length in [0, 3, 10, 14] {
                #expect(s.paddedWithSpaces(to: length) == s.padding(toLength: length, withPad: " ", startingAt: 0), "\(s.debugDescription)")
            }
        }
    }

    @Test func cFormatMatchesStringFormat() {
        var seed: UInt64 = 5
        for i in 0..<3_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let n = Int(seed >> 40) % 100_000 - (i % 3 == 0 ? 500 : 0)
            let v = Double(Int64(bitPattern: seed >> 1) % 10_000_000) / Double([1, 7, 100, 1_000, 3][i % 5]) * (i % 4 == 0 ? -1 : 1)
            #expect(cFormat("%04d-%02d-%02d", n, n % 13, n % 32) == String(format: "%04d-%02d-%02d", n, n % 13, n % 32))
            #expect(cFormat("%.1f", v) == String(format: "%.1f", v), "\(v)")
            #expect(cFormat("%.2f", v) == String(format: "%.2f", v), "\(v)")
            #expect(cFormat("model:%.2f", v / 1e6) == String(format: "model:%.2f", v / 1e6), "\(v)")
            #expect(cFormat(".%02lld", Int64(n % 100)) == String(format: ".%02lld", Int64(n % 100)))
        }
        for v in [0.005, 0.015, 0.125, 2.675, 1e300, -0.0, 0.05, 0.95] {
            #expect(cFormat("%.2f", v) == String(format: "%.2f", v), "\(v)")
            #expect(cFormat("%.1f", v) == String(format: "%.1f", v), "\(v)")
        }
    }

    @Test func pathsMatchNSString() {
        let parts = ["", "/", "//", "a", "b.jsonl", ".accord", "é", "x y", ".", ".."]
        var paths: [String] = []
        for a in parts { for b in parts { for c in parts { paths.append(a + b + c) } } }
        // Foundation (corelibs, Swift 6.3) traps on a relative path of one character (with or without
        // trailing slashes) and on "//" followed by a non-ASCII character.
        func trapsFoundation(_ p: String) -> Bool {
            var s = Substring(p)
            while s.hasSuffix("/") { s.removeLast() }
            let scalars = Array(p.unicodeScalars)
            let slashesThenNonASCII = scalars.indices.dropFirst(2).contains {
                scalars[$0 - 2] == "/" && scalars[$0 - 1] == "/" && !scalars[$0].isASCII
            }
            return (s.count == 1 && s != "/") || slashesThenNonASCII
        }
        for p in paths where !trapsFoundation(p) {
            #expect(PathText.deletingLastComponent(p) == (p as NSString).deletingLastPathComponent, "\(p.debugDescription)")
            for c in ["", "a", "b/", "/c", "//c", "history"] {
                #expect(PathText.appending(p, c) == (p as NSString).appendingPathComponent(c), "\(p.debugDescription) + \(c)")
            }
        }
    }

    @Test func isoTimesMatchTheFormatter() {
        let formatter = ISO8601DateFormatter()
        var seed: UInt64 = 11
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let date = Date(timeIntervalSince1970: Double(seed >> 31) - 1_000_000_000)
            let text = formatter.string(from: date)
            #expect(UTCTime.iso(date) == text)
            #expect(ShowCommand.seconds(text) == formatter.date(from: text)?.timeIntervalSince1970, "\(text)")
        }
        for text in [
            "", "2026-11-30", "2026-11-30T15:20:46", "2026-11-30T15:20:46+01:00", "2026-11-30 15:20:46Z", "x", "2026-13-40T99:99:99Z",
        ] {
            #expect(ShowCommand.seconds(text) == formatter.date(from: text)?.timeIntervalSince1970, "\(text)")
        }
    }

    @Test func theLockKeepsCountsWhole() {
        let lock = MutexLock()
        nonisolated(unsafe) var total = 0
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { lock.withLock { total += 1 } }
        }
        #expect(lock.withLock { total } == 80_000)
    }
}
