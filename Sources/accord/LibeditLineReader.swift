import AccordCore
import CEditLine
import CTerminal

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        accord_rl_set_catch_signals(0)  // our SIGINT handler makes readline return NULL with EINTR
        accord_rl_set_instream_stdin()
        accord_rl_set_outstream_stdout()
        accord_rl_set_getc(accord_interruptible_getc)  // Ctrl-C ends the read without a race
        _ = accord_rl_initialize()
        _ = accord_rl_parse_and_bind("bind ^R em-inc-search-prev")
        // Ctrl-C: our getc delivers this otherwise unused key once; its command records the line
        // and ends the read (see InterruptBridge).
        accord_set_interrupt_key(InterruptBridge.key)
        _ = accord_rl_add_defun(strdup("accord-interrupt"), InterruptBridge.command, InterruptBridge.key)
        PasteBridge.install()
        accord_rl_set_basic_word_break(strdup(" \t\n"))
        accord_rl_set_attempted_completion(CompletionBridge.attempt)
        accord_stifle_history(Int32(HistoryLocation.limit))
        if let historyPath {
            HistoryFile.prepare(historyPath)
            _ = accord_read_history(historyPath)
        }
        lastEntry = accord_history_last().map { String(cString: $0) }
    }

    func read(prompt: String) -> LineInput {
        interruptedText = ""
        InterruptBridge.line = ""
        accord_clear_errno()
        PasteBridge.pending = nil
        let terminal = FileDescriptorOutput.standardOutput()
        terminal.write(PasteBridge.enable)
        let raw = accord_readline(Self.markInvisible(prompt))
        terminal.write(PasteBridge.disable)
        defer { free(raw) }
        if let pasted = PasteBridge.pending, accord_sigint_pending() == 0 {
            PasteBridge.pending = nil
            accord_rl_reset_line()
            // Show what was submitted: libedit drew only its first line.
            terminal.write(
                "\r\u{1B}[K" + Self.markInvisible(prompt).filter { $0 != "\u{01}" && $0 != "\u{02}" }
                    + TerminalSafe.clean(pasted) + "\n")
            return .line(pasted)
        }
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
        _ = accord_add_history(line)
        lastEntry = line
        if let historyPath {
            _ = accord_write_history(historyPath)
            chmod(historyPath, 0o600)
        }
    }

    /// Wrap ANSI escape sequences in the prompt in \1…\2 so libedit does not count their width.
    static func markInvisible(_ prompt: String) -> String {
        guard prompt.contains("\u{1B}") else { return prompt }
        var out = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.append(scalar)
                continue
            }
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
