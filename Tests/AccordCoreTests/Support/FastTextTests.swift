import Foundation
import Testing

@testable import AccordCore

/// The hot-path trim of Support/FastText.swift against its one definition, Foundation's
/// `trimmingCharacters(in: .whitespaces)`.
@Suite("Fast text")
struct FastTextTests {
    /// Every kind of character a trim must keep or drop: ASCII spaces and controls, Unicode
    /// spaces (Zs), line and paragraph separators, NEL, combining marks, non-BMP scalars.
    static let pieces: [String] = [
        "", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{2029}",
        "\u{202F}", "\u{3000}", "\u{200B}", "\u{FEFF}", "a", "Went well", "é", "e\u{301}", "\u{301}", "😀", "Zoë", "—", "\u{1B}[1m",
    ]

    /// Deterministic strings built from `pieces` (a small linear congruential generator).
    static let samples: [String] = {
        var out = pieces
        var seed: UInt64 = 42
        for _ in 0..<3_000 {
            var s = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 61) + 1 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s += pieces[Int(seed >> 33) % pieces.count]
            }
            out.append(s)
        }
        return out
    }()

    @Test func whitespaceTrimMatchesFoundation() {
        for sample in Self.samples {
            #expect(sample.trimmingWhitespaceSet() == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
        }
    }

    @Test func aLongAnswerIsTrimmedAtBothEnds() {
        let body = String(repeating: "On 12 March the webinar had 340 sign-ups. ", count: 120) + "Done"
        #expect(" \n\t\u{A0}\(body)\r\n\u{2028} ".trimmed() == body)  // the answer's trim (Token.swift)
        #expect(" \t\u{3000}\(body) \t".trimmingWhitespaceSet() == body)
    }
}
