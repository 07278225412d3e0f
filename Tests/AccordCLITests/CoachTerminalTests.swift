import AccordCore
import Foundation
import Testing

/// The blame-free coach in a roles session typed in a real terminal (issue 18): the check-in is a
/// text capture, so the coach is on there by default, and `show` keeps both wordings.
@Suite("Coach in a terminal", .serialized)
struct CoachTerminalTests {
    typealias D = SessionDriver

    @Test func blamingLineInARolesSessionIsNudgedAndShowKeepsBothWordings() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try D.start("roles", root: root)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("I think you ignore the reports\r")
        let nudged = D.flat(try session.expectPrompt(D.sales, timeout: 15))
        #expect(nudged.contains("A thought before I note that:"))
        #expect(nudged.contains("Press Enter to keep it as written, or type a rephrased version."))
        session.send("I'd like to know how the weekly reports get used on your side\r")
        let next = D.flat(try session.expectPrompt(D.marketing, timeout: 15))
        #expect(!next.contains("A thought before I note that"))
        // A blame-free line from the other lead passes without a nudge.
        session.send("I could share the reports earlier in the week\r")
        try session.expect("Step 2 of", timeout: 15)
        session.send("/quit\r")
        #expect(try session.waitForExit(timeout: 15) == 0)

        let events = try D.onlyTranscript(root: root).events
        #expect(
            events.contains {
                if case .coachFlag(.sales, "I think you ignore the reports", _, _) = $0 { return true }
                return false
            })
        let answers = events.compactMap {
            if case .answer(_, let text) = $0 { return text }
            return nil
        }
        #expect(
            answers == ["I'd like to know how the weekly reports get used on your side", "I could share the reports earlier in the week"])

        let id = try #require(D.transcripts(root: root).first.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        let shown = try E2E.run(["show", id], input: "", environment: AccordBinary.environment(root: root))
        #expect(shown.status == 0)
        let text = D.flat(String(decoding: shown.stdout, as: UTF8.self))
        #expect(text.contains("Dana (Sales) › I think you ignore the reports"))
        #expect(text.contains("(rephrased; first wording not noted: \"I think you ignore the reports\")"))
        #expect(text.contains("I'd like to know how the weekly reports get used on your side"))
    }

    /// A pasted answer of over 1 KB is written while the coach reads it; when the coach flags it, that
    /// write is withdrawn before the nudge is shown, so the file holds the coach's question and not the
    /// answer until it is kept.
    @Test(.timeLimit(.minutes(2)))
    func aLongPastedBlamingAnswerIsNudgedAndStoredOnlyOnceKept() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try D.start("roles", root: root)
        try session.expectPrompt(D.sales, timeout: 15)
        let lines = (1...14).map { "Week \($0): you ignore the reports we send, and nobody on your side reads the pipeline notes." }
        let pasted = lines.joined(separator: "\n")
        #expect(pasted.utf8.count >= CoachAhead.minimumLength)
        session.send("\u{1B}[200~" + lines.joined(separator: "\r") + "\r\u{1B}[201~")
        try session.expect("A thought before I note that:", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        let pending = try D.onlyTranscript(root: root).events
        #expect(pending.contains { if case .coachFlag(.sales, pasted, _, _) = $0 { return true } else { return false } })
        #expect(!pending.contains { if case .answer = $0 { return true } else { return false } })
        session.send("\r")  // keep it as written
        try session.expectPrompt(D.marketing, timeout: 15)
        session.send("/quit\r")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let file = try TranscriptReader.read(url: URL(fileURLWithPath: try #require(D.transcripts(root: root).first)))
        #expect(file.warnings.isEmpty)
        #expect(file.damage == nil)
        let answers = file.records.compactMap {
            if case .answer(.sales, let text) = $0.event { return text }
            return nil
        }
        #expect(answers == [pasted])
    }
}
