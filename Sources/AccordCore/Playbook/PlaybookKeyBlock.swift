#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The `key: value` lines at the top of a playbook or a step.
struct KeyBlock: Sendable {
    /// One `key: value` line.
    struct Entry: Sendable {
        var key: String
        var value: String
        var line: Int

        /// Reads `key: value` (key: a letter then letters, digits, `-` or `_`); nil if the line is not one.
        init?(_ source: SourceLine) {
            let text = source.text
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = text[..<colon]
            guard let first = key.first, first.isASCII, first.isLetter,
                key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else { return nil }
            self.key = key.lowercased()
            self.value = text[text.index(after: colon)...].trimmingWhitespaceSet()
            self.line = source.number
        }
    }

    private(set) var entries: [Entry] = []
    /// `- item` lines, with the list key they belong to (`activities`, `fields`) and their line.
    private var bullets: [(key: String, text: String, line: Int)] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Keys whose values may follow as `- item` lines.
    static let listKeys: Set<String> = ["activities", "fields"]

    /// True right after `activities:` or `fields:` with no inline value: `- item` lines follow.
    var acceptsBullets: Bool {
        guard let last = entries.last else { return false }
        return Self.listKeys.contains(last.key) && last.value.isEmpty
    }

    /// Adds an entry; returns a problem to report, if any.
    mutating func add(_ entry: Entry, allowed: [String], scope: String) -> String? {
        guard allowed.contains(entry.key) else {
            return "unknown key \"\(entry.key)\" \(scope) (expected one of: \(allowed.joined(separator: ", ")))"
        }
        if let earlier = entries.first(where: { $0.key == entry.key }) {
            return "duplicate key \"\(entry.key)\" (already set on line \(earlier.line))"
        }
        entries.append(entry)
        return nil
    }

    /// Adds a `- item` line under the last list key (`activities:`, `fields:`).
    mutating func addBullet(_ item: String, line: Int) {
        guard let key = entries.last?.key else { return }
        bullets.append((key, item, line))
    }

    /// The `- item` lines under `key:`, with their line numbers.
    func bullets(of key: String) -> [(text: String, line: Int)] {
        bullets.filter { $0.key == key }.map { ($0.text, $0.line) }
    }

    /// The entry for a key, if present.
    func value(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Activities from `activities: A; B; C` or the bullet lines under `activities:`.
    var activities: [String] {
        let inline = value("activities")?.value.split(separator: ";").map { $0.trimmingWhitespaceSet() } ?? []
        return (inline + bullets(of: "activities").map(\.text)).filter { !$0.isEmpty }
    }

    /// The item of a `- item` or `* item` line, or nil.
    static func bullet(_ text: String) -> String? {
        let t = text.trimmingWhitespaceSet()
        guard t.hasPrefix("- ") || t.hasPrefix("* ") else { return nil }
        return t.dropFirst(2).trimmingWhitespaceSet()
    }
}
