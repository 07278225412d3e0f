import CTerminal

/// What the process is attached to.
struct TerminalInfo {
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    /// TIOCGWINSZ width of stdout (else stdin), nil when unknown.
    var columns: Int?

    static func current() -> TerminalInfo {
        let columns = Int(accord_terminal_columns(1)) > 0 ? Int(accord_terminal_columns(1)) : Int(accord_terminal_columns(0))
        return TerminalInfo(
            stdinIsTerminal: accord_isatty(0) != 0,
            stdoutIsTerminal: accord_isatty(1) != 0,
            columns: columns > 0 ? columns : nil
        )
    }
}
