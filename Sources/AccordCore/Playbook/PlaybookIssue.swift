/// One problem found in a playbook file, located by file and line.
public struct PlaybookIssue: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file as the user named it (`prompts/goals.md`, or `built-in:goals.md`).
    public var file: String
    /// 1-based line number; 0 when the problem concerns the whole file (e.g. it cannot be read).
    public var line: Int
    /// What is wrong, in plain words.
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (or `file: message` when there is no line).
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// Why a playbook could not be parsed.
public enum PlaybookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is malformed; every problem found, in line order.
    case invalid([PlaybookIssue])

    /// The problems, in line order.
    public var issues: [PlaybookIssue] {
        switch self {
        case .invalid(let issues): issues
        }
    }

    /// One `file:line: message` per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
