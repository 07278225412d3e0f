import AccordCore
import Foundation
import Testing

/// Long answers in a real terminal: a bracketed paste of several lines is one answer, and
/// `/editor` submits what was written in $EDITOR as one answer.
@Suite("Long answers in a terminal", .serialized)
struct LongAnswerTests {
    private typealias D = SessionDriver

    private func answers(root: String) throws -> [(Role, String)] {
        try D.onlyTranscript(root: root).events.compactMap {
            if case .answer(let speaker, let text) = $0 { return (speaker, text) }
            return nil
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func aPastedParagraphIsOneAnswer() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try D.start("goals", root: root)
        let screen = try session.expectPrompt("Dana (Sales) › ", timeout: 15)
        _ = screen
        #expect(session.output.contains("\u{1B}[?2004h"), "bracketed paste is turned on at the prompt")
        session.send("Keen: \u{1B}[200~pipeline first\rthen the events\r\u{1B}[201~")
        try session.expectPrompt("Lee (Marketing) › ", timeout: 15)
        // A one-line paste is inserted for editing, not submitted.
        session.send("Glad \u{1B}[200~to plan~\u{1B}[201~ together\r")
        try session.expect("Lee (Marketing)", timeout: 15)
        session.send("/quit\r")
        _ = try session.waitForExit(timeout: 15)
        let said = try answers(root: root)
        #expect(said.first.map { $0.0 } == .sales)
        #expect(said.first.map { $0.1 } == "Keen: pipeline first\nthen the events")
        #expect(said.contains { $0.0 == .marketing && $0.1 == "Glad to plan~ together" })
        #expect(session.output.contains("\u{1B}[?2004l"), "bracketed paste is turned off after the read")
    }

    @Test(.timeLimit(.minutes(2)))
    func editorTextIsOneAnswerFromAPrivateFile() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let editor = "sh -c 'stat -c %a \"$0\" > \(root)/mode; printf \"Our pipeline review\\nneeds two owners\\n\" > \"$0\"'"
        let session = try D.spawn(
            ["start", "goals", "--sales", "Dana", "--marketing", "Lee"], root: root, extra: ["EDITOR": editor, "TMPDIR": root])
        try session.expectPrompt("Dana (Sales) › ", timeout: 15)
        // Typed in full: "/edi" + Tab is ambiguous since /edit exists too.
        session.send("/editor")
        try session.expect("tor", timeout: 10)
        session.send("\r")
        try session.expectPrompt("Lee (Marketing) › ", timeout: 15)
        session.send("/quit\r")
        _ = try session.waitForExit(timeout: 15)
        #expect(try String(contentsOfFile: root + "/mode", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "600")
        let said = try answers(root: root)
        #expect(said.first.map { $0.1 } == "Our pipeline review\nneeds two owners")
        #expect(FileManager.default.fileExists(atPath: root + "/mode"), "the editor ran in TMPDIR's sandbox")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix("accord-answer-") }
        #expect(leftovers.isEmpty)
    }
}

/// Without a terminal, `/editor` is refused with a note and the next line is the answer.
@Suite("Long answers in scripts")
struct ScriptedEditorTests {
    @Test func editorNeedsATerminal() throws {
        let box = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let result = try box.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: "/editor\nKeen on goals\n")
        #expect(result.status == 0)
        #expect(result.out.contains("/editor needs a terminal"))
        let file = try #require(E2E.transcripts(in: box.store).first)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Keen on goals"))
    }
}
