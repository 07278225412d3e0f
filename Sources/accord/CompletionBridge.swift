import AccordCore
import CEditLine

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

/// Bridges libedit's C completion callbacks to the current `CompletionSource`.
enum CompletionBridge {
    nonisolated(unsafe) static var source: CompletionSource?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var next = 0

    static let attempt: accord_attempted_completion_fn = { text, _, end in
        accord_rl_set_attempted_completion_over(1)  // never fall back to file names
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
