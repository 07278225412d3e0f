import Foundation

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
        let labels = labels(in: text, fields: fields)
        let ns = text as NSString
        let free = labels.first.map { ns.substring(to: $0.start) } ?? text
        for (i, label) in labels.enumerated() {
            let end = i + 1 < labels.count ? labels[i + 1].start : ns.length
            let raw = ns.substring(with: NSRange(location: label.valueStart, length: max(0, end - label.valueStart)))
            let field = fields[label.field]
            switch RecordValues.normalize(raw, as: field.type, participants: participants) {
            case .success(let value): reading.values[field.name] = value
            case .failure(let problem): reading.problems.append("\(field.name): \(problem.message)")
            }
        }
        readFree(free, fields: fields, participants: participants, into: &reading.values)
        return reading
    }

    /// A `name:` label in the line: where it starts, where its value starts, which field.
    struct Label {
        var start: Int
        var valueStart: Int
        var field: Int
    }

    static func labels(in text: String, fields: [RecordField]) -> [Label] {
        var found: [Label] = []
        let ns = text as NSString
        for (index, field) in fields.enumerated() {
            let words = field.name.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
            let pattern = #"(?:^|(?<=[,;(]|\s))"# + words.joined(separator: #"[\s_-]+"#) + #"\s*:"#
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                found.append(Label(start: m.range.location, valueStart: m.range.location + m.range.length, field: index))
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
        func take(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive]) -> String? {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
            let ns = rest as NSString
            guard let m = regex.firstMatch(in: rest, range: NSRange(location: 0, length: ns.length)) else { return nil }
            let value = ns.substring(with: m.range)
            rest = ns.replacingCharacters(in: m.range, with: ",")
            recognised = true
            return value
        }
        for field in empty(.choice) {
            let alternatives = field.type.choices.sorted { $0.count > $1.count }.map { value in
                value.split(whereSeparator: { $0 == " " || $0 == "-" }).map { NSRegularExpression.escapedPattern(for: String($0)) }
                    .joined(separator: #"[\s-]?"#)
            }
            // A choice standing alone between commas wins over the same word inside a name
            // ("RevOps dinner Berlin, dinner").
            let words = #"(?:"# + alternatives.joined(separator: "|") + #")s?"#
            if let said = take(#"(?<=^|[,;])\s*"# + words + #"\s*(?=[,;]|$)"#) ?? take(#"(?<![\w-])"# + words + #"(?![\w-])"#),
                let value = RecordValues.choice(said.trimmingCharacters(in: .whitespaces), in: field.type.choices)
            {
                values[field.name] = value
            }
        }
        let money = #"(?:[€$£]\s?\d[\d,.]*\s?(?:k|m|bn)?|\d[\d,.]*\s?(?:k|m|bn)?\s?(?:[€$£]|EUR|USD|GBP)|\d[\d,.]*\s?(?:k|m|bn))(?![\w%])"#
        for field in empty(.money) {
            if let said = take(money), let m = RecordValues.money(said) { values[field.name] = m.display }
        }
        for field in empty(.percent) {
            if let said = take(#"\d+(?:[.,]\d+)?\s?(?:%|percent\b)"#), let p = RecordValues.percent(said) {
                values[field.name] = RecordValues.format(p) + "%"
            }
        }
        let months = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
        let date =
            #"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:"# + months + #")[a-z]*\.?\s+\d{4}|(?:"# + months
            + #")[a-z]*\.?\s+\d{1,2},?\s+\d{4}|(?:"# + months + #")[a-z]*\.?\s+\d{4}|q[1-4]\s+\d{4}|\d{4}-\d{1,2})\b"#
        for field in empty(.date) {
            if let said = take(date), let d = FieldParser.normalizeDate(said.replacingOccurrences(of: ",", with: "")) {
                values[field.name] = d
            }
        }
        // A bare number in a record named by text may be part of the name ("200 to 1,000 staff"): asked for instead.
        for field in empty(.number) where fields.first?.type.kind != .text {
            // Not a year, not part of "Q3", a date or a word.
            let number =
                #"(?<![\w.,/-])(?!(?:19|20)\d{2}(?![\d,.]))\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w%/-])|(?<![\w.,/-])(?!(?:19|20)\d{2}(?![\d,.]))\d+(?:\.\d+)?k?(?![\w%/-])"#
            if let said = take(number), let n = RecordValues.number(said) { values[field.name] = RecordValues.format(n) }
        }
        if !participants.solo {
            for field in empty(.person) {
                let names = [participants.sales, participants.marketing].map { NSRegularExpression.escapedPattern(for: $0) }
                if let said = take(#"(?<!\w)(?:"# + names.joined(separator: "|") + #")(?!\w)"#) {
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
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t.:—–-")) }.first { !$0.isEmpty }
            for word in ["in ", "for ", "during ", "over ", "on ", "at "] where name?.lowercased().hasPrefix(word) == true {
                name = name.map { String($0.dropFirst(word.count)).trimmingCharacters(in: .whitespaces) }
            }
            if name?.isEmpty == true { name = nil }
        } else {
            let whole = rest.trimmingCharacters(in: CharacterSet(charactersIn: " \t,;"))
            name = whole.isEmpty ? nil : whole
        }
        if let name { values[field.name] = name }
    }
}
