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

/// The libedit command run when Ctrl-C interrupts a read: it records the text on the line (what
/// decides whether the press counts towards leaving) and ends the read.
enum InterruptBridge {
    /// Ctrl-^ (0x1E): delivered by our getc instead of a typed key after SIGINT.
    static let key: Int32 = 0x1E
    nonisolated(unsafe) static var line = ""

    static let command: accord_command_fn = { _, _ in
        guard accord_sigint_pending() != 0 else { return 0 }  // a real Ctrl-^: ignore
        if let buffer = accord_rl_line_buffer() {
            let length = max(0, Int(accord_rl_end()))
            let bytes = Array(
                UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: strnlen(buffer, length)))
            InterruptBridge.line = LineSplitter.decode(bytes)
        }
        accord_rl_set_done(1)
        return 0
    }
}
