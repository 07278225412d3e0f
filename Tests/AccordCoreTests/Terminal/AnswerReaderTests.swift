import Testing

@testable import AccordCore

@Suite("Answer reader")
struct AnswerReaderTests {
    @Test func aSingleLineIsAnAnswer() {
        let lines = ScriptedLineReader(["hello"])
        #expect(AnswerReader(lines).read(prompt: "> ") == .line("hello"))
    }

    @Test func fencesCollectAParagraph() {
        let lines = ScriptedLineReader(["\"\"\"", "first", "", "third", "\"\"\"", "next"])
        let answers = AnswerReader(lines)
        #expect(answers.read(prompt: "> ") == .line("first\n\nthird"))
        #expect(lines.prompts == ["> ", "… ", "… ", "… ", "… "])
        #expect(answers.read(prompt: "> ") == .line("next"))
    }

    @Test func aParagraphCountsOnceAgainstTheAnswerLimit() {
        let line = String(repeating: "y", count: 1_000)
        // 65 lines of 1,000 bytes and their newlines: 65,064 bytes, under the limit.
        let under = ScriptedLineReader(["\"\"\""] + Array(repeating: line, count: 65) + ["\"\"\""])
        guard case .line(let text) = AnswerReader(under).read(prompt: "> ") else {
            Issue.record("no answer")
            return
        }
        #expect(text.utf8.count == 65 * 1_001 - 1 && !AnswerLimit.exceeded(by: text))
        // 70 lines: over; what comes back is over the limit (so refused) but no bigger than it.
        let over = ScriptedLineReader(["\"\"\""] + Array(repeating: line, count: 70) + ["\"\"\"", "next"])
        let answers = AnswerReader(over)
        guard case .line(let long) = answers.read(prompt: "> ") else {
            Issue.record("no answer")
            return
        }
        #expect(AnswerLimit.exceeded(by: long) && long.utf8.count == AnswerLimit.bytes + 1)
        #expect(answers.read(prompt: "> ") == .line("next"))
    }

    @Test func ctrlCAbandonsTheParagraph() {
        let lines = ScriptedLineReader(inputs: [.line("\"\"\""), .line("draft"), .interrupted, .line("again")])
        let answers = AnswerReader(lines)
        #expect(answers.read(prompt: "> ") == .interrupted)
        #expect(answers.read(prompt: "> ") == .line("again"))
    }

    @Test func endOfInputKeepsWhatWasTypedThenEnds() {
        let lines = ScriptedLineReader(["\"\"\"", "unfinished"])
        let answers = AnswerReader(lines)
        #expect(answers.read(prompt: "> ") == .line("unfinished"))
        #expect(answers.read(prompt: "> ") == .endOfInput)
        #expect(AnswerReader(ScriptedLineReader(["\"\"\""])).read(prompt: "> ") == .endOfInput)
    }

    @Test func fenceMayHaveSurroundingSpaces() {
        let answers = AnswerReader(ScriptedLineReader(["  \"\"\" ", "x", "\"\"\""]))
        #expect(answers.read(prompt: "> ") == .line("x"))
    }
}
