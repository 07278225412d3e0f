/// Every exit status the `accord` binary can end with: the ONE table. `accord help`, the man page
/// and the README list these rows (tests compare them), so a new code is one new case here.
public enum ExitCode: Int32, Sendable, Equatable, Hashable, CaseIterable, CustomStringConvertible {
    /// Success (also: nothing to do).
    case ok = 0
    /// The command ran and found something to report (`lint` flagged a line).
    case findings = 1
    /// The command failed: an unreadable input, a sync conflict.
    case failure = 2
    /// Wrong command-line usage (EX_USAGE).
    case usage = 64
    /// Input data was malformed: a bad playbook, a damaged transcript (EX_DATAERR).
    case dataError = 65
    /// Nothing to work on: no such session, nothing to resume or to plan from (EX_NOINPUT).
    case noInput = 66
    /// A tool or setting the command needs is missing: git, a repository, a remote (EX_UNAVAILABLE).
    case unavailable = 69
    /// A file or the store could not be created or written (EX_CANTCREAT).
    case cantCreate = 73
    /// Reading or writing failed (EX_IOERR).
    case ioError = 74
    /// Try again later: the session is open in another accord (EX_TEMPFAIL).
    case tempFailure = 75
    /// Interrupted by Ctrl-C outside a prompt (128 + SIGINT).
    case interrupted = 130

    /// What the code means, in a few words (help, man page and README use this text).
    public var meaning: String {
        switch self {
        case .ok: return "success, or nothing to do"
        case .findings: return "lint flagged at least one line"
        case .failure: return "the command failed (unreadable file, sync conflict)"
        case .usage: return "wrong usage: unknown command, option or value"
        case .dataError: return "bad data: an invalid playbook or a damaged transcript"
        case .noInput: return "nothing to work on: no such session, nothing to resume or plan"
        case .unavailable: return "something needed is missing: git, a repository or a remote"
        case .cantCreate: return "the store or an output file cannot be created or written"
        case .ioError: return "a read or write failed"
        case .tempFailure: return "the session is open in another accord: try again later"
        case .interrupted: return "interrupted by Ctrl-C"
        }
    }

    /// The exit-code section of `accord --help`, one line per code.
    public static var helpTable: String {
        allCases.map { code in
            let number = String(code.rawValue)
            return "  " + number + String(repeating: " ", count: max(1, 6 - number.count)) + code.meaning
        }.joined(separator: "\n")
    }

    public var description: String { String(rawValue) }
}
