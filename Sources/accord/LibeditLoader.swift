import AccordCore
import CEditLine

/// Loads libedit at run time (`dlopen`, see Sources/CEditLine) for the terminal line editor: the
/// binary does not link it, so commands that edit no line never load it. When it cannot be loaded
/// the session goes on with plain line reading, after a one-line note.
enum LibeditLoader {
    /// The environment variable that names the library to load instead of `libedit.so.2`.
    static let variable = "ACCORD_LIBEDIT"

    /// True when libedit is loaded (now or before); otherwise writes the note to `errors`.
    static func load(environment: [String: String], errors: OutputSink) -> Bool {
        if accord_editline_load(environment[variable]) == 1 { return true }
        let why = accord_editline_error().map { String(cString: $0) } ?? "unknown error"
        errors.write("accord: line editing is off (cannot load libedit: \(TerminalSafe.clean(why))); reading plain lines\n")
        return false
    }
}
