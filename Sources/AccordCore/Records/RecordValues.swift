#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Checks and normalises record field values by type, and reads numbers back out of stored values.
///
/// Stored values are strings in `Item.fields` (the transcript format does not change): a number as
/// digits ("1240"), a percent with `%` ("18%"), money with its currency and grouped digits
/// ("€120,000"), a date as YYYY-MM-DD, a person by identity (`ParticipantRef.stored`: "@sales",
/// "@marketing", "@both" or a third party's name), a choice as declared, a list joined by "; ".
public enum RecordValues {
    /// The normalised value of `raw` for a field of `type`, or what the facilitator says instead.
    public static func normalize(_ raw: String, as type: RecordFieldType, participants: Participants) -> Result<String, FieldProblem> {
        let text = raw.trimming(charactersIn: " \t,;")
        guard !text.isEmpty else { return .failure(FieldProblem(message: "Please give a value, or /park to park this record for now.")) }
        switch type {
        case .text:
            return .success(text)
        case .number:
            guard let n = number(text) else {
                return .failure(FieldProblem(message: "I need a number here (e.g. 1,240 or 1.2k)."))
            }
            return .success(format(n))
        case .percent:
            guard let p = percent(text) else {
                return .failure(FieldProblem(message: "I need a percentage here (e.g. 18%)."))
            }
            return .success(format(p) + "%")
        case .money:
            guard let m = money(text) else {
                return .failure(FieldProblem(message: "I need an amount here (e.g. €120k or 45,000 USD)."))
            }
            return .success(m.display)
        case .date:
            guard let d = FieldParser.normalizeDate(dropHedge(text)) else {
                return .failure(FieldProblem(message: "I need a date: YYYY-MM-DD, a month like March 2027, or a quarter like Q2 2027."))
            }
            return .success(d)
        case .person:
            guard text.split(separator: " ").count <= 5, text.count <= 60, text.contains(where: \.isLetter) else {
                let names = participants.solo ? "a name" : "\(participants.sales), \(participants.marketing), both, or another name"
                return .failure(FieldProblem(message: "Just a name, please: \(names)."))
            }
            // By identity: "@sales", "@marketing", "@both", or the third party's name.
            return .success(ParticipantRef(stored: text, participants: participants).stored)
        case .choice(let values):
            guard let value = choice(text, in: values) else {
                return .failure(FieldProblem(message: "Which one: \(orList(values))?"))
            }
            return .success(value)
        case .list:
            let items = listItems(text)
            return items.isEmpty
                ? .failure(FieldProblem(message: "One or more items, separated by ; or ,")) : .success(items.joined(separator: "; "))
        }
    }

    // MARK: - Reading values

    /// A stored value as people read it: a person's name for a person field, else as stored.
    public static func display(_ stored: String, as type: RecordFieldType, participants: Participants) -> String {
        type == .person ? participants.ownerName(stored: stored) : stored
    }

    /// A plain number: "1,240", "1240", "1.2k", "2m", "about 300". Nil if `text` is anything else,
    /// or a quadrillion or more.
    public static func number(_ text: String) -> Double? {
        var t = dropHedge(text).lowercased().replacingText(" ", with: "")
        var scale = 1.0
        for (suffix, factor) in [("thousand", 1e3), ("million", 1e6), ("bn", 1e9), ("k", 1e3), ("m", 1e6)] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            scale = factor
            break
        }
        guard !t.isEmpty, t.first!.isNumber || t.first == "-" || t.first == "." else { return nil }
        // With both separators the last one is the decimal point ("4,500.50", "4.500,50").
        if let comma = t.lastIndex(of: ","), let dot = t.lastIndex(of: ".") {
            t =
                comma < dot
                ? t.replacingText(",", with: "")
                : t.replacingText(".", with: "").replacingText(",", with: ".")
        }
        // Grouping commas ("1,240") are dropped; a lone comma with 1–2 digits after it is a decimal.
        let groups = t.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            if groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isNumber) }) {
                t = groups.joined()
            } else if groups.count == 2, (1...2).contains(groups[1].count) {
                t = groups.joined(separator: ".")
            } else {
                return nil
            }
        }
        guard let value = Double(t), value.isFinite, abs(value * scale) < largest else { return nil }
        return value * scale
    }

    /// Numbers from a quadrillion up are refused: no figure in a sales or marketing record is that
    /// large, and whole numbers below it convert to `Int64` exactly (typed or read from disk alike).
    static let largest = 1e15

    /// A percentage: "18%", "18 %", "18 percent", "18.5 pct", or a bare number from 0 to 100.
    public static func percent(_ text: String) -> Double? {
        var t = dropHedge(text).lowercased()
        for suffix in ["percent", "pct", "%"] where t.hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)).trimmingWhitespaceSet()
            break
        }
        guard let value = number(t), (0...1000).contains(value) else { return nil }
        return value
    }

    /// An amount of money: a number (with k / m / bn) and an optional currency, as a symbol
    /// (€ $ £) or a three-letter code before or after it.
    public static func money(_ text: String) -> Money? {
        var t = dropHedge(text).trimmingWhitespaceSet()
        var currency: String?
        for symbol in ["€", "$", "£"] where t.hasPrefix(symbol) || t.hasSuffix(symbol) {
            currency = symbol
            t = t.hasPrefix(symbol) ? String(t.dropFirst()) : String(t.dropLast())
            break
        }
        if currency == nil {
            let words = t.split(separator: " ")
            if let code = words.first, code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }), words.count > 1 {
                currency = code.uppercased()
                t = words.dropFirst().joined(separator: " ")
            } else if let code = words.last, code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }), words.count > 1 {
                currency = code.uppercased()
                t = words.dropLast().joined(separator: " ")
            }
        }
        let symbols = ["EUR": "€", "USD": "$", "GBP": "£"]
        if let c = currency, let s = symbols[c] { currency = s }
        guard let amount = number(t.trimmingWhitespaceSet()), amount >= 0 else { return nil }
        return Money(amount: amount, currency: currency)
    }

    /// The declared value `text` names: equal ignoring case, spaces and hyphens, or a unique prefix
    /// of three or more letters.
    public static func choice(_ text: String, in values: [String]) -> String? {
        let key = fold(text)
        if let exact = values.first(where: { fold($0) == key }) { return exact }
        if key.count > 3, key.hasSuffix("s"), let plural = values.first(where: { fold($0) == String(key.dropLast()) }) { return plural }
        guard key.count >= 3 else { return nil }
        let prefixed = values.filter { fold($0).hasPrefix(key) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The items of a list answer: split on `;` when there is one, else on `,`.
    public static func listItems(_ text: String) -> [String] {
        let separator: Character = text.contains(";") ? ";" : ","
        return text.split(separator: separator).map { $0.trimmingWhitespaceSet() }.filter { !$0.isEmpty }
    }

    /// Lowercased, without spaces, hyphens and underscores: how choices are compared.
    static func fold(_ text: String) -> String {
        String(text.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
    }

    /// `text` without a leading "about", "roughly", "approx." or "~".
    static func dropHedge(_ text: String) -> String {
        var t = text.trimmingWhitespaceSet()
        for hedge in ["about ", "roughly ", "approx. ", "approximately ", "around ", "circa ", "~"] where t.lowercased().hasPrefix(hedge) {
            t = String(t.dropFirst(hedge.count)).trimmingWhitespaceSet()
            break
        }
        return t
    }

    /// Digits without grouping ("1240", "0.5"): at most two decimals, none for whole numbers.
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largest else { return String(value) }
        if value == value.rounded() { return String(Int64(value)) }
        var s = cFormat("%.2f", value)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// "a, b or c".
    static func orList(_ values: [String]) -> String {
        values.count <= 1 ? values.joined() : values.dropLast().joined(separator: ", ") + " or " + values.last!
    }
}

/// An amount of money with an optional currency (a symbol, or a three-letter code).
public struct Money: Sendable, Equatable {
    public var amount: Double
    public var currency: String?

    /// "€120,000", "$4,500.50", "120,000 CHF", "120,000".
    public var display: String {
        // `RecordValues.money` reads amounts below a quadrillion only; any other is shown as it is.
        guard amount.isFinite, amount >= 0, amount < RecordValues.largest else { return "\(amount)" }
        let whole = Int64(amount.rounded(.down))
        let cents = Int64(((amount - Double(whole)) * 100).rounded())
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        var number = digits + grouped
        if cents > 0 { number += cFormat(".%02lld", cents) }
        guard let currency else { return number }
        return currency.count == 1 ? currency + number : number + " " + currency
    }
}
