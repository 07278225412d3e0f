import Foundation
import Testing

/// libedit is loaded at run time, only when a terminal session edits lines
/// (Sources/accord/LibeditLoader.swift); without it, lines are read plainly after a note.
@Suite("Loading libedit", .serialized)
struct LibeditLoaderTests {
    /// The libraries the dynamic loader opened while `accord` ran (glibc's `LD_DEBUG=libs`).
    private func loaderLog(root: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix("ld.") }
        return try files.map { try String(contentsOfFile: root + "/" + $0, encoding: .utf8) }.joined()
    }

    private func tracing(_ root: String) -> [String: String] {
        ["LD_DEBUG": "libs", "LD_DEBUG_OUTPUT": root + "/ld"]
    }

    @Test func versionLoadsNoLibedit() throws {
        let root = try AccordBinary.temporaryDirectory()
        let result = try AccordBinary.run(["--version"], environment: AccordBinary.environment(root: root, extra: tracing(root)))
        #expect(result.status == 0)
        let log = try loaderLog(root: root)
        #expect(log.contains("libc.so.6"), "the loader's trace is empty: \(log)")
        #expect(!log.contains("libedit"))
    }

    @Test func aTerminalSessionLoadsLibedit() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try PTYSession(AccordBinary.path, environment: AccordBinary.environment(root: root, extra: tracing(root)))
        try session.expectPrompt()  // waits for libedit to put the terminal in raw mode
        session.send("\u{04}")
        #expect(try session.waitForExit() == 0)
        #expect(try loaderLog(root: root).contains("libedit.so.2"))
        #expect(!session.plainOutput.contains("line editing is off"))
    }

    @Test func aMissingLibraryFallsBackToPlainLines() throws {
        let root = try AccordBinary.temporaryDirectory()
        let missing = root + "/nowhere/libedit.so.2"
        let session = try PTYSession(
            AccordBinary.path, environment: AccordBinary.environment(root: root, extra: ["ACCORD_LIBEDIT": missing]))
        try session.expect("accord: line editing is off (cannot load libedit: \(missing): cannot open shared object file")
        try session.expect("reading plain lines")
        try session.expectPrompt(editing: false)
        session.send("/help\r")
        try session.expect("Commands:")
        try session.expectPrompt(editing: false)
        session.send("\u{03}")
        try session.expect("(Ctrl-C again on an empty line, Ctrl-D or /quit to leave)")
        try session.expectPrompt(editing: false)
        session.send("\u{04}")
        #expect(try session.waitForExit() == 0)
        #expect(session.plainOutput.components(separatedBy: "line editing is off").count == 2)  // said once
        #expect(!FileManager.default.fileExists(atPath: root + "/state/accord/history"))  // no libedit history
    }
}
