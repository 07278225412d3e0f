import AccordCore
import CPseudoTerminal
import Foundation

/// Runs a program inside a real pseudo-terminal: send keystrokes, wait (poll-based, with a
/// timeout) for text to appear, wait for the exit status.
final class PTYSession {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let output: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); output so far:\n\(output.debugDescription)" }
    }

    let pid: pid_t
    private let master: Int32
    private(set) var bytes: [UInt8] = []
    private var exitStatus: Int32?

    /// Everything the program wrote, decoded.
    var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The output with ANSI escape sequences removed.
    var plainOutput: String { Style.strip(output) }

    init(_ binary: String, arguments: [String] = [], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 100) throws {
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var fd: Int32 = -1
        let child = argv.withUnsafeBufferPointer { a in
            envp.withUnsafeBufferPointer { e in
                accord_forkpty_exec(&fd, binary, a.baseAddress, e.baseAddress, rows, columns)
            }
        }
        guard child > 0 else { throw POSIXError(.ECHILD) }
        pid = child
        master = fd
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Type `text` (use "\r" for Enter, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D).
    func send(_ text: String) {
        var data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeMutableBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        data.removeAll()
    }

    /// Wait until `text` appears after the previous match (escape sequences ignored); returns
    /// the plain output from the previous match up to and including this one.
    @discardableResult
    func expect(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let plain = Array(plainOutput.unicodeScalars)
            let needle = Array(text.unicodeScalars)
            if let end = Self.find(needle, in: plain, from: plainCursor) {
                let seen = String(String.UnicodeScalarView(plain[plainCursor..<end]))
                plainCursor = end
                return seen
            }
            guard Date() < deadline else { throw Timeout(waitingFor: text, output: output) }
            if !pump() {
                guard exitStatus == nil else { throw Timeout(waitingFor: text, output: output) }
            }
        }
    }

    /// Wait for the next `prompt`, then (for the line editor) until the terminal has left
    /// canonical mode, so keys typed next are seen by libedit and not by the tty's cooked mode.
    @discardableResult
    func expectPrompt(_ prompt: String = "accord> ", editing: Bool = true, timeout: Double = 10) throws -> String {
        let seen = try expect(prompt, timeout: timeout)
        guard editing else { return seen }
        let deadline = Date().addingTimeInterval(timeout)
        var mode = termios()
        while tcgetattr(master, &mode) == 0 && mode.c_lflag & tcflag_t(ICANON) != 0 {
            guard Date() < deadline else { throw Timeout(waitingFor: "raw mode", output: output) }
            _ = pump()
        }
        return seen
    }

    /// Wait a little and return whatever new plain output arrived (no assertion).
    func drain(for seconds: Double) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { if !pump() { break } }
        return plainOutput
    }

    private var plainCursor = 0

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count - start >= needle.count else { return needle.isEmpty ? start : nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i + needle.count }
            i += 1
        }
        return nil
    }

    /// Wait for the program to exit; returns its exit code (or 128 + signal).
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            guard Date() < deadline else { throw Timeout(waitingFor: "exit", output: output) }
            _ = pump()
            reap()
        }
        return exitStatus!
    }

    /// Read whatever is available (waiting up to 100 ms); false at end of output.
    private func pump() -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 100)
        if ready > 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += buffer[0..<count]
                return true
            }
            reap()
            return false  // EIO: the child closed the terminal
        }
        reap()
        return true
    }

    private func reap() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            let signal = status & 0x7F
            exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        }
    }
}
