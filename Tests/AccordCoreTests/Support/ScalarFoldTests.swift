import Foundation
import Testing

@testable import AccordCore

/// `ScalarFold` against its definition, Foundation's folding followed by `lowercased()`, compared
/// scalar for scalar (not by `==`, which would hide differences of canonical order).
@Suite("Scalar fold")
struct ScalarFoldTests {
    static func foundation(_ s: String) -> [Unicode.Scalar] {
        Array(s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().unicodeScalars)
    }

    static func mine(_ s: String) -> [Unicode.Scalar] { Array(ScalarFold.fold(s).unicodeScalars) }

    static func hex(_ s: String) -> String { s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    /// Every scalar of the Basic Multilingual Plane and every 13th beyond, alone and after a letter.
    @Test func everyScalarAloneAndAfterALetter() {
        var differing = 0
        for value in UInt32(1)...0x10_FFFF where value < 0x1_0000 || value % 13 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for s in [String(scalar), "a" + String(scalar), String(scalar) + "e\u{301}"] where Self.mine(s) != Self.foundation(s) {
                differing += 1
                Issue.record("\(Self.hex(s))")
                if differing > 20 { return }
            }
        }
    }

    /// Every mark after a base of each kind, and twice after a base that keeps the first.
    @Test func everyMarkAfterEveryKindOfBase() {
        let marks = (UInt32(0x80)...0x10_FFFF).filter { ScalarFold.isMark($0) }.compactMap(Unicode.Scalar.init)
        #expect(marks.count > 2_000)
        var differing = 0
        for base in ["a", "Å", "क", "😀", "ｶ", "Ⅻ", "Ա", "ガ"] {
            for mark in marks {
                for s in [base + String(mark), base + String(mark) + "\u{301}", base + "\u{301}" + String(mark)]
                where Self.mine(s) != Self.foundation(s) {
                    differing += 1
                    Issue.record("\(Self.hex(s))")
                    if differing > 20 { return }
                }
            }
        }
    }

    /// Typed text: words in many scripts with accents precomposed and combining, full-width and
    /// half-width forms, ligatures, emoji; and random scalars (no U+0000, no half-width voiced
    /// mark first, no mark first: the documented differences).
    @Test func generatedTextMatchesFoundation() {
        let pieces = [
            "a", "E", "é", "e\u{301}", "Ｆ", "ｶ", "ﾞ", "ß", "ﬁ", "Σ", "ς", "İ", "Ǆ", "가", "Å", "ø", "Œ", "ł", "’", "—", "😀", "ガ", "Ⅻ",
            "①", "㎏", "ᾳ", "ŉ", "Ǳ", "й", "ệ", "क्ष", "हिंदी", "שָׁלוֹם", "مَرْحَبًا", "👍🏽", "❤️", "👨‍👩‍👧", "ไทย", " ", "x", "1", "Ա", "Ⓐ",
            "Ⱡ", "ᄀ", "ᅡ", "ᆨ", "\u{200D}", "\u{FE0F}", "Tomás", "Straße", "ＦＵＬＬ", "naïve café", "Ünïcödé", "O’Brien", "Zoë",
        ]
        var seed: UInt64 = 23
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        var differing = 0
        for _ in 0..<30_000 {
            var s = ""
            for _ in 0..<(next() % 6 + 1) {
                switch next() % 3 {
                case 0: s += pieces[next() % pieces.count]
                case 1: s += String(Unicode.Scalar(UInt32(0x300 + next() % 0x70))!)
                default:
                    if let scalar = Unicode.Scalar(UInt32(1 + next() % 0x2_FFFF)) { s.unicodeScalars.append(scalar) }
                }
            }
            if let first = s.unicodeScalars.first, ScalarFold.isMark(first.value) { continue }
            if Self.mine(s) != Self.foundation(s) {
                differing += 1
                Issue.record("\(Self.hex(s))")
                if differing > 20 { return }
            }
        }
    }
}
