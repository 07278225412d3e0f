import AccordCore
import CEditLine
import CPTY
import Foundation

/// Reads lines through libedit's readline-compatible API: editing keys, history (persisted,
/// 0600, capped), Ctrl-R reverse search and Tab completion. All calls stay on the main thread.
final class LibeditLineReader: LineReader {
    var completion: CompletionSource? {
        didSet { CompletionBridge.source = completion }
    }
    private(set) var interruptedText = ""
    private let historyPath: String?
    private var lastEntry: String?

    init(historyPath: String?) {
        self.historyPath = historyPath
        // libedit keeps these pointers: they must outlive the call, hence strdup (never freed).
        accord_rl_set_name(strdup("accord"))
        accord_rl_set_catch_signals(0) // our SIGINT handler makes readline return NULL with EINTR
        accord_rl_set_instream_stdin()
        accord_rl_set_outstream_stdout()
        accord_rl_set_getc(accord_interruptible_getc) // Ctrl-C ends the read without a race
        _ = accord_rl_initialize()
        _ = accord_rl_parse_and_bind("bind ^R em-inc-search-prev")
        // Ctrl-C: our getc delivers this otherwise unused key once; its command records the line
        // and ends the read (see InterruptBridge).
        accord_set_interrupt_key(InterruptBridge.key)
        _ = accord_rl_add_defun(strdup("accord-interrupt"), InterruptBridge.command, InterruptBridge.key)
        accord_rl_set_basic_word_break(strdup(" \t\n"))
        accord_rl_set_attempted_completion(CompletionBridge.attempt)
        accord_stifle_history(Int32(HistoryLocation.limit))
        if let historyPath {
            HistoryFile.prepare(historyPath)
            _ = read_history(historyPath)
        }
        lastEntry = accord_history_last().map { String(cString: $0) }
    }

    func read(prompt: String) -> LineInput {
        interruptedText = ""
        InterruptBridge.line = ""
        accord_clear_errno()
        let raw = readline(Self.markInvisible(prompt))
        defer { free(raw) }
        if accord_take_sigint() != 0 || (raw == nil && accord_errno() == EINTR) {
            interruptedText = raw.map(Self.decode) ?? InterruptBridge.line
            accord_rl_reset_line()
            FileDescriptorOutput.standardOutput().write("\n")
            return .interrupted
        }
        guard let raw else {
            FileDescriptorOutput.standardOutput().write("\n")
            return .endOfInput
        }
        return .line(Self.decode(raw))
    }

    static func decode(_ raw: UnsafeMutablePointer<CChar>) -> String {
        let length = strlen(raw)
        return raw.withMemoryRebound(to: UInt8.self, capacity: length) {
            LineSplitter.decode(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    func remember(_ line: String) {
        guard HistoryLocation.shouldRemember(line, after: lastEntry) else { return }
        _ = add_history(line)
        lastEntry = line
        if let historyPath {
            _ = write_history(historyPath)
            chmod(historyPath, 0o600)
        }
    }

    /// Wrap ANSI escape sequences in the prompt in \1…\2 so libedit does not count their width.
    static func markInvisible(_ prompt: String) -> String {
        guard prompt.contains("\u{1B}") else { return prompt }
        var out = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { out.append(scalar); continue }
            out.append("\u{01}")
            out.append(scalar)
            while let next = scalars.next() {
                out.append(next)
                if next != "[" && (0x40...0x7E).contains(next.value) { break }
            }
            out.append("\u{02}")
        }
        return String(out)
    }
}

/// The history file: its directory is created 0700 and the file 0600 before libedit writes it.
enum HistoryFile {
    static func prepare(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
        chmod(path, 0o600)
    }
}

/// Bridges libedit's C completion callbacks to the current `CompletionSource`.
enum CompletionBridge {
    nonisolated(unsafe) static var source: CompletionSource?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var next = 0

    static let attempt: accord_attempted_completion_fn = { text, _, end in
        accord_rl_set_attempted_completion_over(1) // never fall back to file names
        guard let text, let source = CompletionBridge.source else { return nil }
        let word = String(cString: text)
        var line = ""
        if let buffer = accord_rl_line_buffer() {
            let bytes = Array(String(cString: buffer).utf8)
            line = LineSplitter.decode(bytes.prefix(max(0, min(Int(end), bytes.count))))
        }
        CompletionBridge.candidates = source.completions(line: line, word: word)
        CompletionBridge.next = 0
        guard !CompletionBridge.candidates.isEmpty else { return nil }
        return accord_rl_completion_matches(text, CompletionBridge.entry)
    }

    static let entry: accord_completion_entry_fn = { _, state in
        if state == 0 { CompletionBridge.next = 0 }
        guard CompletionBridge.next < CompletionBridge.candidates.count else { return nil }
        defer { CompletionBridge.next += 1 }
        return strdup(CompletionBridge.candidates[CompletionBridge.next])
    }
}

/// The libedit command run when Ctrl-C interrupts a read: it records the text on the line (what
/// decides whether the press counts towards leaving) and ends the read.
enum InterruptBridge {
    /// Ctrl-^ (0x1E): delivered by our getc instead of a typed key after SIGINT.
    static let key: Int32 = 0x1E
    nonisolated(unsafe) static var line = ""

    static let command: accord_command_fn = { _, _ in
        guard accord_sigint_pending() != 0 else { return 0 } // a real Ctrl-^: ignore
        if let buffer = accord_rl_line_buffer() {
            let length = max(0, Int(accord_rl_end()))
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: strnlen(buffer, length)))
            InterruptBridge.line = LineSplitter.decode(bytes)
        }
        accord_rl_set_done(1)
        return 0
    }
}
