#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Small text helpers shared by the plan's builder and renderers.
enum PlanText {
    /// "1 joint goal", "3 joint goals".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// "a", "a and b", "a, b and c".
    static func list(_ parts: [String]) -> String {
        parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    /// A goal as one line: text, baseline → target, date and owner where the text lacks them.
    static func goal(_ g: PlanGoal) -> String {
        var parts = [g.text]
        if let b = g.baseline, let t = g.target, !g.text.contains(t) { parts.append("\(b) → \(t)") }
        if let d = g.date, !g.text.contains(d) { parts.append("by \(d)") }
        if let o = g.owner, !g.text.lowercased().contains("owner") { parts.append("owner \(o)") }
        return parts.joined(separator: ", ")
    }

    /// A R/A/C/I row as one line.
    static func role(_ r: PlanRole) -> String {
        "\(r.activity): Sales \(r.sales.isEmpty ? "–" : r.sales), Marketing \(r.marketing.isEmpty ? "–" : r.marketing)"
    }

    /// A commitment as one line.
    static func commitment(_ c: PlanCommitment) -> String {
        var parts = [c.text]
        if let o = c.owner, !c.text.lowercased().contains("owner") { parts.append("owner \(o)") }
        if let d = c.due, !c.text.contains(d) { parts.append("due \(d)") }
        return parts.joined(separator: ", ")
    }

    /// "agreed", "proposed (not yet agreed by both)", "draft".
    static func statusLabel(_ s: ItemStatus?) -> String? {
        switch s {
        case .agreed: return "agreed by both"
        case .proposed: return "proposed, not yet agreed by both"
        case .draft: return "draft"
        case .parked: return "parked"
        case nil: return nil
        }
    }

    /// Whether a string is a YYYY-MM-DD date.
    static func isDate(_ s: String?) -> Bool {
        guard let s, s.count == 10 else { return false }
        return dayNumber(s) != nil
    }

    /// Days since 1970-01-01 for a YYYY-MM-DD date, or nil.
    static func dayNumber(_ s: String) -> Int? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        var c = DateComponents()
        c.year = y
        c.month = m
        c.day = d
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 0)!  // a named zone needs ICU, which the binary does not link
        guard let date = cal.date(from: c) else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded())
    }

    /// The leading number of a baseline or target ("18%" → 18, percent; "about 1,200 a month" → 1200).
    static func leadingNumber(_ s: String?) -> (value: Double, percent: Bool)? {
        guard let s else { return nil }
        var digits = ""
        var started = false
        var rest = Substring(s)
        while let ch = rest.first {
            if ch.isNumber || (ch == "." && started) || (ch == "," && started) {
                if ch != "," { digits.append(ch) }
                started = true
            } else if started {
                break
            }
            rest = rest.dropFirst()
        }
        while digits.hasSuffix(".") { digits.removeLast() }
        guard let value = Double(digits) else { return nil }
        let percent = rest.trimmingWhitespaceSet().hasPrefix("%")
        return (value, percent)
    }
}
