/// A process exit status, with the values Accord uses (sysexits-style above 63).
public struct ExitCode: RawRepresentable, Sendable, Equatable, Hashable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Success.
    public static let ok = ExitCode(rawValue: 0)
    /// The command ran and found something to report (e.g. `lint` flagged a line).
    public static let findings = ExitCode(rawValue: 1)
    /// The command failed, or is not available yet.
    public static let failure = ExitCode(rawValue: 2)
    /// Wrong command-line usage (EX_USAGE).
    public static let usage = ExitCode(rawValue: 64)
    /// Input data was malformed: a bad playbook, a corrupt transcript (EX_DATAERR).
    public static let dataError = ExitCode(rawValue: 65)
    /// An output file or directory could not be created (EX_CANTCREAT).
    public static let cantCreate = ExitCode(rawValue: 73)
    /// Reading or writing failed (EX_IOERR).
    public static let ioError = ExitCode(rawValue: 74)
    /// Try again later, e.g. the session is locked by another process (EX_TEMPFAIL).
    public static let tempFailure = ExitCode(rawValue: 75)
    /// Interrupted by the user (128 + SIGINT).
    public static let interrupted = ExitCode(rawValue: 130)

    public var description: String { String(rawValue) }
}
