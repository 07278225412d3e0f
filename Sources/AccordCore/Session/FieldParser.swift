#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Pulls the structured parts out of a goal or an action typed in one line, e.g.
/// "Raise SQL→opportunity rate from 18% to 25% by 2027-03-31, owner Dana".
public enum FieldParser {
    /// Fields found in a goal statement: baseline ("from X"), target ("to Y"), date ("by …"),
    /// owner ("owner …"), and the explicit `key: value` forms.
    public static func goalFields(_ text: String, participants: Participants) -> [String: String] {
        var fields = keyed(text, participants: participants)
        let lower = text.lowercased()
        if fields["baseline"] == nil, let v = capture(after: ["from "], in: text, lower: lower) {
            fields["baseline"] = v
        }
        if fields["target"] == nil, let v = capture(after: [" to "], in: text, lower: lower) {
            fields["target"] = v
        }
        if fields["date"] == nil, let d = dateAfter(["by ", "before ", "date "], in: text, lower: lower) {
            fields["date"] = d
        }
        return fields
    }

    /// Fields found in an action: owner ("owner …" / "owned by …") and due ("due …" / "by …").
    public static func actionFields(_ text: String, participants: Participants) -> [String: String] {
        var fields = keyed(text, participants: participants)
        if fields["due"] == nil { fields["due"] = fields.removeValue(forKey: "date") }
        let lower = text.lowercased()
        if fields["due"] == nil, let d = dateAfter(["due ", "by ", "before "], in: text, lower: lower) {
            fields["due"] = d
        }
        return fields
    }

    /// The statement without its trailing `owner …` / `due …` / `by DATE` parts, for lists.
    public static func stripKeyed(_ text: String) -> String {
        asciiStripKeyed(text) ?? stripKeyed(text, plain: true)
    }

    /// `stripKeyed` over `Character`s (the definition).
    static func stripKeyed(_ text: String, plain: Bool) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return text }
        let kept = parts.enumerated().filter { i, part in
            guard i > 0 else { return true }
            let lower = part.trimmingWhitespaceSet().lowercased()  // once per part, not once per key
            return !strippedKeys.contains { lower.hasPrefix($0) }
        }.map { String($0.element) }
        return kept.joined(separator: ",").trimmingWhitespaceSet()
    }

    private static let strippedKeys = ["owner", "owners", "owned by", "due", "by ", "date"]
    private static let strippedKeyBytes = strippedKeys.map { Array($0.utf8) }

    /// `stripKeyed` of an ASCII text, over its bytes (each byte is then a `Character`; the spaces
    /// trimmed are space and tab); nil for any other text. Splitting and trimming `Character`s was
    /// 20 M of a cold `commitments`' 255 M instructions over 300 sessions (docs/performance.md);
    /// `FieldParserFastPathTests` and the `answers` fuzz target compare it with the definition.
    static func asciiStripKeyed(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let parts = bytes.split(separator: 0x2C, omittingEmptySubsequences: false)
        guard parts.count > 1 else { return text }
        func trimmed(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var b = b
            while let f = b.first, f == 0x20 || f == 0x09 { b.removeFirst() }
            while let l = b.last, l == 0x20 || l == 0x09 { b.removeLast() }
            return b
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, part) in parts.enumerated() {
            if i > 0 {
                let lower = trimmed(part).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
                if strippedKeyBytes.contains(where: { lower.starts(with: $0) }) { continue }
                out.append(0x2C)
            }
            out.append(contentsOf: part)
        }
        return String(decoding: trimmed(out[...]), as: UTF8.self)
    }

    /// Whether `text` already states `date`, as written or as "by Q2 2027" / "due 2027-03", so that
    /// a description does not repeat it ("…by Q2 2027, by 2027-06-30").
    public static func mentionsDate(_ text: String, _ date: String) -> Bool {
        text.contains(date) || dateAfter(["by ", "due ", "until "], in: text, lower: text.lowercased()) == date
    }

    /// `text` without a "by DATE" / "due DATE" phrase that names `date`, for lines that show the date
    /// in a column of their own ("Raise X from 18% to 25% — Dana, due 2027-03-31").
    public static func removingDate(_ text: String, _ date: String) -> String {
        removingDate(text, date, plain: false)
    }

    /// `removingDate`; when `plain`, the phrase is searched for from the first scalar (the definition),
    /// otherwise only from where one can start (`datePhraseStart`). Searching every position with
    /// `TextPattern` was 94 M of a cold `commitments`' 342 M instructions over 300 sessions
    /// (docs/performance.md); `FieldParserFastPathTests` and the `answers` fuzz target compare the two.
    static func removingDate(_ text: String, _ date: String, plain: Bool) -> String {
        guard let regex = datePhrase else { return text }
        var out = text
        let scalars = text.unicodeScalars
        let all = Array(scalars)
        func index(_ offset: Int) -> String.Index { scalars.index(scalars.startIndex, offsetBy: offset) }
        let from = plain ? 0 : datePhraseStart(all)
        for match in from.map({ regex.matches(in: all, from: $0) })?.reversed() ?? [] {
            guard let group = match.groups[0], normalizeDate(String(text[index(group.lowerBound)..<index(group.upperBound)])) == date
            else { continue }
            out.removeSubrange(index(match.range.lowerBound)..<index(match.range.upperBound))
        }
        let trimmed = out.trimmingWhitespaceSet()
        return trimmed.isEmpty ? text : trimmed
    }

    /// The first position where `datePhrasePattern` can match, nil when nowhere: a match is `,?\s+`
    /// then `by`, `due` or `until` (case as written), so there is none without one of these words,
    /// and none starts before the last ASCII letter or digit ahead of the first of them (that is
    /// neither a comma nor a space).
    static func datePhraseStart(_ s: [Unicode.Scalar]) -> Int? {
        let n = s.count
        var i = 0
        while i < n {
            let word: Bool
            switch s[i] {
            case "b": word = i + 1 < n && s[i + 1] == "y"
            case "d": word = i + 2 < n && s[i + 1] == "u" && s[i + 2] == "e"
            case "u": word = i + 4 < n && s[i + 1] == "n" && s[i + 2] == "t" && s[i + 3] == "i" && s[i + 4] == "l"
            default: word = false
            }
            if word {
                var j = i
                while j > 0, !(("0"..."9").contains(s[j - 1]) || ("a"..."z").contains(s[j - 1]) || ("A"..."Z").contains(s[j - 1])) {
                    j -= 1
                }
                return j
            }
            i += 1
        }
        return nil
    }

    /// ", by 2027-03-31", " due Q2 2027", " until 2027-06": the date (group 1) after a deadline word.
    static let datePhrasePattern = #",?\s+(?:by|due|until)\s+(\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}|[Qq][1-4]\s+\d{4})\b"#
    /// The phrase `removingDate` removes, compiled once (compiling it for every commitment was a
    /// tenth of a cold `commitments`).
    private static let datePhrase = TextPattern(datePhrasePattern)

    /// `owner: X`, `owner X`, `owned by X`, `baseline: X`, `target: X`, `date: X`, `due: X`,
    /// `metric: X` — each up to the next comma or semicolon.
    static func keyed(_ text: String, participants: Participants) -> [String: String] {
        var fields: [String: String] = [:]
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingWhitespaceSet() }
        for part in parts {
            let lower = part.lowercased()
            for key in ["owners", "owner", "owned by", "baseline", "target", "date", "due", "metric"] {
                guard lower.hasPrefix(key) else { continue }
                var value = String(part.dropFirst(key.count)).trimmingWhitespaceSet()
                if value.hasPrefix(":") { value = String(value.dropFirst()).trimmingWhitespaceSet() }
                guard !value.isEmpty else { break }
                let name = key.hasPrefix("own") ? "owner" : key
                switch name {
                case "owner": fields[name] = normalizeOwner(value, participants: participants)
                case "date", "due": if let d = normalizeDate(value) { fields[name] = d }
                default: fields[name] = value
                }
                break
            }
        }
        return fields
    }

    /// The first value holding a number after one of `markers` ("from 18%", "to 25 leads"), up to a
    /// comma, semicolon or the next marker word. Occurrences without a number are passed over, so
    /// "Raise SQL to opportunity rate from 18% to 25%" finds 25%.
    static func capture(after markers: [String], in text: String, lower: String) -> String? {
        let stops: Set<String> = ["to", "by", "owner", "owned", "before", "and", "in", "within", "from", "due"]
        for marker in markers {
            var search = lower.startIndex..<lower.endIndex
            while let r = lower.rangeOfText(marker, range: search) {
                search = r.upperBound..<lower.endIndex
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                let rest = text[text.index(text.startIndex, offsetBy: offset)...]
                let words = rest.split(separator: " ", omittingEmptySubsequences: true)
                    .prefix { !$0.hasSuffix(",") && !$0.hasSuffix(";") || true }
                guard let first = words.first else { continue }
                let value = first.trimming(charactersIn: ",;.")
                guard value.contains(where: \.isNumber),
                    value.first?.isNumber == true || value.first == "$" || value.first == "€" || value.first == "£"
                else { continue }
                var parts = [value]
                if !first.hasSuffix(","), !first.hasSuffix(";") {
                    for word in words.dropFirst().prefix(3) {
                        let w = word.trimming(charactersIn: ",;.")
                        if w.isEmpty || stops.contains(w.lowercased()) || w.first?.isNumber == true { break }
                        parts.append(w)
                        if word.hasSuffix(",") || word.hasSuffix(";") { break }
                    }
                }
                return parts.joined(separator: " ")
            }
        }
        return nil
    }

    static func dateAfter(_ markers: [String], in text: String, lower: String) -> String? {
        for marker in markers {
            var search = lower.startIndex..<lower.endIndex
            while let r = lower.rangeOfText(marker, range: search) {
                let tail = String(lower[r.upperBound...]).trimmingWhitespaceSet()
                let candidate = tail.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? tail
                let words = candidate.split(separator: " ")
                for n in stride(from: min(3, words.count), through: 1, by: -1) {
                    if let d = normalizeDate(words.prefix(n).joined(separator: " ")) { return d }
                }
                search = r.upperBound..<lower.endIndex
            }
        }
        return nil
    }

    /// `YYYY-MM-DD` from ISO dates, `Q1 2027` (quarter end), `2027-03` or `March 2027` (month end).
    public static func normalizeDate(_ raw: String) -> String? {
        let text = raw.trimming(charactersIn: " .,;").lowercased()
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(String.init)
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), parts[0].count == 4,
            (1...12).contains(m), (1...daysIn(m, y)).contains(d)
        {
            return cFormat("%04d-%02d-%02d", y, m, d)
        }
        if parts.count == 2, let y = Int(parts[0]), parts[0].count == 4, let m = Int(parts[1]), (1...12).contains(m) {
            return cFormat("%04d-%02d-%02d", y, m, daysIn(m, y))
        }
        if parts.count == 2, parts[0].count == 2, parts[0].hasPrefix("q"), let q = Int(parts[0].dropFirst()), (1...4).contains(q),
            let y = Int(parts[1]), parts[1].count == 4
        {
            let m = q * 3
            return cFormat("%04d-%02d-%02d", y, m, daysIn(m, y))
        }
        if parts.count == 2, let m = month(parts[0]), let y = Int(parts[1]), parts[1].count == 4 {
            return cFormat("%04d-%02d-%02d", y, m, daysIn(m, y))
        }
        if parts.count == 3, let m = month(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]), (1...daysIn(m, y)).contains(d) {
            return cFormat("%04d-%02d-%02d", y, m, d)
        }
        if parts.count == 3, let d = Int(parts[0]), let m = month(parts[1]), let y = Int(parts[2]), (1...daysIn(m, y)).contains(d) {
            return cFormat("%04d-%02d-%02d", y, m, d)
        }
        return nil
    }

    /// Names of the two leads (case-insensitive), "sales", "marketing", or "both"/"we" → both names.
    public static func normalizeOwner(_ raw: String, participants: Participants) -> String {
        let text = raw.trimming(charactersIn: " .,;")
        let lower = text.lowercased()
        if ["both", "we", "us", "both of us", "joint", "together"].contains(lower) {
            return participants.solo ? participants.sales : "\(participants.sales) & \(participants.marketing)"
        }
        if let role = participants.role(named: lower) { return participants.name(role) }
        // "Dana and Lee", "dana & lee": both leads.
        let parts = lower.replacingText(" and ", with: "&").split(separator: "&").map { $0.trimmingWhitespaceSet() }
        if !participants.solo, parts.count == 2, let a = participants.role(named: parts[0]), let b = participants.role(named: parts[1]),
            a != b
        {
            return "\(participants.sales) & \(participants.marketing)"
        }
        return text
    }

    static func month(_ word: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard word.count >= 3 else { return nil }
        return names.firstIndex { word.hasPrefix($0) }.map { $0 + 1 }
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
