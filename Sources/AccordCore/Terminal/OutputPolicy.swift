/// How Accord writes to the terminal, decided once at start: colour on or off, the wrap width,
/// and whether input goes through the line editor.
public struct OutputPolicy: Sendable, Equatable {
    /// Whether ANSI colour and styling are used.
    public var color: Bool
    /// Columns to wrap output to.
    public var width: Int
    /// Whether lines are read through libedit (both ends are terminals and TERM is not dumb).
    public var lineEditing: Bool
    /// Whether standard input is a terminal (plain mode echoes piped input after the prompt).
    public var inputIsTerminal: Bool

    /// The default width when nothing else is known.
    public static let defaultWidth = 80

    public init(color: Bool, width: Int, lineEditing: Bool, inputIsTerminal: Bool) {
        self.color = color
        self.width = width
        self.lineEditing = lineEditing
        self.inputIsTerminal = inputIsTerminal
    }

    /// A plain policy: no colour, no line editor, 80 columns (tests, pipes).
    public static let plain = OutputPolicy(color: false, width: defaultWidth, lineEditing: false, inputIsTerminal: false)

    /// Decide the policy.
    /// - Parameters:
    ///   - color: `--color` (auto honours `NO_COLOR`, `TERM=dumb` and whether stdout is a terminal).
    ///   - environment: the process environment (`NO_COLOR`, `TERM`, `COLUMNS`).
    ///   - stdinIsTerminal / stdoutIsTerminal: `isatty(0)` / `isatty(1)`.
    ///   - terminalColumns: the width from `TIOCGWINSZ`, 0 or nil when unknown.
    public static func decide(
        color: ColorChoice,
        environment: [String: String],
        stdinIsTerminal: Bool,
        stdoutIsTerminal: Bool,
        terminalColumns: Int?
    ) -> OutputPolicy {
        let dumb = environment["TERM"] == "dumb"
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = stdoutIsTerminal && !dumb && !noColor
        }
        var width = defaultWidth
        if let columns = terminalColumns, columns > 0, stdoutIsTerminal {
            width = columns
        } else if let text = environment["COLUMNS"], let columns = Int(text.trimmingSpaces()), columns > 0 {
            width = columns
        }
        width = max(20, min(width, 1000))
        return OutputPolicy(
            color: useColor,
            width: width,
            lineEditing: stdinIsTerminal && stdoutIsTerminal && !dumb,
            inputIsTerminal: stdinIsTerminal
        )
    }

    /// The `Style` matching this policy.
    public var style: Style { Style(enabled: color) }
}
