import AccordCore
import Foundation

/// Shared helpers for the end-to-end crash, git and safety tests.
enum E2E {
    /// The package root (from this file's path).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of an example answer script in `transcripts/examples/NAME.txt`.
    static func exampleLines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("transcripts/examples/\(name).txt"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The example script as piped input.
    static func exampleInput(_ name: String) throws -> String {
        try exampleLines(name).map { $0 + "\n" }.joined()
    }

    /// The `*.jsonl` transcripts in a store directory, sorted.
    static func transcripts(in store: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { URL(fileURLWithPath: store + "/" + $0) }
    }

    /// The session id of a transcript URL.
    static func id(of url: URL) -> String { url.deletingPathExtension().lastPathComponent }

    /// Events that describe the conversation (lifecycle pauses and resumes left out).
    static func conversation(_ records: [EventRecord]) -> [Event] {
        records.map(\.event).filter {
            switch $0 {
            case .paused, .resumed, .today: return false
            default: return true
            }
        }
    }

    /// Runs `accord` with `input` written from another thread (so large inputs and outputs cannot
    /// deadlock on full pipes); returns exit code, stdout and stderr.
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String],
        directory: String? = nil
    ) throws -> (status: Int32, stdout: Data, stderr: String) {
        try runProgram(AccordBinary.path, arguments, input: input, environment: environment, directory: directory)
    }

    static func run(_ arguments: [String], input: String, environment: [String: String]) throws -> (
        status: Int32, stdout: Data, stderr: String
    ) {
        try run(arguments, input: Data(input.utf8), environment: environment)
    }

    static func runProgram(
        _ path: String, _ arguments: [String], input: Data = Data(), environment: [String: String],
        directory: String? = nil
    ) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = stdin.fileHandleForWriting
        let done = DispatchSemaphore(value: 0)
        let box = ErrBox()
        Thread.detachNewThread {
            box.data = stderr.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        Thread.detachNewThread {
            signal(SIGPIPE, SIG_IGN)
            try? writer.write(contentsOf: input)
            try? writer.close()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return (process.terminationStatus, out, String(decoding: box.data, as: UTF8.self))
    }

    private final class ErrBox: @unchecked Sendable { var data = Data() }

    /// File mode bits (permissions only).
    static func mode(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }
}

/// A small seeded generator (SplitMix64), so a failing crash run can be repeated with its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
