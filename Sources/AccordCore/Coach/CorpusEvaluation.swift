import Foundation

/// Measures the coach against a labelled corpus: precision and recall of the "blame" label.
public struct CorpusEvaluation: Sendable {
    /// One labelled statement from a corpus file.
    public struct Item: Sendable, Equatable {
        /// True when labelled "blame".
        public var blame: Bool
        /// The speaker's side, when the column names one.
        public var speaker: Role?
        /// The statement.
        public var text: String
    }

    /// Parses a corpus: tab-separated `label<TAB>speaker role<TAB>text`, label `blame` or `ok`;
    /// blank lines and lines starting with `#` are skipped, as are lines with an unknown label.
    public static func parse(tsv: String) -> [Item] {
        var items: [Item] = []
        for raw in tsv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let label = fields[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard label == "blame" || label == "ok" else { continue }
            let role = Role(rawValue: fields[1].trimmingCharacters(in: .whitespaces).lowercased())
            items.append(Item(blame: label == "blame", speaker: role, text: String(fields[2])))
        }
        return items
    }

    /// Runs the coach over every labelled statement.
    /// - Returns: precision and recall for "blame" (1.0 when there is nothing to measure), the
    ///   confusion counts, and the misclassified statements as `"FN: text"` / `"FP: text"`.
    public static func evaluate(tsv: String, coach: BlameCoach)
        -> (precision: Double, recall: Double, tp: Int, fp: Int, fn: Int, tn: Int, misses: [String])
    {
        var tp = 0, fp = 0, fn = 0, tn = 0
        var misses: [String] = []
        for item in parse(tsv: tsv) {
            let flagged = coach.check(item.text, speaker: item.speaker) != nil
            switch (item.blame, flagged) {
            case (true, true): tp += 1
            case (false, false): tn += 1
            case (true, false): fn += 1; misses.append("FN: \(item.text)")
            case (false, true): fp += 1; misses.append("FP: \(item.text)")
            }
        }
        let precision = tp + fp == 0 ? 1.0 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 1.0 : Double(tp) / Double(tp + fn)
        return (precision, recall, tp, fp, fn, tn, misses)
    }
}
