#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The playbooks available to a run: the built-ins, then each extra directory in order, where a file
/// with the same `id` overrides an earlier one and a new id adds a playbook.
///
/// The caller decides which extra directories apply (`--prompts DIR`, the `ACCORD_PROMPTS`
/// environment variable). A malformed file is reported but does not hide the other playbooks.
public struct PlaybookLibrary: Sendable {
    /// All playbooks, built-ins first in `BuiltinPlaybooks.preferredOrder`, then added ones by load order.
    public private(set) var all: [Playbook]

    /// A library of exactly these playbooks (later entries with the same id override earlier ones).
    public init(playbooks: [Playbook]) {
        all = []
        for playbook in playbooks { add(playbook) }
    }

    /// The built-ins plus every `*.md` file (except `README.md`) in each extra directory, in order.
    /// Returns the library and every problem found, each as `file:line: message`.
    public static func load(extraDirectories: [String]) -> (library: PlaybookLibrary, errors: [PlaybookIssue]) {
        let builtins = BuiltinPlaybooks.parseAll()
        let order = BuiltinPlaybooks.preferredOrder
        let sorted = builtins.playbooks.sorted { a, b in
            let ia = order.firstIndex(of: a.id) ?? order.count
            let ib = order.firstIndex(of: b.id) ?? order.count
            return ia != ib ? ia < ib : a.id < b.id
        }
        var library = PlaybookLibrary(playbooks: sorted)
        var errors = builtins.errors
        for directory in extraDirectories {
            errors += library.addDirectory(directory)
        }
        return (library, errors)
    }

    /// Adds or overrides with the playbooks of one directory; returns the problems found.
    public mutating func addDirectory(_ directory: String) -> [PlaybookIssue] {
        let fm = FileManager.default
        var isDir = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir else {
            return [PlaybookIssue(file: directory, line: 0, message: "no such playbook directory")]
        }
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            return [PlaybookIssue(file: directory, line: 0, message: "cannot read playbook directory")]
        }
        var errors: [PlaybookIssue] = []
        var seen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".md") && name.lowercased() != "readme.md" && !name.hasPrefix(".") {
            let path = PathText.appending(directory, name)
            guard let data = fm.contents(atPath: path) else {
                errors.append(PlaybookIssue(file: path, line: 0, message: "cannot read file"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(PlaybookIssue(file: path, line: 0, message: "not valid UTF-8 text"))
                continue
            }
            do {
                let playbook = try PlaybookParser.parse(text, source: path)
                if let other = seen[playbook.id] {
                    errors.append(
                        PlaybookIssue(
                            file: path, line: 0,
                            message: "id \"\(playbook.id)\" is also used by \(other); this file wins"))
                }
                seen[playbook.id] = path
                add(playbook)
            } catch {
                errors += error.issues
            }
        }
        return errors
    }

    /// Adds a playbook, replacing one with the same id in place.
    public mutating func add(_ playbook: Playbook) {
        if let index = all.firstIndex(where: { $0.id == playbook.id }) {
            all[index] = playbook
        } else {
            all.append(playbook)
        }
    }

    /// The playbook with this id, if any.
    public func playbook(id: String) -> Playbook? { all.first { $0.id == id } }

    /// Every id, in listing order.
    public var ids: [String] { all.map(\.id) }
}
