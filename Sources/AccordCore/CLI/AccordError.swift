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
    /// The store directory is unusable (its cases carry their exit codes).
    case store(StoreError)
    /// A session could not be found, read, locked or created (see `AccordTranscriptError`).
    case session(AccordTranscriptError)
    /// No playbook with this id.
    case unknownPlaybook(String, suggestion: String?, available: [String])
    /// `--sales` and `--marketing` name the same person.
    case sameLeadNames
    /// A damaged session cannot be resumed.
    case damagedSession(id: String, damage: String)
    /// `resume` without a SESSION and no unfinished session in the store.
    case nothingToResume
    /// `plan` without a SESSION and no completed session to draw from.
    case nothingToPlan
    /// `accord sync` could not share the store (its cases carry their exit codes).
    case sync(SyncError)
    /// `/editor` or another helper program could not be run.
    case editorFailed(String)
    /// The command exists in the contract but is not built yet.
    case notAvailable(command: String)
    /// Reading or writing a file failed.
    case io(path: String, reason: String)

    /// The exit code the process ends with.
    public var exitCode: ExitCode {
        switch self {
        case .unknownCommand, .unknownOption, .optionNotApplicable, .missingValue, .unexpectedValue,
            .invalidValue, .missingArgument, .unexpectedArgument, .conflictingOptions:
            return .usage
        case .store(let error): return error.exitCode
        case .session(let error):
            switch error {
            case .locked: return .tempFailure
            case .invalidID, .ambiguous: return .usage
            case .notFound: return .noInput
            case .badHeader: return .dataError
            case .exists: return .cantCreate
            case .io: return .ioError
            }
        case .unknownPlaybook, .sameLeadNames: return .usage
        case .damagedSession: return .dataError
        case .nothingToResume, .nothingToPlan: return .noInput
        case .sync(let error): return error.exitCode
        case .editorFailed, .notAvailable: return .failure
        case .io: return .ioError
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
                let users = CommandTable.all.filter { $0.options.contains(canonical) }.map { "'\($0.name)'" }
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
        case .store(let error): return error.description
        case .session(let error): return error.description
        case .unknownPlaybook(let id, let suggestion, let available):
            return "no playbook '\(TerminalSafe.clean(id))'." + Self.didYouMean(suggestion)
                + " Available: \(available.joined(separator: ", "))."
        case .sameLeadNames:
            return "the Sales and Marketing leads need different names (to prepare alone, use --solo NAME)."
        case .damagedSession(let id, let damage):
            return
                "session \(id) is damaged and cannot be resumed: \(TerminalSafe.clean(damage)). 'accord show \(id)' shows what can be read."
        case .nothingToResume:
            return "no unfinished session to resume. Start one: accord start goals --sales NAME --marketing NAME"
        case .nothingToPlan:
            return "no completed session to draw a plan from yet. Name sessions (accord plan SESSION…) or finish one first."
        case .sync(let error): return error.description
        case .editorFailed(let reason): return TerminalSafe.clean(reason)
        case .notAvailable(let command):
            return "'\(command)' is not available yet"
        case .io(let path, let reason):
            return "\(TerminalSafe.clean(path)): \(reason)"
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
