import Foundation

/// `accord commitments`: the ledger as a table grouped by owner, or as JSON.
public struct CommitmentReport: Sendable {
    /// Which commitments to show.
    public enum Filter: String, Sendable, CaseIterable {
        case open, overdue, done, all
    }

    public var filter: Filter
    public var owner: String?
    /// `YYYY-MM-DD` that counts as today (pinned with `--today`).
    public var today: String

    public init(filter: Filter = .open, owner: String? = nil, today: String) {
        self.filter = filter
        self.owner = owner
        self.today = today
    }

    /// The commitments this report shows, sorted by owner then due date.
    public func select(_ ledger: CommitmentLedger) -> [Commitment] {
        ledger.commitments.filter { c in
            if let owner, c.owner.lowercased() != owner.lowercased(),
               !c.owner.lowercased().split(separator: "&").map({ $0.trimmingCharacters(in: .whitespaces) }).contains(owner.lowercased()) {
                return false
            }
            switch filter {
            case .open: return c.isOpen
            case .overdue: return c.isOverdue(today: today)
            case .done: return c.status == .done
            case .all: return true
            }
        }.sorted { ($0.owner.lowercased(), $0.due, $0.ref) < ($1.owner.lowercased(), $1.due, $1.ref) }
    }

    /// The table, one group per owner. `highlight` styles overdue rows (identity when colour is off).
    public func text(_ ledger: CommitmentLedger, highlight: (String) -> String = { $0 }) -> String {
        let rows = select(ledger)
        guard !rows.isEmpty else { return "No \(filter == .all ? "" : filter.rawValue + " ")commitments.\n" }
        var out = ""
        var currentOwner: String?
        for c in rows {
            if c.owner != currentOwner {
                let count = rows.filter { $0.owner == c.owner }.count
                out += (currentOwner == nil ? "" : "\n") + "\(TerminalSafe.clean(c.owner)) (\(count))\n"
                currentOwner = c.owner
            }
            let overdue = c.isOverdue(today: today)
            let when = Self.relative(c.due, today: today)
            let status = overdue ? "OVERDUE" : c.status.rawValue
            let line = "  \(status.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.due) (\(when))  \(TerminalSafe.clean(c.text))  [\(c.session)]"
            out += (overdue ? highlight(line) : line) + "\n"
        }
        let overdueCount = rows.filter { $0.isOverdue(today: today) }.count
        out += "\n\(rows.count) commitment\(rows.count == 1 ? "" : "s")" + (overdueCount > 0 ? ", \(overdueCount) overdue" : "") + " (today: \(today))\n"
        return out
    }

    /// JSON: `{"today":…, "filter":…, "commitments":[…]}` with each commitment's history.
    public func json(_ ledger: CommitmentLedger) -> String {
        struct Row: Encodable {
            var commitment: Commitment
            var overdue: Bool
            func encode(to encoder: Encoder) throws {
                try commitment.encode(to: encoder)
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(overdue, forKey: .overdue)
            }
            enum Key: String, CodingKey { case overdue }
        }
        struct Doc: Encodable { var today: String; var filter: String; var commitments: [Row] }
        let doc = Doc(today: today, filter: filter.rawValue, commitments: select(ledger).map { Row(commitment: $0, overdue: $0.isOverdue(today: today)) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: enc.encode(doc), as: UTF8.self)) ?? "{}"
    }

    /// "today", "in 3 days", "5 days ago", "in 2 weeks", "3 months ago".
    public static func relative(_ due: String, today: String) -> String {
        guard let d = day(due), let t = day(today) else { return due }
        let diff = d - t
        let n = abs(diff)
        let unit: String
        switch n {
        case 0: return "today"
        case 1: return diff > 0 ? "tomorrow" : "yesterday"
        case ..<14: unit = "\(n) days"
        case ..<60: unit = "\(n / 7) weeks"
        case ..<730: unit = "\(n / 30) months"
        default: unit = "\(n / 365) years"
        }
        return diff > 0 ? "in \(unit)" : "\(unit) ago"
    }

    /// Days since 1970-01-01 for a `YYYY-MM-DD` date.
    static func day(_ s: String) -> Int? {
        let p = s.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = p[1] <= 2 ? p[0] - 1 : p[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (p[1] + 9) % 12
        let doy = (153 * mp + 2) / 5 + p[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func todayString(_ now: Date = Date()) -> String {
        UTCTime.day(now)
    }
}
