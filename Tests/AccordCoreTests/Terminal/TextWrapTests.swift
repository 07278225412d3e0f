import Testing

@testable import AccordCore

@Suite("Word wrap")
struct TextWrapTests {
    @Test func wrapsAtWordBoundaries() {
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 10) == "the quick\nbrown fox\njumps")
    }

    @Test func keepsLongWordsIntact() {
        #expect(TextWrap.wrap("a supercalifragilistic b", width: 8) == "a\nsupercalifragilistic\nb")
    }

    @Test func hangingIndentAppliesToFollowingLines() {
        #expect(TextWrap.wrap("one two three four", width: 10, indent: "- ", hangingIndent: "  ") == "- one two\n  three\n  four")
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect(TextWrap.wrap("a b\n\nc", width: 80) == "a b\n\nc")
    }

    @Test func stylingAndWideCharactersAreMeasuredByColumns() {
        let bold = Style(enabled: true).bold("bold")
        #expect(TextWrap.wrap("\(bold) word", width: 9) == "\(bold) word")
        #expect(TextWrap.visibleWidth("日本") == 4)
        #expect(TextWrap.visibleWidth("é") == 1)
    }
}
