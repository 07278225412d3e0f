/// A number with its unit as written in a goal: "18%", "48h", "€40k", "1,200 leads a month".
public struct Quantity: Sendable, Equatable {
    /// The value in plain units ("€40k" → 40000, "18%" → 18).
    public var value: Double
    /// The unit.
    public var unit: QuantityUnit
    /// Words after the number that say what is counted: "leads a month", "of website-visitor leads".
    public var label: String
    /// The scale written after the number, kept for display: "", "k", "M" or "bn".
    public var scale: String

    /// A quantity.
    public init(value: Double, unit: QuantityUnit = .none, label: String = "", scale: String = "") {
        self.value = value
        self.unit = unit
        self.label = label
        self.scale = scale
    }

    /// The number with its unit, as a person writes it: "18%", "8,000", "€40k", "24h", "12 days".
    public var short: String {
        // A scale as written, moved up when the number outgrows it (€800k + €200k → €1M).
        var scale = self.scale
        if scale == "k", abs(value) >= 1_000_000 { scale = "M" }
        if scale == "M", abs(value) >= 1_000_000_000 { scale = "bn" }
        let divisor: Double = scale == "k" ? 1_000 : scale == "M" ? 1_000_000 : scale == "bn" ? 1_000_000_000 : 1
        let n = Quantity.format(value / divisor) + scale
        switch unit {
        case .none: return n
        case .percent: return n + "%"
        case .points: return n + " points"
        case .hours: return n + "h"
        case .days: return n + (value == 1 ? " day" : " days")
        case .weeks: return n + (value == 1 ? " week" : " weeks")
        case .euros: return "€" + n
        case .dollars: return "$" + n
        case .pounds: return "£" + n
        }
    }

    /// `short` followed by the label: "1,200 leads a month", "90% of website-visitor leads".
    public var display: String { label.isEmpty ? short : "\(short) \(label)" }

    /// "8,000", "12.5", "1,234.56": thousands separated, at most two decimals, no trailing zeros.
    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        guard abs(v) < 1e15 else { return String(v) }
        let rounded = (v * 100).rounded() / 100
        let negative = rounded < 0
        let whole = Int(abs(rounded).rounded(.down))
        var frac = Int(((abs(rounded) - Double(whole)) * 100).rounded())
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        var out = (negative ? "-" : "") + grouped
        if frac > 0 {
            var f = frac < 10 ? "0\(frac)" : "\(frac)"
            if f.hasSuffix("0") {
                f.removeLast()
                frac /= 10
            }
            out += "." + f
        }
        return out
    }
}

/// The closed set of units a goal's numbers carry.
public enum QuantityUnit: String, Sendable, Equatable, CaseIterable {
    /// A plain count (leads, deals…; what is counted is in the label).
    case none
    /// A percentage: "18%".
    case percent
    /// Percentage points: "+5 points".
    case points
    /// Hours: "48h", "24 hours".
    case hours
    /// Days.
    case days
    /// Weeks.
    case weeks
    /// €.
    case euros
    /// $.
    case dollars
    /// £.
    case pounds
}

/// Where a goal starts: a number, or honestly not known yet ("unknown", "not measured yet").
public enum Baseline: Sendable, Equatable {
    /// Measured.
    case value(Quantity)
    /// Not measured yet: a valid answer, shown in the plan as "baseline to establish".
    case unknown

    /// How it is stored in a transcript field: the quantity as written, or "unknown".
    public var stored: String {
        switch self {
        case .value(let q): return q.display
        case .unknown: return "unknown"
        }
    }

    /// Whether a stored baseline means "unknown" ("unknown", "n/a", "tbd", "not measured yet"…).
    public static func isUnknown(_ text: String) -> Bool { QuantityScan.isUnknown(text) }
}
