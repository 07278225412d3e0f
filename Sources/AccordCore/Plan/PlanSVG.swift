#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Inline SVG pictures for the HTML plan: a goal's baseline → target bar and the commitments timeline.
/// All text inside is escaped with `PlanHTML.esc`.
enum PlanSVG {
    /// A bar from baseline to target, or nil when either has no leading number.
    /// `width` is the picture's width in user units: a smaller width draws the labels larger.
    static func goalBar(baseline: String?, target: String?, width: Double = 600) -> String? {
        guard let b = PlanText.leadingNumber(baseline), let t = PlanText.leadingNumber(target) else { return nil }
        let left = 10.0
        let right = width - 10
        var top = max(b.value, t.value) * 1.15
        if b.percent && t.percent && max(b.value, t.value) <= 100 { top = 100 }
        if top <= 0 { top = 1 }
        func x(_ v: Double) -> Double { left + (right - left) * min(max(v / top, 0), 1) }
        let xb = x(b.value)
        let xt = x(t.value)
        let up = t.value >= b.value
        var svg =
            "<svg class=\"bar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) 42\" role=\"img\" "
            + "aria-label=\"\(PlanHTML.esc("from \(baseline ?? "") to \(target ?? "")"))\">"
        svg +=
            "<rect x=\"\(fmt(left))\" y=\"6\" width=\"\(fmt(right - left))\" height=\"12\" rx=\"6\" fill=\"#eef0f3\" stroke=\"#c5cad3\"/>"
        if up {
            svg += "<rect x=\"\(fmt(left))\" y=\"6\" width=\"\(fmt(max(xb - left, 0)))\" height=\"12\" rx=\"6\" fill=\"#b8c0cc\"/>"
            svg += "<rect x=\"\(fmt(xb))\" y=\"6\" width=\"\(fmt(max(xt - xb, 2)))\" height=\"12\" fill=\"#2f6fde\"/>"
        } else {
            svg += "<rect x=\"\(fmt(left))\" y=\"6\" width=\"\(fmt(max(xt - left, 0)))\" height=\"12\" rx=\"6\" fill=\"#2f6fde\"/>"
            svg += "<rect x=\"\(fmt(xt))\" y=\"6\" width=\"\(fmt(max(xb - xt, 2)))\" height=\"12\" fill=\"#c9d8f5\"/>"
        }
        svg += "<line x1=\"\(fmt(xb))\" y1=\"1\" x2=\"\(fmt(xb))\" y2=\"23\" stroke=\"#5b6473\" stroke-width=\"2\"/>"
        svg += "<line x1=\"\(fmt(xt))\" y1=\"1\" x2=\"\(fmt(xt))\" y2=\"23\" stroke=\"#163a7a\" stroke-width=\"3\"/>"
        let lb = "now \(short(baseline))"
        let lt = "target \(short(target))"
        let (pb, pt) = labelPlaces(xb: xb, xt: xt, wb: textWidth(lb, bold: false), wt: textWidth(lt, bold: true), left: left, right: right)
        svg += "<text x=\"\(fmt(pb))\" y=\"38\" class=\"lbl\">\(PlanHTML.esc(lb))</text>"
        svg += "<text x=\"\(fmt(pt))\" y=\"38\" class=\"lbl strong\">\(PlanHTML.esc(lt))</text>"
        return svg + "</svg>"
    }

    /// About how wide a 13-unit label is (average glyph width 0.6 em; bold a little wider).
    static func textWidth(_ s: String, bold: Bool) -> Double { Double(s.count) * (bold ? 8.2 : 7.6) }

    /// Left x of the baseline and target labels: each near its mark, inside the picture, and
    /// never overlapping (the one further along the bar moves on when they would touch).
    static func labelPlaces(xb: Double, xt: Double, wb: Double, wt: Double, left: Double, right: Double) -> (Double, Double) {
        func clamp(_ x: Double, _ w: Double) -> Double { min(max(x, left), right - w) }
        let gap = 10.0
        if xt >= xb {
            // Baseline label ends at its mark, target label starts at its mark.
            var b = clamp(xb - wb, wb)
            var t = clamp(xt, wt)
            if t < b + wb + gap { t = b + wb + gap }
            if t + wt > right {
                t = right - wt
                b = min(b, t - gap - wb)
                b = max(b, left)
            }
            return (b, t)
        }
        var t = clamp(xt - wt, wt)
        var b = clamp(xb, wb)
        if b < t + wt + gap { b = t + wt + gap }
        if b + wb > right {
            b = right - wb
            t = max(min(t, b - gap - wt), left)
        }
        return (b, t)
    }

    /// The timeline and its legend as HTML lines; none when no commitment has a date. Each state
    /// has its own shape as well as its colour, so the picture holds in grayscale print.
    static func timelineBlock(_ commitments: [PlanCommitment], today: String) -> [String] {
        guard let svg = timeline(commitments, today: today) else { return [] }
        let legend = Marker.allCases.map {
            "<span><svg class=\"glyph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10 -10 20 20\" width=\"14\" height=\"14\">\($0.shape(x: 0, y: 0, r: 7))</svg> \($0.label)</span>"
        }
        return [svg, "<div class=\"legend\">" + legend.joined() + "<span>◎ a joint goal</span></div>"]
    }

    /// A commitment's state on the timeline: shape, colour and word.
    enum Marker: CaseIterable {
        case open, moving, overdue, done, dropped

        init(_ c: PlanCommitment) {
            switch c.progress {
            case .done: self = .done
            case .dropped: self = .dropped
            case .open, .inProgress, .slipped, .carried: self = c.overdue ? .overdue : (c.progress == .open ? .open : .moving)
            }
        }

        var label: String {
            switch self {
            case .open: return "open"
            case .moving: return "in progress / slipped"
            case .overdue: return "overdue"
            case .done: return "done"
            case .dropped: return "dropped"
            }
        }

        /// Open: a hollow ring; in progress: a half-filled ring; overdue: a solid triangle; done: a
        /// solid disc with a tick; dropped: a grey ring with a cross.
        func shape(x: Double, y: Double, r: Double) -> String {
            let cx = fmt(x)
            let cy = fmt(y)
            switch self {
            case .open:
                return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fmt(r - 1.5))\" fill=\"#fff\" stroke=\"#2f6fde\" stroke-width=\"3\"/>"
            case .moving:
                return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fmt(r - 1.5))\" fill=\"#fff\" stroke=\"#b7791f\" stroke-width=\"3\"/>"
                    + "<path d=\"M \(fmt(x)) \(fmt(y - r + 1.5)) A \(fmt(r - 1.5)) \(fmt(r - 1.5)) 0 0 1 \(fmt(x)) \(fmt(y + r - 1.5)) Z\" fill=\"#b7791f\"/>"
            case .overdue:
                return
                    "<path d=\"M \(fmt(x)) \(fmt(y - r - 1)) L \(fmt(x + r + 1)) \(fmt(y + r)) L \(fmt(x - r - 1)) \(fmt(y + r)) Z\" fill=\"#c53030\"/>"
            case .done:
                return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fmt(r))\" fill=\"#1f8a5b\"/>"
                    + "<path d=\"M \(fmt(x - r * 0.5)) \(fmt(y)) L \(fmt(x - r * 0.1)) \(fmt(y + r * 0.4)) L \(fmt(x + r * 0.55)) \(fmt(y - r * 0.4))\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>"
            case .dropped:
                return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fmt(r - 1))\" fill=\"#fff\" stroke=\"#9aa1ad\" stroke-width=\"2\"/>"
                    + "<path d=\"M \(fmt(x - r * 0.45)) \(fmt(y - r * 0.45)) L \(fmt(x + r * 0.45)) \(fmt(y + r * 0.45)) M \(fmt(x + r * 0.45)) \(fmt(y - r * 0.45)) L \(fmt(x - r * 0.45)) \(fmt(y + r * 0.45))\" stroke=\"#6b7280\" stroke-width=\"2\"/>"
            }
        }
    }

    /// Words of `text` in lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    /// Commitments with a due date on a time axis; today marked. Nil when none has a date. Labels
    /// wrap onto as many lines as they need (never cut); each row is as tall as its label.
    static func timeline(_ commitments: [PlanCommitment], today: String) -> String? {
        let dated = commitments.compactMap { c -> (PlanCommitment, Int)? in
            guard let d = c.due, let n = PlanText.dayNumber(d), PlanText.isDate(d) else { return nil }
            return (c, n)
        }.sorted { $0.1 < $1.1 }
        guard !dated.isEmpty else { return nil }
        let now = PlanText.dayNumber(today)
        var lo = dated.map(\.1).min()!
        var hi = dated.map(\.1).max()!
        if let now {
            lo = min(lo, now)
            hi = max(hi, now)
        }
        let pad = max((hi - lo) / 12, 7)
        lo -= pad
        hi += pad
        let labelW = 430.0
        let axisL = 450.0
        let axisR = 985.0
        let lineH = 21.0
        let topY = 58.0
        func x(_ n: Int) -> Double { axisL + (axisR - axisL) * Double(n - lo) / Double(max(hi - lo, 1)) }
        let labels = dated.map { wrap(($0.0.kind == .goal ? "◎ " : "") + $0.0.text, width: 42) }
        let heights = labels.map { max(36.0, lineH * Double($0.count) + 14) }
        let height = topY + heights.reduce(0, +) + 10
        var svg =
            "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 \(fmt(height))\" role=\"img\" aria-label=\"Commitments by due date\">"
        svg += "<line x1=\"\(fmt(axisL))\" y1=\"\(fmt(topY - 8))\" x2=\"\(fmt(axisR))\" y2=\"\(fmt(topY - 8))\" stroke=\"#c5cad3\"/>"
        for tick in monthTicks(lo: lo, hi: hi) {
            svg +=
                "<line x1=\"\(fmt(x(tick.0)))\" y1=\"\(fmt(topY - 12))\" x2=\"\(fmt(x(tick.0)))\" y2=\"\(fmt(height - 6))\" stroke=\"#eceef2\"/>"
            svg += "<text x=\"\(fmt(x(tick.0)))\" y=\"\(fmt(topY - 16))\" text-anchor=\"middle\" class=\"lbl\">\(tick.1)</text>"
            if let year = tick.2 {
                svg += "<text x=\"\(fmt(x(tick.0)))\" y=\"\(fmt(topY - 36))\" text-anchor=\"middle\" class=\"lbl strong\">\(year)</text>"
            }
        }
        if let now {
            svg +=
                "<line x1=\"\(fmt(x(now)))\" y1=\"\(fmt(topY - 12))\" x2=\"\(fmt(x(now)))\" y2=\"\(fmt(height - 6))\" stroke=\"#d64545\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(fmt(x(now) + 4))\" y=\"\(fmt(height - 8))\" class=\"lbl today\">today</text>"
        }
        var top = topY
        for (i, (c, n)) in dated.enumerated() {
            let rowH = heights[i]
            let lines = labels[i]
            let y = top + rowH / 2
            if i % 2 == 1 {
                svg += "<rect x=\"0\" y=\"\(fmt(top))\" width=\"1000\" height=\"\(fmt(rowH))\" fill=\"#f6f7f9\" opacity=\"0.7\"/>"
            }
            svg +=
                "<line x1=\"\(fmt(labelW))\" y1=\"\(fmt(y))\" x2=\"\(fmt(x(n)))\" y2=\"\(fmt(y))\" stroke=\"#d5d9e0\" stroke-dasharray=\"2 3\"/>"
            let firstY = y - lineH * Double(lines.count - 1) / 2 + 6
            svg +=
                "<text x=\"0\" y=\"\(fmt(firstY))\" class=\"row\">"
                + lines.enumerated().map {
                    "<tspan x=\"0\" y=\"\(fmt(firstY + lineH * Double($0.offset)))\">\(PlanHTML.esc($0.element))</tspan>"
                }.joined() + "</text>"
            let marker = Marker(c)
            svg += marker.shape(x: x(n), y: y, r: 9)
            let anchor = x(n) > axisR - 190 ? "end" : "start"
            let dx = anchor == "end" ? -15.0 : 15.0
            svg +=
                "<text x=\"\(fmt(x(n) + dx))\" y=\"\(fmt(y + 5))\" text-anchor=\"\(anchor)\" class=\"lbl\">\(PlanHTML.esc(c.due ?? "")) · \(c.overdue ? "overdue" : c.progress.label)</text>"
            top += rowH
        }
        return svg + "</svg>"
    }

    /// Month starts between two day numbers, thinned to at most 8: day, "Jan", and the year on the
    /// first tick and on each January.
    private static func monthTicks(lo: Int, hi: Int) -> [(Int, String, String?)] {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 0)!  // a named zone needs ICU, which the binary does not link
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let start = Date(timeIntervalSince1970: Double(lo) * 86_400)
        var c = cal.dateComponents([.year, .month], from: start)
        var ticks: [(Int, String, String?)] = []
        for _ in 0..<60 {
            c.month = (c.month ?? 1) + 1
            if c.month! > 12 {
                c.month = 1
                c.year = (c.year ?? 2000) + 1
            }
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

    private static func short(_ s: String?) -> String { truncate(s ?? "", 28) }

    static func truncate(_ s: String, _ n: Int) -> String {
        let one = s.replacingText("\n", with: " ")
        return one.count > n ? String(one.prefix(n - 1)) + "…" : one
    }

    static func fmt(_ v: Double) -> String { cFormat("%.1f", v) }
}
