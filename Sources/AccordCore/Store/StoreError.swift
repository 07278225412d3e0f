/// What can be wrong with the store directory itself; each case carries its exit code.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store path exists but is not a directory (or a parent is a file).
    case notADirectory(path: String)
    /// The store exists but cannot be written (a command that saves needs to).
    case notWritable(path: String)
    /// The store directory, its marker or its `.gitignore` could not be created.
    case createFailed(path: String, reason: String)

    /// The exit code the process ends with.
    public var exitCode: ExitCode {
        switch self {
        case .notADirectory, .notWritable, .createFailed: return .cantCreate
        }
    }

    /// The message, without the `accord: ` prefix.
    public var description: String {
        switch self {
        case .notADirectory(let path):
            return "the store '\(TerminalSafe.clean(path))' is not a directory. Choose another with --dir DIR or ACCORD_DIR."
        case .notWritable(let path):
            return "cannot write to the store '\(TerminalSafe.clean(path))'. Fix its permissions or choose another with --dir DIR."
        case .createFailed(let path, let reason):
            return "cannot create the store '\(TerminalSafe.clean(path))': \(reason). Choose another with --dir DIR."
        }
    }
}
