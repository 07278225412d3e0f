import AccordCore
import Foundation

/// Measures the coach against a labelled corpus: precision and recall of the "blame" label.
///
/// Evaluation scaffolding for the tests and `bench/coach-quality`; not part of the shipped library.
public struct CorpusEvaluation: Sendable {
    /// One labelled statement from a corpus file.
    public struct Item: Sendable, Equatable {
        /// True when labelled "blame".
        public var blame: Bool
        /// The speaker's side, when the column names one.
        public var speaker: Role?
        /// The statement.
        public var text: String
        /// The author group it belongs to: the name of the last `# group: NAME` line before it, or ""
        /// before any (grouped cross-validation holds out one author's statements at a time).
        public var group: String = ""
    }

    /// Confusion counts and the derived figures for one labelled set.
    public struct Result: Sendable, Equatable {
        /// Blame lines flagged.
        public var tp = 0
        /// Blame-free lines flagged.
        public var fp = 0
        /// Blame lines not flagged.
        public var fn = 0
        /// Blame-free lines not flagged.
        public var tn = 0
        /// Misclassified statements as `"FN: text"` / `"FP: text"`, in corpus order.
        public var misses: [String] = []
        /// tp / (tp + fp), 1.0 when nothing was flagged.
        public var precision: Double { tp + fp == 0 ? 1.0 : Double(tp) / Double(tp + fp) }
        /// tp / (tp + fn), 1.0 when there is no blame line.
        public var recall: Double { tp + fn == 0 ? 1.0 : Double(tp) / Double(tp + fn) }
        /// How many statements were scored.
        public var count: Int { tp + fp + fn + tn }

        /// Empty counts.
        public init() {}

        /// One line: `precision 0.987 recall 0.912 (tp … fp … fn … tn …)`.
        public var summary: String {
            String(format: "precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", precision, recall, tp, fp, fn, tn)
        }
    }

    /// Parses a corpus: tab-separated `label<TAB>speaker role<TAB>text`, label `blame` or `ok`;
    /// blank lines and lines starting with `#` are skipped, as are lines with an unknown label or
    /// fewer than three columns (the input is untrusted: nothing here traps). A `# group: NAME` line
    /// names the author group of the statements after it.
    public static func parse(tsv: String) -> [Item] {
        var items: [Item] = []
        var group = ""
        for raw in tsv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.hasPrefix("# group:") {
                group = line.dropFirst("# group:".count).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let label = fields[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard label == "blame" || label == "ok" else { continue }
            let role = Role(rawValue: fields[1].trimmingCharacters(in: .whitespaces).lowercased())
            items.append(Item(blame: label == "blame", speaker: role, text: String(fields[2]), group: group))
        }
        return items
    }

    /// Runs the coach over every labelled statement.
    public static func evaluate(_ items: [Item], coach: BlameCoach) -> Result {
        var r = Result()
        for item in items {
            let flagged = coach.check(item.text, speaker: item.speaker) != nil
            switch (item.blame, flagged) {
            case (true, true): r.tp += 1
            case (false, false): r.tn += 1
            case (true, false):
                r.fn += 1
                r.misses.append("FN: \(item.text)")
            case (false, true):
                r.fp += 1
                r.misses.append("FP: \(item.text)")
            }
        }
        return r
    }

    /// Parses and evaluates `tsv` (see ``parse(tsv:)``).
    public static func evaluate(tsv: String, coach: BlameCoach) -> Result {
        evaluate(parse(tsv: tsv), coach: coach)
    }
}
