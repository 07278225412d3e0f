import Testing

@testable import AccordCore

@Suite("Terminal-safe text")
struct TerminalSafeTests {
    @Test func escapeBecomesVisible() {
        #expect(TerminalSafe.clean("\u{1B}[31mred\u{1B}[0m") == "^[[31mred^[[0m")
        #expect(TerminalSafe.clean("\u{1B}]0;title\u{07}") == "^[]0;title^G")
    }

    @Test func keepsNewlineTabAndUnicode() {
        #expect(TerminalSafe.clean("a\tb\nc é 日本") == "a\tb\nc é 日本")
    }

    @Test func otherControlsDelAndC1AreVisible() {
        #expect(TerminalSafe.clean("a\rb\u{00}\u{7F}") == "a^Mb^@^?")
        #expect(TerminalSafe.clean("\u{9B}31m") == "M-^[31m")
        #expect(TerminalSafe.clean("x\u{202E}y") == "x<U+202E>y")
    }

    @Test func cleanLineAlsoFlattensNewlines() {
        #expect(TerminalSafe.cleanLine("a\nb\tc") == "a^Jb c")
    }

    @Test func cleanTextIsReturnedUnchanged() {
        #expect(!TerminalSafe.needsCleaning("plain text"))
    }
}
