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

/// Everything that can go wrong in the transcript store, with messages fit for the terminal.
///
/// Any user-supplied text inside a message is made display-safe first (control characters and
/// escape sequences are shown as `\u{…}`), so an error can never drive the terminal.
public enum AccordTranscriptError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Another process holds the session's lock.
    case locked(id: String, pid: Int32)
    /// The text is not a possible session id (path tricks, odd characters, empty).
    case invalidID(String)
    /// No session in the store matches.
    case notFound(String)
    /// Several sessions match the prefix; `candidates` are their ids, sorted.
    case ambiguous(String, candidates: [String])
    /// A session with this id already exists (id collision on create).
    case exists(id: String)
    /// The first line of a transcript is missing or not a valid header.
    case badHeader(file: String, reason: String)
    /// A system call failed.
    case io(path: String, operation: String, errno: Int32)

    public var description: String {
        switch self {
        case .locked(let id, let pid):
            return "session \(displaySafe(id)) is open in another accord (pid \(pid))"
        case .invalidID(let text):
            return "invalid session id \"\(displayShort(text))\": use only letters, digits and '-' (e.g. 20261122-103000-ab12cd)"
        case .notFound(let text):
            return "no session matches \"\(displayShort(text))\""
        case .ambiguous(let text, let candidates):
            let shown = candidates.prefix(10).joined(separator: ", ")
            let more = candidates.count > 10 ? ", … (\(candidates.count - 10) more)" : ""
            return "\"\(displayShort(text))\" matches \(candidates.count) sessions: \(shown)\(more)"
        case .exists(let id):
            return "session \(displaySafe(id)) already exists"
        case .badHeader(let file, let reason):
            return "\(displaySafe(file)):1: \(reason)"
        case .io(let path, let operation, let code):
            return "\(displaySafe(path)): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    public var errorDescription: String? { description }
}

/// `text` safe to print on one line: control characters and escape sequences made visible.
func displaySafe(_ text: String) -> String { TerminalSafe.cleanLine(text) }

/// User-typed `text` made display-safe and cut to 80 characters (then "…"), so a pasted 100,000-
/// character argument is not echoed whole.
func displayShort(_ text: String) -> String {
    let cut = text.count > 80 ? String(text.prefix(80)) + "…" : text
    return displaySafe(cut)
}
