import Foundation

/// Inline SVG pictures for the HTML plan: a goal's baseline → target bar and the commitments timeline.
/// All text inside is escaped with `PlanHTML.esc`.
enum PlanSVG {
    /// A bar from baseline to target, or nil when either has no leading number.
    static func goalBar(baseline: String?, target: String?) -> String? {
        guard let b = PlanText.leadingNumber(baseline), let t = PlanText.leadingNumber(target) else { return nil }
        let width = 600.0, left = 10.0, right = 590.0
        var top = max(b.value, t.value) * 1.15
        if b.percent && t.percent && max(b.value, t.value) <= 100 { top = 100 }
        if top <= 0 { top = 1 }
        func x(_ v: Double) -> Double { left + (right - left) * min(max(v / top, 0), 1) }
        let xb = x(b.value), xt = x(t.value)
        let up = t.value >= b.value
        var svg = "<svg class=\"bar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) 54\" role=\"img\" "
            + "aria-label=\"\(PlanHTML.esc("from \(baseline ?? "") to \(target ?? "")"))\">"
        svg += "<rect x=\"\(fmt(left))\" y=\"14\" width=\"\(fmt(right - left))\" height=\"14\" rx=\"7\" fill=\"#eef0f3\"/>"
        if up {
            svg += "<rect x=\"\(fmt(left))\" y=\"14\" width=\"\(fmt(max(xb - left, 0)))\" height=\"14\" rx=\"7\" fill=\"#b8c0cc\"/>"
            svg += "<rect x=\"\(fmt(xb))\" y=\"14\" width=\"\(fmt(max(xt - xb, 2)))\" height=\"14\" fill=\"#2f6fde\"/>"
        } else {
            svg += "<rect x=\"\(fmt(left))\" y=\"14\" width=\"\(fmt(max(xt - left, 0)))\" height=\"14\" rx=\"7\" fill=\"#2f6fde\"/>"
            svg += "<rect x=\"\(fmt(xt))\" y=\"14\" width=\"\(fmt(max(xb - xt, 2)))\" height=\"14\" fill=\"#c9d8f5\"/>"
        }
        svg += "<line x1=\"\(fmt(xb))\" y1=\"8\" x2=\"\(fmt(xb))\" y2=\"34\" stroke=\"#5b6473\" stroke-width=\"2\"/>"
        svg += "<line x1=\"\(fmt(xt))\" y1=\"8\" x2=\"\(fmt(xt))\" y2=\"34\" stroke=\"#163a7a\" stroke-width=\"3\"/>"
        let (ab, at) = anchors(xb, xt, left: left, right: right)
        svg += "<text x=\"\(fmt(xb))\" y=\"50\" text-anchor=\"\(ab)\" class=\"lbl\">now \(PlanHTML.esc(short(baseline)))</text>"
        svg += "<text x=\"\(fmt(xt))\" y=\"50\" text-anchor=\"\(at)\" class=\"lbl strong\">target \(PlanHTML.esc(short(target)))</text>"
        return svg + "</svg>"
    }

    /// Where to anchor the two labels so they neither overlap nor leave the picture.
    private static func anchors(_ xb: Double, _ xt: Double, left: Double, right: Double) -> (String, String) {
        func edge(_ x: Double, _ fallback: String) -> String { x < left + 60 ? "start" : (x > right - 60 ? "end" : fallback) }
        if abs(xt - xb) < 150 {
            return xb <= xt ? (edge(xb, "end"), edge(xt, "start")) : (edge(xb, "start"), edge(xt, "end"))
        }
        return (edge(xb, "middle"), edge(xt, "middle"))
    }

    /// The timeline and its legend as HTML lines; none when no commitment has a date.
    static func timelineBlock(_ commitments: [PlanCommitment], today: String) -> [String] {
        guard let svg = timeline(commitments, today: today) else { return [] }
        let legend = [("#2f6fde", "open"), ("#b7791f", "in progress / slipped"), ("#c53030", "overdue"), ("#1f8a5b", "done"), ("#9aa1ad", "dropped")]
        return [svg, "<div class=\"legend\">" + legend.map { "<span><span class=\"dot\" style=\"background: \($0.0)\"></span>\($0.1)</span>" }.joined() + "</div>"]
    }

    /// Commitments with a due date on a time axis; today marked. Nil when none has a date.
    static func timeline(_ commitments: [PlanCommitment], today: String) -> String? {
        let dated = commitments.compactMap { c -> (PlanCommitment, Int)? in
            guard let d = c.due, let n = PlanText.dayNumber(d), PlanText.isDate(d) else { return nil }
            return (c, n)
        }.sorted { $0.1 < $1.1 }
        guard !dated.isEmpty else { return nil }
        let now = PlanText.dayNumber(today)
        var lo = dated.map(\.1).min()!, hi = dated.map(\.1).max()!
        if let now { lo = min(lo, now); hi = max(hi, now) }
        let pad = max((hi - lo) / 12, 7)
        lo -= pad; hi += pad
        let labelW = 430.0, axisL = 450.0, axisR = 985.0, rowH = 36.0, topY = 58.0
        func x(_ n: Int) -> Double { axisL + (axisR - axisL) * Double(n - lo) / Double(max(hi - lo, 1)) }
        let height = topY + rowH * Double(dated.count) + 10
        var svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 \(fmt(height))\" role=\"img\" aria-label=\"Commitments by due date\">"
        svg += "<line x1=\"\(fmt(axisL))\" y1=\"\(fmt(topY - 8))\" x2=\"\(fmt(axisR))\" y2=\"\(fmt(topY - 8))\" stroke=\"#c5cad3\"/>"
        for tick in monthTicks(lo: lo, hi: hi) {
            svg += "<line x1=\"\(fmt(x(tick.0)))\" y1=\"\(fmt(topY - 12))\" x2=\"\(fmt(x(tick.0)))\" y2=\"\(fmt(height - 6))\" stroke=\"#eceef2\"/>"
            svg += "<text x=\"\(fmt(x(tick.0)))\" y=\"\(fmt(topY - 16))\" text-anchor=\"middle\" class=\"lbl\">\(tick.1)</text>"
            if let year = tick.2 {
                svg += "<text x=\"\(fmt(x(tick.0)))\" y=\"\(fmt(topY - 36))\" text-anchor=\"middle\" class=\"lbl strong\">\(year)</text>"
            }
        }
        if let now {
            svg += "<line x1=\"\(fmt(x(now)))\" y1=\"\(fmt(topY - 12))\" x2=\"\(fmt(x(now)))\" y2=\"\(fmt(height - 6))\" stroke=\"#d64545\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(fmt(x(now) + 4))\" y=\"\(fmt(height - 8))\" class=\"lbl today\">today</text>"
        }
        for (i, (c, n)) in dated.enumerated() {
            let y = topY + rowH * Double(i) + rowH / 2
            let colour = PlanHTML.progressColour(c)
            svg += "<line x1=\"\(fmt(labelW))\" y1=\"\(fmt(y))\" x2=\"\(fmt(x(n)))\" y2=\"\(fmt(y))\" stroke=\"#e3e6eb\" stroke-dasharray=\"2 3\"/>"
            svg += "<text x=\"0\" y=\"\(fmt(y + 5))\" class=\"row\">\(PlanHTML.esc(truncate((c.kind == .goal ? "◎ " : "") + c.text, 46)))</text>"
            svg += "<circle cx=\"\(fmt(x(n)))\" cy=\"\(fmt(y))\" r=\"8\" fill=\"\(colour)\"/>"
            let anchor = x(n) > axisR - 130 ? "end" : "start"
            let dx = anchor == "end" ? -14.0 : 14.0
            svg += "<text x=\"\(fmt(x(n) + dx))\" y=\"\(fmt(y + 5))\" text-anchor=\"\(anchor)\" class=\"lbl\">\(PlanHTML.esc(c.due ?? ""))</text>"
        }
        return svg + "</svg>"
    }

    /// Month starts between two day numbers, thinned to at most 8: day, "Jan", and the year on the
    /// first tick and on each January.
    private static func monthTicks(lo: Int, hi: Int) -> [(Int, String, String?)] {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let start = Date(timeIntervalSince1970: Double(lo) * 86_400)
        var c = cal.dateComponents([.year, .month], from: start)
        var ticks: [(Int, String, String?)] = []
        for _ in 0..<60 {
            c.month = (c.month ?? 1) + 1
            if c.month! > 12 { c.month = 1; c.year = (c.year ?? 2000) + 1 }
            c.day = 1
            guard let d = cal.date(from: c) else { break }
            let n = Int((d.timeIntervalSince1970 / 86_400).rounded())
            if n > hi { break }
            ticks.append((n, names[c.month! - 1], ticks.isEmpty || c.month == 1 ? "\(c.year!)" : nil))
        }
        let step = max(1, Int((Double(ticks.count) / 8).rounded(.up)))
        var kept = ticks.enumerated().filter { $0.offset % step == 0 }.map(\.element)
        if !kept.isEmpty, kept[0].2 == nil { kept[0].2 = ticks[0].2 }
        return kept
    }

    private static func short(_ s: String?) -> String { truncate(s ?? "", 24) }

    static func truncate(_ s: String, _ n: Int) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count > n ? String(one.prefix(n - 1)) + "…" : one
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
