import Foundation
import Testing

@testable import AccordCore

/// `Subprocess` against its definition, Foundation's `Process`: the same commands give the same
/// output, error output and status.
@Suite("Subprocess")
struct SubprocessTests {
    static func foundation(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Subprocess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let errors = Box()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Subprocess.Output(status: process.terminationStatus, standardOutput: Array(data), standardError: Array(errors.data))
    }

    static let scripts = [
        "echo out; echo err >&2; exit 3", "printf 'a\\0b'", "cat; echo \"[$X]\"", "kill -TERM $$", "exit 127",
        // Both streams well past a pipe's buffer, interleaved: neither may block the other.
        "i=0; while [ $i -lt 3000 ]; do echo \"line $i of the output\"; echo \"line $i of the errors\" >&2; i=$((i+1)); done",
        "echo $# \"$1\" \"$2\"",
    ]

    @Test func capturedRunsMatchProcess() throws {
        for script in Self.scripts {
            let arguments = ["-c", script, "sh", "first arg", "é second"]
            let env = ["X": "value with spaces", "PATH": "/usr/bin:/bin"]
            let mine = try Subprocess.capture("/bin/sh", arguments, environment: env)
            let theirs = try Self.foundation("/bin/sh", arguments, environment: env)
            #expect(mine.status == theirs.status, "\(script)")
            #expect(mine.standardOutput == theirs.standardOutput, "\(script)")
            #expect(mine.standardError == theirs.standardError, "\(script)")
        }
    }

    @Test func aMissingProgramCannotStart() {
        #expect(throws: Subprocess.CannotStart.self) { try Subprocess.capture("/nonexistent/accord-test", [], environment: [:]) }
        #expect(throws: (any Error).self) { try Self.foundation("/nonexistent/accord-test", [], environment: [:]) }
        #expect(throws: Subprocess.CannotStart.self) { try Subprocess.run("/nonexistent/accord-test", [], environment: [:]) }
    }

    @Test func aRunOnTheTerminalGivesItsStatus() throws {
        #expect(try Subprocess.run("/bin/sh", ["-c", "exit 0"], environment: [:]) == 0)
        #expect(try Subprocess.run("/bin/sh", ["-c", "exit 4"], environment: [:]) == 4)
    }

    @Test func theTemporaryDirectoryIsFoundations() {
        #expect(Subprocess.temporaryDirectory() == NSTemporaryDirectory())
    }
}
