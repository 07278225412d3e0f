#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord playbooks` (list) and `accord playbooks check FILE` (validate one file).
public enum PlaybookCommands {
    /// Exit code for a malformed playbook (`EX_DATAERR`).
    public static let exitInvalid = ExitCode.dataError
    /// Exit code for a file that cannot be read (`EX_IOERR`).
    public static let exitUnreadable = ExitCode.ioError

    /// A table of the library's playbooks: id, title, number of steps, and source
    /// (`built-in` or the file's path). Ends with a newline.
    public static func list(_ library: PlaybookLibrary) -> String {
        let header = ["ID", "TITLE", "STEPS", "SOURCE"]
        let rows = library.all.map { p in
            [p.id, p.title, String(p.steps.count), BuiltinPlaybooks.isBuiltin(source: p.source) ? "built-in" : p.source]
        }
        let table = [header] + rows
        let widths = (0..<header.count).map { col in table.map { $0[col].count }.max() ?? 0 }
        var out = ""
        for row in table {
            let cells = row.enumerated().map { col, cell in
                col == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[col] - cell.count)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// Validates one playbook file: `ok: goals (7 steps)` and exit 0; or each problem as
    /// `file:line: message` and exit 65; or exit 74 when the file cannot be read.
    public static func check(path: String) -> (output: String, exitCode: ExitCode) {
        var isDir = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir {
            return ("accord: cannot read \(path): it is a directory\n", exitUnreadable)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            return ("accord: cannot read \(path): \(reason)\n", exitUnreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ("\(path): not valid UTF-8 text\n", exitInvalid)
        }
        do {
            let playbook = try PlaybookParser.parse(text, source: path)
            let steps = playbook.steps.count == 1 ? "1 step" : "\(playbook.steps.count) steps"
            return ("ok: \(playbook.id) (\(steps))\n", .ok)
        } catch {
            return (error.description + "\n", exitInvalid)
        }
    }
}
