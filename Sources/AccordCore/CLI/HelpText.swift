/// The text of `accord --help`, `accord help COMMAND` and `--version`, built from the command,
/// option, environment and exit-code tables (so help, the man page and completion agree).
public enum HelpText {
    /// The version `accord --version` prints.
    public static let version = "0.1.0"

    /// `accord --version` output, with a trailing newline.
    public static var versionLine: String { "accord \(version)\n" }

    /// The environment variables Accord reads: name and meaning.
    public static let environment: [(name: String, meaning: String)] = [
        ("ACCORD_DIR", "the store, when --dir is not given"),
        ("ACCORD_PROMPTS", "a folder of extra playbooks, when --prompts is not given"),
        ("ACCORD_TODAY", "today's date (YYYY-MM-DD), when --today is not given"),
        ("ACCORD_NOHISTORY", "set (not 0) to keep no line history"),
        ("ACCORD_LIBEDIT", "the libedit library to load for line editing (default libedit.so.2)"),
        ("XDG_DATA_HOME", "where the default store lives (default ~/.local/share)"),
        ("XDG_STATE_HOME", "where the line history lives (default ~/.local/state)"),
        ("HOME", "your home folder, for ~ and the defaults above"),
        ("VISUAL, EDITOR", "the editor /editor opens (VISUAL first; default vi)"),
        ("NO_COLOR", "set to turn colour off (--color always overrides)"),
        ("TERM", "dumb turns off colour and line editing"),
        ("COLUMNS", "the width to wrap to when it cannot be asked from the terminal"),
    ]

    /// The files Accord reads and writes: path and meaning.
    public static let files: [(path: String, meaning: String)] = [
        ("STORE/<session>.jsonl", "one transcript per session, appended after every answer (0600)"),
        ("STORE/.accord-store", "marks a folder as a store; written by 'accord init' and every new store"),
        ("STORE/.gitignore", "keeps lock files and caches out of git"),
        ("STORE/<session>.lock", "held while a session is open"),
        ("STORE/.cache/", "rebuildable caches (skipped when the store is read-only)"),
        ("$XDG_DATA_HOME/accord/transcripts", "your default store"),
        ("$XDG_STATE_HOME/accord/history", "the line history (0600)"),
    ]

    private static func column(_ left: String, _ right: String, width: Int = 30) -> String {
        let pad =
            left.count + 2 <= width ? String(repeating: " ", count: width - left.count) : "\n" + String(repeating: " ", count: width + 2)
        return "  " + left + pad + right
    }

    /// A command's synopsis line: `plan [SESSION...] [--format FORMAT] [-o FILE]`.
    public static func synopsis(_ command: CommandSpec) -> String {
        var parts = [command.name]
        if !command.arguments.isEmpty { parts.append(command.arguments) }
        for name in command.options {
            guard let option = CommandLineParser.spec(for: name) else { continue }
            let shown = option.aliases.first { !$0.hasPrefix("--") } ?? option.name
            parts.append("[" + (option.valueName.map { shown + " " + $0 } ?? shown) + "]")
        }
        return parts.joined(separator: " ")
    }

    /// `accord --help`.
    public static var main: String {
        var text = """
            Accord helps a Sales lead and a Marketing lead plan together: co-created goals, roles,
            blame-free retrospectives, and a plan they present upward together.

            Usage: accord [COMMAND] [OPTIONS]

            Commands:

            """
        text += column("(none)", "interactive home: start, resume or open a session") + "\n"
        for command in CommandTable.all {
            let left = command.arguments.isEmpty ? command.name : command.name + " " + command.arguments
            text += column(left, command.summary) + "\n"
        }
        text += "\nCommon options:\n" + optionLines(CommandLineParser.options.filter { CommandLineParser.commonOptions.contains($0.name) })
        text += "\nOptions of a command: accord help COMMAND.\n"
        text += "\nEnvironment:\n" + environment.map { column($0.name, $0.meaning) }.joined(separator: "\n") + "\n"
        text += "\nExit codes:\n" + ExitCode.helpTable + "\n"
        return text
    }

    private static func optionLines(_ options: [CommandLineParser.OptionSpec]) -> String {
        options.map { option in
            var summary = option.summary
            if !option.values.isEmpty, option.name == "--format" { summary += ": " + option.values.joined(separator: ", ") }
            return column(option.synopsis, summary) + "\n"
        }.joined()
    }

    /// Help for one command, or nil when the name is not a command.
    public static func forCommand(_ name: String) -> String? {
        guard let command = CommandTable.spec(name) else { return nil }
        var text = "Usage: accord " + synopsis(command) + "\n\n" + command.details + "\n"
        let own = command.options.compactMap(CommandLineParser.spec(for:))
        if !own.isEmpty { text += "\nOptions:\n" + optionLines(own) }
        text += "\nCommon options:\n" + optionLines(CommandLineParser.options.filter { CommandLineParser.commonOptions.contains($0.name) })
        return text
    }
}
