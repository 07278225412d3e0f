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
        _ = accord_rl_initialize()
        _ = accord_rl_parse_and_bind("bind ^R em-inc-search-prev")
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
        _ = accord_take_sigint()
        accord_clear_errno()
        guard let raw = readline(Self.markInvisible(prompt)) else {
            let interrupted = accord_errno() == EINTR || accord_take_sigint() != 0
            if interrupted {
                if let buffer = accord_rl_line_buffer() { interruptedText = String(cString: buffer) }
                accord_rl_reset_line()
            }
            FileDescriptorOutput.standardOutput().write("\n")
            return interrupted ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        let length = strlen(raw)
        let line = raw.withMemoryRebound(to: UInt8.self, capacity: length) {
            LineSplitter.decode(UnsafeBufferPointer(start: $0, count: length))
        }
        return .line(line)
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
