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
