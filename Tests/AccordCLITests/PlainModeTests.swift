import Foundation
import Testing

/// End-to-end tests of `accord` with pipes: plain reads, no escape sequences, exit codes.
@Suite("Command line and plain mode")
struct PlainModeTests {
    private func environment() throws -> [String: String] {
        AccordBinary.environment(root: try AccordBinary.temporaryDirectory())
    }

    @Test func pipedHelpHasNoEscapeSequencesAndExitsZero() throws {
        let result = try AccordBinary.run([], input: "/help\n/quit\n", environment: try environment())
        #expect(result.status == 0)
        #expect(!result.stdout.contains(0x1B))
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("accord> /help\nCommands:\n"))
        #expect(text.contains("accord> /quit\n"))
    }

    @Test func endOfPipedInputLeavesCleanly() throws {
        let result = try AccordBinary.run([], input: "/help", environment: try environment())
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).hasSuffix("accord> \n"))
    }

    @Test func invalidUTF8AndEscapesArePrintedVisibly() throws {
        let input = "caf\u{E9}x\n\u{1B}[31mred\r\n"
        var bytes = Array(input.utf8)
        bytes.insert(0xFF, at: 3)  // an invalid byte after "caf"
        let result = try AccordBinary.run([], input: String(decoding: bytes, as: UTF8.self), environment: try environment())
        #expect(result.status == 0)
        #expect(!result.stdout.contains(0x1B))
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("'^[[31mred' is not a command."))
    }

    @Test func invalidUTF8ByteBecomesHexText() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AccordBinary.path)
        process.environment = try environment()
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data([0x61, 0xFF, 0x62, 0x0A]))
        try stdin.fileHandleForWriting.close()
        let text = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("'a\\xFFb' is not a command."))
    }

    @Test func hugeLineIsHandled() throws {
        let line = String(repeating: "x", count: 300_000)
        let result = try AccordBinary.run([], input: line + "\n/quit\n", environment: try environment())
        #expect(result.status == 0)
        // Lines are cut one byte past the answer limit (AnswerLimit): the echo is bounded too.
        #expect(result.stdout.count > 65_536 && result.stdout.count < 300_000)
    }

    @Test func unknownOptionExits64WithASuggestion() throws {
        let result = try AccordBinary.run(["--frobnicate"], environment: try environment())
        #expect(result.status == 64)
        #expect(result.stderr == "accord: unknown option '--frobnicate'. Did you mean '--format'?\nSee 'accord --help'.\n")
    }

    @Test func unknownCommandExits64WithASuggestion() throws {
        let result = try AccordBinary.run(["lsit"], environment: try environment())
        #expect(result.status == 64)
        #expect(result.stderr.contains("Did you mean 'list'?"))
    }

    @Test func versionAndHelp() throws {
        let env = try environment()
        let version = try AccordBinary.run(["--version"], environment: env)
        #expect(version.status == 0)
        #expect(String(decoding: version.stdout, as: UTF8.self) == "accord 0.1.0\n")
        let help = try AccordBinary.run(["--help"], environment: env)
        #expect(help.status == 0)
        for command in ["start", "resume", "list", "show", "replay", "plan", "commitments", "lint", "playbooks"] {
            #expect(String(decoding: help.stdout, as: UTF8.self).contains("  \(command)"))
        }
        let topic = try AccordBinary.run(["help", "start"], environment: env)
        #expect(String(decoding: topic.stdout, as: UTF8.self).hasPrefix("Usage: accord start PLAYBOOK"))
    }

    @Test func everyContractCommandIsAvailable() throws {
        let env = try environment()
        for args in [["list"], ["commitments"], ["playbooks"], ["plan"], ["resume"]] {
            let result = try AccordBinary.run(args, environment: env)
            #expect(!result.stderr.contains("not available yet"), "\(args)")
        }
    }
}
