#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord commitments`: the ledger as a table grouped by owner, or as JSON.
public struct CommitmentReport: Sendable {
    /// Which commitments to show (the command line's `--open|--overdue|--done|--all`).
    public typealias Filter = CommitmentFilter

    public var filter: Filter
    public var owner: String?
    /// `YYYY-MM-DD` that counts as today (pinned with `--today`).
    public var today: String

    public init(filter: Filter = .open, owner: String? = nil, today: String) {
        self.filter = filter
        self.owner = owner
        self.today = today
    }

    /// How `write(store:…)` writes the commitments.
    public enum Format: Sendable, CaseIterable {
        /// The table grouped by owner.
        case table
        /// The JSON document (`json(_:)`) and a newline.
        case json
        /// CSV for a spreadsheet (`CommitmentCSV`).
        case csv
    }

    /// Writes the table, the JSON document and a newline, or the CSV for `store`, in pieces.
    /// It comes from the index (`CommitmentIndex`, over the cache, refreshed first when stale). With
    /// `plain`, or when the index cannot read the cache, it comes from the ledger instead — the plain
    /// definition, which tests and `accord-bench paths` compare the index with.
    public func write(
        store: TranscriptStore, format: Format, highlight: ((String) -> String)?, plain: Bool = false,
        to emit: (String) -> Void
    ) throws {
        if !plain {
            let index = try CommitmentIndex.load(store: store) ?? CommitmentIndex.refreshed(store: store)
            if let index {
                switch format {
                case .table: index.write(self, highlight: highlight, to: emit)
                case .json: index.json(self, to: emit)
                case .csv: index.csv(self, to: emit)
                }
                return
            }
        }
        let ledger = try CommitmentScan(store: store).ledger()
        switch format {
        case .table: write(ledger, highlight: highlight, to: emit)
        case .json: emit(self.json(ledger) + "\n")
        case .csv: emit(CommitmentCSV.render(select(ledger), today: today))
        }
    }

    /// The commitments this report shows, sorted by owner then due date.
    public func select(_ ledger: CommitmentLedger) -> [Commitment] {
        selectedIndices(ledger).map { ledger.commitments[$0] }
    }

    /// Positions in `ledger.commitments` of what `select` returns, in its order. Each owner is
    /// lowercased once (not once per comparison), and no commitment is copied to sort.
    func selectedIndices(_ ledger: CommitmentLedger) -> [Int] {
        let all = ledger.commitments
        let wanted = owner?.lowercased()
        var keyed: [(owner: String, due: String, ref: String, index: Int)] = []
        for (i, c) in all.enumerated() {
            let lower = c.owner.lowercased()
            if let wanted, lower != wanted,
                !lower.split(separator: "&").map({ $0.trimmingWhitespaceSet() }).contains(wanted)
            {
                continue
            }
            let keep: Bool
            switch filter {
            case .open: keep = c.isOpen
            case .overdue: keep = c.isOverdue(today: today)
            case .done: keep = c.status == .done
            case .all: keep = true
            }
            if keep { keyed.append((lower, c.due, c.ref, i)) }
        }
        keyed.sort { ($0.owner, $0.due, $0.ref) < ($1.owner, $1.due, $1.ref) }
        return keyed.map(\.index)
    }

    /// The table, one group per owner. `highlight` styles overdue rows (identity when colour is off).
    public func text(_ ledger: CommitmentLedger, highlight: (String) -> String = { $0 }) -> String {
        var out = ""
        withoutActuallyEscaping(highlight) { h in write(ledger, highlight: h) { out += $0 } }
        return out
    }

    /// `write` without styling: lines go straight into a byte buffer (no per-line strings).
    public func write(_ ledger: CommitmentLedger, to emit: (String) -> Void) {
        write(ledger, highlight: nil, to: emit)
    }

    /// The table of `text`, handed to `emit` in pieces of about 64 KB (so a large ledger is never
    /// held twice, as commitments and as one big string).
    public func write(_ ledger: CommitmentLedger, highlight: ((String) -> String)?, to emit: (String) -> Void) {
        let all = ledger.commitments
        let rows = selectedIndices(ledger)
        guard !rows.isEmpty else { return emit(CommitmentTableWriter.emptyMessage(filter)) }
        var counts: [String: Int] = [:]
        for i in rows { counts[all[i].owner, default: 0] += 1 }
        let todayDay = Self.day(today)
        withoutActuallyEscaping(emit) { emit in
            var table = CommitmentTableWriter(highlight: highlight, emit: emit)
            var currentOwner: String?
            for i in rows {
                let c = all[i]
                if c.owner != currentOwner {
                    table.group(owner: c.owner, count: counts[c.owner] ?? 0)
                    currentOwner = c.owner
                }
                table.row(
                    status: c.status.rawValue, overdue: c.isOverdue(today: today), due: c.due,
                    relative: Self.relative(c.due, todayDay: todayDay), session: c.session,
                    text: { TerminalSafe.clean(c.text) }, note: c.progressNote)
            }
            table.finish(today: today)
        }
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
        struct Doc: Encodable {
            var today: String
            var filter: String
            var commitments: [Row]
        }
        let doc = Doc(
            today: today, filter: filter.rawValue,
            commitments: select(ledger).map { Row(commitment: $0, overdue: $0.isOverdue(today: today)) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: enc.encode(doc), as: UTF8.self)) ?? "{}"
    }

    /// "today", "in 3 days", "5 days ago", "in 2 weeks", "3 months ago".
    public static func relative(_ due: String, today: String) -> String {
        relative(due, todayDay: day(today))
    }

    /// `relative` with today already converted to a day number.
    static func relative(_ due: String, todayDay: Int?) -> String {
        guard let d = day(due), let t = todayDay else { return due }
        // One wording for relative days: `Day.relative(to:)`.
        return Day(dayNumber: d).relative(to: Day(dayNumber: t))
    }

    /// Days since 1970-01-01 for a `YYYY-MM-DD` date.
    static func day(_ s: String) -> Int? {
        let p = fastDateParts(s) ?? s.split(separator: "-").compactMap { Int($0) }
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

    /// `[y, m, d]` of a plain `DDDD-DD-DD` read straight from the bytes (what the split above gives
    /// for that shape); nil for anything else, which takes the general path.
    private static func fastDateParts(_ s: String) -> [Int]? {
        let u = s.utf8
        guard u.count == 10 else { return nil }
        var n = [0, 0, 0]
        var part = 0
        for (k, b) in u.enumerated() {
            if k == 4 || k == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
                part += 1
            } else {
                guard b >= 0x30, b <= 0x39 else { return nil }
                n[part] = n[part] * 10 + Int(b - 0x30)
            }
        }
        return n
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func todayString(_ now: Date = Date()) -> String {
        UTCTime.day(now)
    }
}
