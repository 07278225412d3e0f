import Foundation

/// Finds the built `accord` executable and makes throwaway directories for end-to-end tests.
enum AccordBinary {
    /// The `accord` next to the test bundle in the same build products directory (works with any
    /// `--scratch-path`), else `ACCORD_BINARY`, else `.build/debug/accord` in the package.
    static let path: String = {
        if let explicit = ProcessInfo.processInfo.environment["ACCORD_BINARY"], !explicit.isEmpty { return explicit }
        var candidates: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(sibling(of: executable))
        }
        candidates.append(sibling(of: CommandLine.arguments[0]))
        candidates.append(sibling(of: Bundle.main.bundlePath))
        for bundle in Bundle.allBundles { candidates.append(sibling(of: bundle.bundlePath)) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/accord").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// The `accord` in the directory holding `path` (or in the directory of the enclosing
    /// `.xctest` bundle).
    private static func sibling(of path: String) -> String {
        var url = URL(fileURLWithPath: path)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("accord").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            if url.lastPathComponent.hasSuffix(".xctest") { continue }
            break
        }
        return url.appendingPathComponent("accord").path
    }

    /// A new empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> String {
        TestScratch.directory("accord-cli")
    }

    /// A sandboxed environment: home, state and store inside `root`.
    static func environment(root: String, term: String = "xterm", extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "TERM": term,
            "HOME": root + "/home",
            "XDG_STATE_HOME": root + "/state",
            "ACCORD_DIR": root + "/store",
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no",
        ]
        env.merge(extra) { $1 }
        return env
    }

    /// Run `accord` with `input` on a pipe; returns exit code, stdout and stderr.
    static func run(_ arguments: [String], input: String = "", environment: [String: String]) throws -> (
        status: Int32, stdout: Data, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, out, String(decoding: err, as: UTF8.self))
    }
}
