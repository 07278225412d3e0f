#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord lint`: checks notes before a retrospective, one statement per line.
///
/// Blank lines and lines starting with `#` are skipped; a line may hold several sentences and is
/// checked (and reported) as one statement under its line number.
public enum Lint {
    /// One flagged line.
    public struct Finding: Sendable, Equatable, Codable {
        /// 1-based line number in the input.
        public var line: Int
        /// The statement as written (trimmed), with control characters neutralised.
        public var statement: String
        /// Why it was flagged.
        public var reason: String
        /// The suggested what/how reframe.
        public var suggestion: String
    }

    /// The JSON document `--json` prints.
    public struct Report: Sendable, Equatable, Codable {
        /// Flagged statements in line order.
        public var flags: [Finding]
        /// How many statements were checked.
        public var checked: Int
        /// How many were flagged.
        public var flagged: Int
    }

    /// Checks every statement in `text`.
    public static func report(text: String, speaker: Role? = nil, coach: BlameCoach = BlameCoach()) -> Report {
        var findings: [Finding] = []
        var checked = 0
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingSpacesAndNewlines()
            if line.isEmpty || line.hasPrefix("#") { continue }
            checked += 1
            if let flag = coach.check(line, speaker: speaker) {
                findings.append(
                    Finding(
                        line: index + 1, statement: sanitize(line), reason: flag.reason,
                        suggestion: flag.suggestion))
            }
        }
        return Report(flags: findings, checked: checked, flagged: findings.count)
    }

    /// Runs the lint and renders it: one line per flagged statement,
    /// `LINE: "statement" — reason. Try: suggestion`, or the JSON report when `json` is true.
    /// - Returns: the text to print (ending in a newline when non-empty) and the number flagged.
    public static func run(text: String, json: Bool) -> (output: String, flagged: Int) {
        let r = report(text: text)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(r)) ?? Data("{\"checked\":0,\"flagged\":0,\"flags\":[]}".utf8)
            return (String(decoding: data, as: UTF8.self) + "\n", r.flagged)
        }
        let lines = r.flags.map { "\($0.line): \"\($0.statement)\" — \($0.reason). Try: \($0.suggestion)" }
        return (lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n", r.flagged)
    }

    /// The process exit code: 1 when anything was flagged, 0 when not (2, a read error, is the caller's).
    public static func exitCode(flagged: Int) -> ExitCode { flagged > 0 ? .findings : .ok }

    /// The statement made safe to print on one line (escape sequences and controls made visible).
    public static func sanitize(_ s: String) -> String { TerminalSafe.cleanLine(s) }
}
