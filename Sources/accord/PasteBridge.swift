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

/// Bracketed paste on top of libedit (which has no such mode): the terminal is asked to wrap
/// pasted text in ESC [ 2 0 0 ~ … ESC [ 2 0 1 ~, and the start sequence is bound to `command`,
/// which reads the text up to the end marker. A one-line paste is inserted for editing; a paste of
/// several lines ends the read and becomes one answer (what was typed before it comes first).
enum PasteBridge {
    /// Terminal sequences that turn the mode on and off (around each read only).
    static let enable = "\u{1B}[?2004h"
    static let disable = "\u{1B}[?2004l"
    /// The key libedit hands the bound command: the last byte of ESC [ 2 0 0 ~.
    static let key: Int32 = 0x7E
    /// The pasted paragraph waiting to be returned by the current read, with the typed prefix.
    nonisolated(unsafe) static var pending: String?

    /// Register the command and bind the start sequence to it (after `rl_initialize`).
    static func install() {
        // rl_add_defun also binds the key itself ('~'): give '~' back to self-insert.
        _ = accord_rl_add_defun(strdup("accord-paste"), command, key)
        _ = accord_rl_parse_and_bind("bind ~ ed-insert")
        _ = accord_rl_parse_and_bind("bind ^[[200~ accord-paste")
    }

    static let command: accord_command_fn = { _, _ in
        var length = 0
        guard let raw = accord_read_paste(0, &length) else { return 0 }
        defer { free(raw) }
        let bytes = UnsafeRawBufferPointer(start: raw, count: length).bindMemory(to: UInt8.self)
        var text = LineSplitter.decode(bytes).replacingText("\r\n", with: "\n").replacingText("\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        guard text.contains("\n") else {
            if !text.isEmpty {
                _ = accord_rl_insert_text(text)
                // Redraw from the start of the line (libedit's full refresh assumes column 0).
                FileDescriptorOutput.standardOutput().write("\r")
                accord_rl_forced_update_display()
            }
            return 0
        }
        var typed = ""
        if let buffer = accord_rl_line_buffer() {
            let count = max(0, Int(accord_rl_end()))
            typed = LineSplitter.decode(
                UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: strnlen(buffer, count)))
        }
        PasteBridge.pending = typed + text
        accord_rl_set_done(1)
        return 0
    }
}
