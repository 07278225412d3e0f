#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Understands one typed line of a `capture: record` step: `field: value` pairs anywhere in the
/// line, and free phrasing for the rest ("Northwind renewal, mid-market, €120k, lost").
///
/// - `name: value` runs to the next `name:` of a declared field, so values may hold commas.
/// - In the free part, values are recognised by type: a listed choice ("lost", "mid market"), an
///   amount with a currency or k/m ("€120k"), a percentage, a date, a plain number, a lead's name.
///   Each goes to the first declared field of that type still empty. What is left, up to a comma,
///   names the record: it goes to the first empty text field.
/// - Values that do not fit their type are reported and left empty, so the facilitator asks again.
public enum RecordLine {
    /// What a line gave.
    public struct Reading: Sendable, Equatable {
        /// Normalised values by field name.
        public var values: [String: String] = [:]
        /// Problems with labelled values, as the facilitator says them ("size: I need an amount…").
        public var problems: [String] = []
    }

    /// Reads `text` against `fields`.
    public static func read(_ text: String, fields: [RecordField], participants: Participants) -> Reading {
        var reading = Reading()
        let (free, labelled) = split(text, fields: fields)
        for (index, raw) in labelled {
            let field = fields[index]
            switch RecordValues.normalize(raw, as: field.type, participants: participants) {
            case .success(let value): reading.values[field.name] = value
            case .failure(let problem): reading.problems.append("\(field.name): \(problem.message)")
            }
        }
        readFree(free, fields: fields, participants: participants, into: &reading.values)
        return reading
    }

    /// The line cut at its labels: the free text before the first label (field nil), then each labelled
    /// value with its field's name; empty pieces are left out. Used by the coach, which skips quotes.
    public static func parts(of text: String, fields: [RecordField]) -> [(field: String?, text: String)] {
        let (free, labelled) = split(text, fields: fields)
        let parts = [(field: String?.none, text: free)] + labelled.map { (fields[$0.field].name, $0.value) }
        return parts.filter { $0.text.contains { !$0.isWhitespace && $0 != ";" && $0 != "," } }
    }

    /// The free text before the first `name:` label, and each labelled value (up to the next label)
    /// with the index of its field.
    static func split(_ text: String, fields: [RecordField]) -> (free: String, labelled: [(field: Int, value: String)]) {
        let scalars = Array(text.unicodeScalars)
        let labels = labels(in: scalars, fields: fields)
        let free = labels.first.map { string(scalars[..<$0.start]) } ?? text
        let labelled = labels.enumerated().map { i, label in
            let end = i + 1 < labels.count ? labels[i + 1].start : scalars.count
            return (label.field, string(scalars[label.valueStart..<max(label.valueStart, end)]))
        }
        return (free, labelled)
    }

    /// The text of some scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A `name:` label in the line: where it starts, where its value starts (in scalars), which field.
    struct Label {
        var start: Int
        var valueStart: Int
        var field: Int
    }

    static func labels(in text: [Unicode.Scalar], fields: [RecordField]) -> [Label] {
        var found: [Label] = []
        for (index, field) in fields.enumerated() {
            guard let regex = TextPattern(Patterns.label(field.name, escape: TextPattern.escape), ignoringCase: true) else { continue }
            for m in regex.matches(in: text) {
                found.append(Label(start: m.range.lowerBound, valueStart: m.range.upperBound, field: index))
            }
        }
        // Earliest first; at one position the longest name wins ("message landed" over "message").
        found.sort { ($0.start, -$0.valueStart) < ($1.start, -$1.valueStart) }
        var kept: [Label] = []
        for label in found where kept.last.map({ label.start >= $0.valueStart }) ?? true {
            kept.append(label)
        }
        return kept
    }

    // MARK: - Free phrasing

    static func readFree(_ free: String, fields: [RecordField], participants: Participants, into values: inout [String: String]) {
        var rest = free
        var recognised = false
        func empty(_ kind: RecordFieldKind) -> [RecordField] {
            fields.filter { $0.type.kind == kind && values[$0.name] == nil }
        }
        func take(_ pattern: String) -> String? {
            guard let regex = TextPattern(pattern, ignoringCase: true) else { return nil }
            let scalars = Array(rest.unicodeScalars)
            guard let m = regex.firstMatch(in: scalars) else { return nil }
            let value = string(scalars[m.range])
            rest = string(scalars[..<m.range.lowerBound]) + "," + string(scalars[m.range.upperBound...])
            recognised = true
            return value
        }
        for field in empty(.choice) {
            // A choice standing alone between commas wins over the same word inside a name
            // ("RevOps dinner Berlin, dinner").
            let (alone, inside) = Patterns.choice(field.type.choices, escape: TextPattern.escape)
            if let said = take(alone) ?? take(inside),
                let value = RecordValues.choice(said.trimmingWhitespaceSet(), in: field.type.choices)
            {
                values[field.name] = value
            }
        }
        for field in empty(.money) {
            if let said = take(Patterns.money), let m = RecordValues.money(said) { values[field.name] = m.display }
        }
        for field in empty(.percent) {
            if let said = take(Patterns.percent), let p = RecordValues.percent(said) {
                values[field.name] = RecordValues.format(p) + "%"
            }
        }
        for field in empty(.date) {
            if let said = take(Patterns.date), let d = FieldParser.normalizeDate(said.replacingText(",", with: "")) {
                values[field.name] = d
            }
        }
        // A bare number in a record named by text may be part of the name ("200 to 1,000 staff"): asked for instead.
        for field in empty(.number) where fields.first?.type.kind != .text {
            if let said = take(Patterns.number), let n = RecordValues.number(said) { values[field.name] = RecordValues.format(n) }
        }
        if !participants.solo {
            for field in empty(.person) {
                if let said = take(Patterns.person([participants.sales, participants.marketing], escape: TextPattern.escape)) {
                    values[field.name] = ParticipantRef(stored: said, participants: participants).stored
                }
            }
        }
        // What is left names the record: when the record's first field is text, or when something
        // else in the line was recognised (so "MQL 410 in Q3 2026" gives the period).
        guard let field = empty(.text).first, fields.first(where: { $0.type.kind == .text })?.name == field.name,
            recognised || fields.first?.type.kind == .text
        else { return }
        var name: String?
        if recognised {
            name = rest.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimming(charactersIn: " \t.:—–-") }.first { !$0.isEmpty }
            for word in ["in ", "for ", "during ", "over ", "on ", "at "] where name?.lowercased().hasPrefix(word) == true {
                name = name.map { String($0.dropFirst(word.count)).trimmingWhitespaceSet() }
            }
            if name?.isEmpty == true { name = nil }
        } else {
            let whole = rest.trimming(charactersIn: " \t,;")
            name = whole.isEmpty ? nil : whole
        }
        if let name { values[field.name] = name }
    }

    /// The patterns a line is read with (ICU syntax, matched ignoring case by `TextPattern`;
    /// `TextPatternTests` runs them against `NSRegularExpression`, passing its own `escape`).
    enum Patterns {
        /// `name:` where words of the name may be joined by spaces, `_` or `-`.
        static func label(_ name: String, escape: (String) -> String) -> String {
            let words = name.split(separator: " ").map { escape(String($0)) }
            return #"(?:^|(?<=[,;(]|\s))"# + words.joined(separator: #"[\s_-]+"#) + #"\s*:"#
        }

        /// A listed choice standing alone between commas, and one anywhere as a word.
        static func choice(_ choices: [String], escape: (String) -> String) -> (alone: String, inside: String) {
            let alternatives = choices.sorted { $0.count > $1.count }.map { value in
                value.split(whereSeparator: { $0 == " " || $0 == "-" }).map { escape(String($0)) }.joined(separator: #"[\s-]?"#)
            }
            let words = #"(?:"# + alternatives.joined(separator: "|") + #")s?"#
            return (#"(?<=^|[,;])\s*"# + words + #"\s*(?=[,;]|$)"#, #"(?<![\w-])"# + words + #"(?![\w-])"#)
        }

        static let money =
            #"(?:[€$£]\s?\d[\d,.]*\s?(?:k|m|bn)?|\d[\d,.]*\s?(?:k|m|bn)?\s?(?:[€$£]|EUR|USD|GBP)|\d[\d,.]*\s?(?:k|m|bn))(?![\w%])"#

        static let percent = #"\d+(?:[.,]\d+)?\s?(?:%|percent\b)"#

        static let months = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

        static let date =
            #"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:"# + months + #")[a-z]*\.?\s+\d{4}|(?:"# + months
            + #")[a-z]*\.?\s+\d{1,2},?\s+\d{4}|(?:"# + months + #")[a-z]*\.?\s+\d{4}|q[1-4]\s+\d{4}|\d{4}-\d{1,2})\b"#

        /// A number that is not a year, not part of "Q3", a date or a word.
        static let number =
            #"(?<![\w.,/-])(?!(?:19|20)\d{2}(?![\d,.]))\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w%/-])|(?<![\w.,/-])(?!(?:19|20)\d{2}(?![\d,.]))\d+(?:\.\d+)?k?(?![\w%/-])"#

        /// Either lead's name, as a whole word.
        static func person(_ names: [String], escape: (String) -> String) -> String {
            #"(?<!\w)(?:"# + names.map(escape).joined(separator: "|") + #")(?!\w)"#
        }
    }
}
