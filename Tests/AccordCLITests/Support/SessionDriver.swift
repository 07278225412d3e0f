import AccordCore
import Foundation

/// Helpers for running whole sessions in a pseudo-terminal and reading their transcripts.
enum SessionDriver {
    static let sales = "Dana (Sales) › "
    static let marketing = "Lee (Marketing) › "

    /// The lines of `transcripts/examples/<playbook>.txt`.
    static func exampleScript(_ playbook: String) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("transcripts/examples/\(playbook).txt"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Runs `script` piped into `accord start <playbook> --sales Dana --marketing Lee` and returns
    /// the exit status, the output and each (prompt, answer) pair as echoed in plain mode.
    static func pipedRun(_ playbook: String, script: [String], environment: [String: String]) throws
        -> (status: Int32, output: String, turns: [(prompt: String, answer: String)])
    {
        let result = try AccordBinary.run(
            ["start", playbook, "--sales", "Dana", "--marketing", "Lee"],
            input: script.map { $0 + "\n" }.joined(), environment: environment)
        let output = String(decoding: result.stdout, as: UTF8.self)
        var turns: [(String, String)] = []
        for line in output.components(separatedBy: "\n") {
            for prompt in [sales, marketing] where line.hasPrefix(prompt) {
                turns.append((prompt, String(line.dropFirst(prompt.count))))
            }
        }
        return (result.status, output, turns)
    }

    /// Starts `accord arguments…` in a 100×30 pseudo-terminal with a sandboxed environment.
    static func spawn(_ arguments: [String], root: String, extra: [String: String] = [:], columns: UInt16 = 100) throws -> PTYSession {
        try PTYSession(
            AccordBinary.path, arguments: arguments,
            environment: AccordBinary.environment(root: root, extra: extra), rows: 30, columns: columns)
    }

    /// Starts a goals/roles/retro session with Dana and Lee in a terminal.
    static func start(_ playbook: String, root: String) throws -> PTYSession {
        try spawn(["start", playbook, "--sales", "Dana", "--marketing", "Lee"], root: root)
    }

    /// Types each answer after waiting for its prompt (and for libedit to take the keyboard).
    /// Returns, for each turn, what the screen showed between that prompt and the next one.
    @discardableResult
    static func type(_ turns: [(prompt: String, answer: String)], into session: PTYSession) throws -> [String] {
        var screens: [String] = []
        for turn in turns {
            screens.append(try session.expectPrompt(turn.prompt, timeout: 15))
            session.send(turn.answer + "\r")
        }
        return screens
    }

    /// `text` with every run of whitespace (including the line breaks of wrapping) as one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Paths of the transcripts in `root/store`, sorted.
    static func transcripts(root: String) throws -> [String] {
        let store = root + "/store"
        return try FileManager.default.contentsOfDirectory(atPath: store)
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { store + "/" + $0 }
    }

    /// The header and events of the only transcript in `root/store`.
    static func onlyTranscript(root: String) throws -> (header: SessionHeader, events: [Event]) {
        let files = try transcripts(root: root)
        guard files.count == 1 else { throw POSIXError(.ENOENT) }
        return try read(files[0])
    }

    /// The header and events of one transcript file.
    static func read(_ path: String) throws -> (header: SessionHeader, events: [Event]) {
        let codec = EventLineCodec()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { Data($0.utf8) }
        guard let first = lines.first else { throw POSIXError(.ENODATA) }
        return (try codec.decodeHeader(first), try lines.dropFirst().map { try codec.decode($0).event })
    }
}
