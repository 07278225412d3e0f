import Foundation
import Testing

/// End-to-end tests of `accord` in a real pseudo-terminal (libedit line editing).
@Suite("Interactive shell in a terminal", .serialized)
struct InteractiveShellTests {
    private func start(root: String, extra: [String: String] = [:], term: String = "xterm") throws -> PTYSession {
        try PTYSession(AccordBinary.path, environment: AccordBinary.environment(root: root, term: term, extra: extra))
    }

    @Test func typedLineIsSubmitted() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("/help\r")
        try session.expect("Commands:")
        try session.expect("/playbooks")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
    }

    @Test func tabCompletesSlashCommands() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("/he\t")
        try session.expect("lp")
        session.send("\r")
        try session.expect("Commands:")
        try session.expectPrompt()
        session.send("\u{04}")
        #expect(try session.waitForExit() == 0)
    }

    @Test func historyIsPersistedBetweenRuns() throws {
        let root = try AccordBinary.temporaryDirectory()
        let first = try start(root: root)
        try first.expectPrompt()
        first.send("/from-run-one\r")
        try first.expect("Unknown command '/from-run-one'")
        try first.expectPrompt()
        first.send("/quit\r")
        #expect(try first.waitForExit() == 0)

        let file = root + "/state/accord/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try start(root: root)
        try second.expectPrompt()
        second.send("\u{1B}[A")
        second.send("\u{1B}[A")
        second.send("\r")
        try second.expect("Unknown command '/from-run-one'")
        try second.expectPrompt()
        second.send("\u{04}")
        #expect(try second.waitForExit() == 0)
    }

    @Test func reverseSearchFindsAnEarlierLine() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("/needle-entry\r")
        try session.expect("Unknown command '/needle-entry'")
        try session.expectPrompt()
        session.send("/other\r")
        try session.expect("Unknown command '/other'")
        try session.expectPrompt()
        session.send("\u{12}needle")
        session.send("\r")
        try session.expect("Unknown command '/needle-entry'")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
    }

    @Test func noHistoryWritesNoFile() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root, extra: ["ACCORD_NOHISTORY": "1"])
        try session.expectPrompt()
        session.send("/secret\r")
        try session.expect("Unknown command")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/state/accord/history"))
    }

    @Test func ctrlCClearsAHalfTypedLine() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("half typed")
        try session.expect("half typed")
        session.send("\u{03}")
        try session.expect("(Ctrl-C again on an empty line, Ctrl-D or /quit to leave)")
        try session.expectPrompt()
        session.send("\r")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
        #expect(!session.plainOutput.contains("is not a command"))
    }

    @Test func ctrlCTwiceOnAnEmptyLineLeaves() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("\u{03}")
        try session.expect("Ctrl-C again")
        try session.expectPrompt()
        session.send("\u{03}")
        #expect(try session.waitForExit() == 0)
    }

    @Test func ctrlCOnATypedLineDoesNotCountTowardsLeaving() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("abc")
        try session.expect("abc")
        session.send("\u{03}")
        try session.expect("Ctrl-C again")
        try session.expectPrompt()
        session.send("\u{03}")
        try session.expect("Ctrl-C again")
        try session.expectPrompt()
        session.send("\u{03}")
        #expect(try session.waitForExit() == 0)
    }

    @Test func ctrlDOnAnEmptyLineLeaves() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("\u{04}")
        #expect(try session.waitForExit() == 0)
    }

    @Test func nonASCIIInputRoundTrips() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root)
        try session.expectPrompt()
        session.send("café 日本\r")
        try session.expect("'café 日本' is not a command.")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
    }

    @Test func noColorKeepsTheWelcomePlain() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root, extra: ["NO_COLOR": "1"])
        try session.expectPrompt()
        #expect(!session.output.contains("\u{1B}[1m"))
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
    }

    @Test func dumbTerminalUsesPlainReadsWithoutEscapes() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root, term: "dumb")
        try session.expectPrompt(editing: false)
        session.send("/help\r")
        try session.expect("Commands:")
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
        #expect(!session.output.contains("\u{1B}"))
    }

    @Test func dumbTerminalCtrlCTwiceLeaves() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try start(root: root, term: "dumb")
        try session.expectPrompt(editing: false)
        session.send("\u{03}")
        try session.expect("Ctrl-C again")
        try session.expectPrompt(editing: false)
        session.send("\u{03}")
        #expect(try session.waitForExit() == 0)
    }
}
