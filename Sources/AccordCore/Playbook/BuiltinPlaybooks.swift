/// The playbooks compiled into the binary, so `accord` works from any directory.
///
/// The texts come from `prompts/*.md`, embedded by `scripts/embed-prompts` into
/// `BuiltinPlaybooks+Generated.swift` (a test fails if that file is stale).
public enum BuiltinPlaybooks {
    /// The order built-in playbooks are listed in (a session's natural sequence); others follow by id.
    public static let preferredOrder = ["goals", "roles", "retro", "review", "prep"]

    /// How a built-in file is named in `Playbook.source` and error messages: `built-in:goals.md`.
    public static func sourceName(_ fileName: String) -> String { "built-in:\(fileName)" }

    /// True for a `Playbook.source` that names a built-in.
    public static func isBuiltin(source: String) -> Bool { source.hasPrefix("built-in:") }

    /// The embedded file names and texts, e.g. `("goals.md", "# Co-create shared goals…")`.
    public static var texts: [(name: String, text: String)] { files }

    /// Every built-in playbook, parsed, with any problems (there are none unless a bad file was
    /// embedded; the test suite checks that).
    public static func parseAll() -> (playbooks: [Playbook], errors: [PlaybookIssue]) {
        var playbooks: [Playbook] = []
        var errors: [PlaybookIssue] = []
        for file in files {
            do {
                playbooks.append(try PlaybookParser.parse(file.text, source: sourceName(file.name)))
            } catch {
                errors += error.issues
            }
        }
        return (playbooks, errors)
    }

    /// The built-in file `name` parsed alone (nil when there is none or it does not parse).
    static func parse(fileNamed name: String) -> Playbook? {
        guard let file = files.first(where: { $0.name == name }) else { return nil }
        return try? PlaybookParser.parse(file.text, source: sourceName(file.name))
    }
}
