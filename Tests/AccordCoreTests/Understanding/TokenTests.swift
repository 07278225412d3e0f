import Foundation
import Testing

@testable import AccordCore

@Suite struct TokenTests {
    @Test func foldOfEveryASCIICharacterMatchesFoundation() {
        for byte in UInt8(0)..<0x80 {
            let s = String(UnicodeScalar(byte))
            #expect(Token.fold(s) == Token.foundationFold(s), "byte \(byte)")
        }
    }

    @Test func foldMatchesFoundationOnMixedText() {
        let samples = [
            "Dana", "MARKETING", "Tomás", "Straße", "ＦＵＬＬ width", "Ünïcödé Lee", "O’Brien", "q3 FY27", "naïve café", "İstanbul",
            "Ǆemal", "ﬁnance", "",
        ]
        for s in samples { #expect(Token.fold(s) == Token.foundationFold(s), "\(s)") }
    }

    @Test func wordsAreFoldedAndCurlyApostrophesStraightened() {
        let words = Token.scan("Tomás won’t SIGN by Friday").filter(\.isWord).map(\.text)
        #expect(words == ["tomas", "won't", "sign", "by", "friday"])
    }
}

@Suite struct TrimmedTests {
    /// Every scalar of the Basic Multilingual Plane (and a few beyond) at both ends of a word, with
    /// and without extra characters: `trimmed` gives what Foundation's `trimmingCharacters` gives.
    /// (As an extra character, only the Basic Multilingual Plane short of U+FFFE: Foundation's
    /// `CharacterSet(charactersIn:)` drops characters beyond it. The parsers pass ASCII punctuation.)
    @Test func trimmedMatchesFoundationForEveryScalarAtTheEnds() {
        var checked = 0
        for value in UInt32(0)...0x3_0000 where value < 0xD800 || value > 0xDFFF {
            guard value < 0x1_0000 || value % 97 == 0, let scalar = Unicode.Scalar(value) else { continue }
            let c = String(scalar)
            for s in [c + "ab" + c, c, c + c + " x" + c] {
                #expect(s.trimmed() == s.foundationTrimmed(), "U+\(String(value, radix: 16))")
                if value < 0xFFFE {
                    #expect(s.trimmed(".,;" + c) == s.foundationTrimmed(".,;" + c), "U+\(String(value, radix: 16)) as extra")
                }
            }
            checked += 1
        }
        #expect(checked > 60_000)
    }

    @Test func trimmedMatchesFoundationOnTypedAnswers() {
        let samples = [
            "  31 March. ", "\t(Dana)\n", "—by Friday—", "\u{00A0}next week\u{2003}", "e\u{301} ", " \u{301}x", ".,;", "", "   ",
            "“quoted”", "👍🏽 done 👍🏽", "\u{2028}line\u{2029}", "a\u{85}",
        ]
        for s in samples {
            for extra in ["", " .,;:!?()—–-\"'“”", ".!"] {
                #expect(s.trimmed(extra) == s.foundationTrimmed(extra), "\(s.debugDescription) with \(extra)")
            }
        }
    }
}

extension Token {
    /// Lowercase without accents or width differences, through Foundation: the definition of `fold`.
    static func foundationFold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }
}

extension String {
    /// `trimmingCharacters(in:)` with white space, new lines and `extra`: what `trimmed` must match.
    func foundationTrimmed(_ extra: String = "") -> String {
        trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: extra)))
    }
}
