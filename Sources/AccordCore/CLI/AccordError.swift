/// Errors Accord reports to the user: each has an actionable message and an exit code.
/// Print them with `accord: <message>` on standard error (see `AccordError.report`).
public enum AccordError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A command name that does not exist, with the closest valid one if any.
    case unknownCommand(String, suggestion: String?)
    /// An option that does not exist, with the closest valid one if any.
    case unknownOption(String, suggestion: String?)
    /// A valid option used with a command it does not apply to.
    case optionNotApplicable(option: String, command: String)
    /// An option that needs a value was given none.
    case missingValue(option: String)
    /// A flag was given a value (`--json=yes`).
    case unexpectedValue(option: String)
    /// An option's value is not one of the accepted ones.
    case invalidValue(option: String, value: String, expected: String)
    /// A required argument is missing (`accord show` without SESSION).
    case missingArgument(command: String, argument: String)
    /// More arguments than the command takes.
    case unexpectedArgument(command: String, argument: String)
    /// Options that cannot be combined.
    case conflictingOptions([String])
    /// The store path exists but is not a directory (or a parent is a file).
    case storeNotADirectory(path: String)
    /// The store directory cannot be written.
    case storeNotWritable(path: String)
    /// The store directory could not be created.
    case storeCreateFailed(path: String, reason: String)
    /// The command exists in the contract but is not built yet.
    case notAvailable(command: String)
    /// Reading or writing a file failed.
    case io(path: String, reason: String)
    /// Any other error, with its message and exit code.
    case other(message: String, exitCode: ExitCode)

    /// The exit code the process ends with.
    public var exitCode: ExitCode {
        switch self {
        case .unknownCommand, .unknownOption, .optionNotApplicable, .missingValue, .unexpectedValue,
             .invalidValue, .missingArgument, .unexpectedArgument, .conflictingOptions:
            return .usage
        case .storeNotADirectory, .storeNotWritable, .storeCreateFailed: return .cantCreate
        case .notAvailable: return .failure
        case .io: return .ioError
        case .other(_, let code): return code
        }
    }

    /// True for command-line mistakes: the report adds "See 'accord --help'."
    public var isUsage: Bool { exitCode == .usage }

    /// The one-line message, without the `accord: ` prefix.
    public var description: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(TerminalSafe.clean(name))'." + Self.didYouMean(suggestion)
        case .unknownOption(let name, let suggestion):
            return "unknown option '\(TerminalSafe.clean(name))'." + Self.didYouMean(suggestion)
        case .optionNotApplicable(let option, let command):
            if command == "accord" {
                let canonical = CommandLineParser.spec(for: option)?.name ?? option
                let users = CommandLineParser.commandOptions.filter { $0.options.contains(canonical) }.map { "'\($0.name)'" }
                return "option '\(option)' goes with a command: " + users.joined(separator: ", ") + "."
            }
            return "option '\(option)' does not apply to '\(command)' (see 'accord help \(command)')."
        case .missingValue(let option):
            return "option '\(option)' needs a value, e.g. '\(option) VALUE' or '\(option)=VALUE'."
        case .unexpectedValue(let option):
            return "option '\(option)' takes no value."
        case .invalidValue(let option, let value, let expected):
            return "invalid value '\(TerminalSafe.clean(value))' for '\(option)': expected \(expected)."
        case .missingArgument(let command, let argument):
            return "'\(command)' needs \(argument). See 'accord help \(command)'."
        case .unexpectedArgument(let command, let argument):
            return "'\(command)' does not take the argument '\(TerminalSafe.clean(argument))'."
        case .conflictingOptions(let options):
            return "choose only one of " + options.map { "'\($0)'" }.joined(separator: ", ") + "."
        case .storeNotADirectory(let path):
            return "the store '\(TerminalSafe.clean(path))' is not a directory. Choose another with --dir DIR or ACCORD_DIR."
        case .storeNotWritable(let path):
            return "cannot write to the store '\(TerminalSafe.clean(path))'. Fix its permissions or choose another with --dir DIR."
        case .storeCreateFailed(let path, let reason):
            return "cannot create the store '\(TerminalSafe.clean(path))': \(reason). Choose another with --dir DIR."
        case .notAvailable(let command):
            return "'\(command)' is not available yet"
        case .io(let path, let reason):
            return "\(TerminalSafe.clean(path)): \(reason)"
        case .other(let message, _):
            return message
        }
    }

    /// The full text to print on standard error, ending in a newline.
    public var report: String {
        var text = "accord: \(description)\n"
        if isUsage { text += "See 'accord --help'.\n" }
        return text
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " Did you mean '\($0)'?" } ?? ""
    }
}
