import Testing

@testable import AccordCore

/// The byte-level placeholder scan (ASCII text) finds what the Character scan finds.
@Suite("Placeholder scan")
struct PlaceholderScanTests {
    @Test func asciiAndGeneralPathsAgree() {
        let samples: [(String, [String])] = [
            ("What should {sales} and {marketing} achieve?", ["sales", "marketing"]),
            ("{a{sales}} {} {x y} {q\n} {bad!} {ok_1-2.3} {", ["sales", "x y", "ok_1-2.3"]),
            ("no braces at all", []),
            ("{sales}}{{marketing}", ["sales", "marketing"]),
        ]
        for (text, expected) in samples {
            #expect(PlaybookPlaceholders.asciiNames(in: text) == expected, "\(text)")
            #expect(PlaybookPlaceholders.names(in: text) == expected)
            // The same text with one non-ASCII letter far from any brace takes the general path.
            #expect(PlaybookPlaceholders.names(in: text + " é") == expected)
        }
        #expect(PlaybookPlaceholders.asciiNames(in: "Zoë {sales}") == nil)
        #expect(PlaybookPlaceholders.asciiNames(in: "{sales}\r\n") == nil)
        #expect(PlaybookPlaceholders.names(in: "{Zoë}") == ["Zoë"])
    }
}
