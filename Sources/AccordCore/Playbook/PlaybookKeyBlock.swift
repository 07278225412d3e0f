import Foundation

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
                  key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
            self.key = key.lowercased()
            self.value = text[text.index(after: colon)...].trimmingWhitespaceSet()
            self.line = source.number
        }
    }

    private(set) var entries: [Entry] = []
    private var bullets: [String] = []

    var isEmpty: Bool { entries.isEmpty }

    /// True right after `activities:` with no inline value: `- item` lines follow.
    var acceptsBullets: Bool {
        guard let last = entries.last else { return false }
        return last.key == "activities" && last.value.isEmpty
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

    /// Adds a `- item` line under `activities:`.
    mutating func addBullet(_ item: String) { bullets.append(item) }

    /// The entry for a key, if present.
    func value(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Activities from `activities: A; B; C` or the bullet lines under `activities:`.
    var activities: [String] {
        let inline = value("activities")?.value.split(separator: ";").map { $0.trimmingWhitespaceSet() } ?? []
        return (inline + bullets).filter { !$0.isEmpty }
    }

    /// The item of a `- item` or `* item` line, or nil.
    static func bullet(_ text: String) -> String? {
        let t = text.trimmingWhitespaceSet()
        guard t.hasPrefix("- ") || t.hasPrefix("* ") else { return nil }
        return t.dropFirst(2).trimmingWhitespaceSet()
    }
}
