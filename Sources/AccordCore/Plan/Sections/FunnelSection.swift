#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The shared funnel: funnel records (a `stage` choice of the funnel stages and a `count`,
/// captured in the facts steps of goals, sla and review) grouped by period. The newest period is
/// drawn as an inline SVG with the hand-off from Marketing to Sales marked and the conversion
/// between stages; earlier periods make the trend table.
public enum FunnelSection: PlanSection {
    public static let key = "funnel"
    public static let title = "The funnel"
    public static let empty = PlanFunnel(periods: [])
    public static func isEmpty(_ content: PlanFunnel) -> Bool { content.periods.isEmpty }

    /// Whether a record step's fields make funnel records: a `stage` choice whose values are all
    /// funnel stages, and a `count` number.
    public static func isFunnel(_ fields: [RecordField]) -> Bool {
        guard let stage = fields.first(where: { $0.name == "stage" }), case .choice(let values) = stage.type,
            values.allSatisfy({ FunnelStage(said: $0) != nil })
        else { return false }
        return fields.contains { $0.name == "count" && $0.type == .number }
    }

    public static func build(_ input: PlanInput) -> PlanFunnel {
        var periods: [(key: String, period: PlanFunnelPeriod, counts: [FunnelStage: (Double, String?)])] = []
        for source in input.sources {
            let state = source.state
            for (index, step) in state.playbook.steps.enumerated() where step.capture == .record && isFunnel(step.fields) {
                for item in state.items(inStep: index) where item.kind == .record && !item.parked {
                    guard let stage = item.fields["stage"].flatMap(FunnelStage.init(said:)),
                        let count = item.fields["count"].flatMap(RecordValues.number)
                    else { continue }
                    let period = item.fields["period"] ?? "–"
                    let key = RecordValues.fold(period)
                    if let i = periods.firstIndex(where: { $0.key == key }) {
                        periods[i].counts[stage] = (count, item.fields["rate"])
                        periods[i].period.session = source.id
                    } else {
                        periods.append(
                            (key, PlanFunnelPeriod(period: period, session: source.id, stages: []), [stage: (count, item.fields["rate"])]))
                    }
                }
            }
        }
        return PlanFunnel(
            periods: periods.map { entry in
                var p = entry.period
                var previous: Double?
                for stage in FunnelStage.allCases {
                    guard let (count, rate) = entry.counts[stage] else { continue }
                    let conversion = previous.flatMap { $0 > 0 ? (count / $0 * 1000).rounded() / 10 : nil }
                    p.stages.append(PlanFunnelStage(stage: stage, count: count, rate: rate, conversion: conversion))
                    previous = count
                }
                return p
            })
    }

    public static func markdown(_ content: PlanFunnel, in plan: Plan) -> [String] {
        guard let now = content.periods.last else { return [] }
        var out = ["**\(PlanMarkdown.cell(now.period))**", "", "| Stage | Count | Conversion from the stage before |", "|---|---|---|"]
        for s in now.stages {
            let conv = s.conversion.map { "\(RecordValues.format($0))%" } ?? "–"
            out.append(
                "| \(s.stage.label)\(s.stage == FunnelStage.handOffAfter ? " ⟶ hand-off to Sales" : "") | \(RecordValues.format(s.count)) | \(conv) |"
            )
        }
        if content.periods.count > 1 {
            out += ["", "Trend:", ""]
            out.append("| Stage | " + content.periods.map { PlanMarkdown.cell($0.period) }.joined(separator: " | ") + " |")
            out.append("|---|" + String(repeating: "---|", count: content.periods.count))
            for stage in trendStages(content) {
                out.append("| \(stage.label) | " + content.periods.map { trendCell($0, stage) }.joined(separator: " | ") + " |")
            }
        }
        return out
    }

    public static func html(_ content: PlanFunnel, in plan: Plan) -> [String] {
        guard let now = content.periods.last else { return [] }
        var h = [style, "<div class=\"funnel-period\">\(PlanHTML.esc(now.period))</div>", svg(now)]
        if content.periods.count > 1 {
            h.append("<h3>Trend</h3>")
            h.append(
                "<table class=\"trend\"><thead><tr><th>Stage</th>" + content.periods.map { "<th>\(PlanHTML.esc($0.period))</th>" }.joined()
                    + "</tr></thead><tbody>")
            for stage in trendStages(content) {
                h.append(
                    "<tr><td>\(stage.label)</td>" + content.periods.map { "<td>\(PlanHTML.esc(trendCell($0, stage)))</td>" }.joined()
                        + "</tr>")
            }
            h.append("</tbody></table>")
        }
        return h
    }

    public static func preview(_ content: PlanFunnel, in plan: Plan) -> [ChatLine] {
        guard let now = content.periods.last else { return [] }
        let parts = now.stages.map { s in
            "\(s.stage.label) \(RecordValues.format(s.count))" + (s.conversion.map { " (\(RecordValues.format($0))%)" } ?? "")
        }
        return [ChatLine(.info, "  \(now.period): " + parts.joined(separator: " → "))]
    }

    /// The section's own styles (kept here, with the section).
    static let style =
        "<style>svg.funnel { max-width: 900px; margin: 4px 0 8px; } svg.funnel .in { fill: #fff; font-weight: 600; } "
        + ".funnel-period { font-weight: 600; color: var(--muted); } table.trend td, table.trend th { text-align: right; } "
        + "table.trend td:first-child, table.trend th:first-child { text-align: left; }</style>"

    /// Stages present in any period, in funnel order.
    static func trendStages(_ content: PlanFunnel) -> [FunnelStage] {
        FunnelStage.allCases.filter { stage in content.periods.contains { $0.stages.contains { $0.stage == stage } } }
    }

    /// "410 (33%)", or "–".
    static func trendCell(_ period: PlanFunnelPeriod, _ stage: FunnelStage) -> String {
        guard let s = period.stages.first(where: { $0.stage == stage }) else { return "–" }
        return RecordValues.format(s.count) + (s.conversion.map { " (\(RecordValues.format($0))%)" } ?? "")
    }

    // MARK: - SVG

    /// The funnel of one period: a bar per stage (width by count), Marketing's stages in magenta and
    /// Sales' in blue, the conversion from the stage before on the right, the hand-off as a dashed line.
    static func svg(_ period: PlanFunnelPeriod) -> String {
        let rowH = 44.0
        let gap = 14.0
        let top = 34.0
        let width = 900.0
        let barLeft = 170.0
        let barMax = 470.0
        let center = barLeft + barMax / 2
        let convX = 680.0
        let maxCount = max(period.stages.map(\.count).max() ?? 1, 1)
        let height = top + Double(period.stages.count) * (rowH + gap) + 34
        var s =
            "<svg class=\"funnel\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(PlanHTML.esc("Funnel, \(period.period): " + period.stages.map { "\($0.stage.label) \(RecordValues.format($0.count))" }.joined(separator: ", ")))\">"
        s += "<text x=\"\(f(barLeft - 14))\" y=\"18\" text-anchor=\"end\" class=\"lbl\">stage</text>"
        s += "<text x=\"\(f(center))\" y=\"18\" text-anchor=\"middle\" class=\"lbl\">count</text>"
        s += "<text x=\"\(f(convX))\" y=\"18\" class=\"lbl\">conversion from the stage before</text>"
        for (i, stage) in period.stages.enumerated() {
            let y = top + Double(i) * (rowH + gap)
            let w = max(barMax * stage.count / maxCount, 40)
            let color = stage.stage.isMarketing ? "#b4357e" : "#2f6fde"
            s += "<text x=\"\(f(barLeft - 14))\" y=\"\(f(y + rowH / 2 + 6))\" text-anchor=\"end\" class=\"row\">\(stage.stage.label)</text>"
            s += "<rect x=\"\(f(center - w / 2))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(rowH))\" rx=\"6\" fill=\"\(color)\"/>"
            let inside = w >= 80
            s +=
                "<text x=\"\(f(inside ? center : center + w / 2 + 8))\" y=\"\(f(y + rowH / 2 + 6))\" text-anchor=\"\(inside ? "middle" : "start")\" class=\"row\(inside ? " in" : "")\">\(RecordValues.format(stage.count))</text>"
            if let c = stage.conversion {
                s += "<text x=\"\(f(convX))\" y=\"\(f(y + rowH / 2 + 6))\" class=\"row strong\">\(RecordValues.format(c))%</text>"
            }
            if let rate = stage.rate, stage.conversion.map({ "\(RecordValues.format($0))%" }) != rate {
                s += "<text x=\"\(f(convX + 70))\" y=\"\(f(y + rowH / 2 + 6))\" class=\"lbl\">reported \(PlanHTML.esc(rate))</text>"
            }
            let next = i + 1 < period.stages.count ? period.stages[i + 1].stage : nil
            if stage.stage.isMarketing, let next, !next.isMarketing {
                let ly = y + rowH + gap / 2
                s +=
                    "<line x1=\"20\" y1=\"\(f(ly))\" x2=\"\(f(width - 20))\" y2=\"\(f(ly))\" stroke=\"#1d2430\" stroke-width=\"2\" stroke-dasharray=\"8 6\"/>"
                s += "<text x=\"20\" y=\"\(f(ly - 5))\" class=\"lbl strong\">hand-off: Marketing → Sales</text>"
            }
        }
        let ly = height - 12
        s +=
            "<rect x=\"\(f(barLeft))\" y=\"\(f(ly - 11))\" width=\"12\" height=\"12\" rx=\"2\" fill=\"#b4357e\"/><text x=\"\(f(barLeft + 18))\" y=\"\(f(ly))\" class=\"lbl\">Marketing's stages</text>"
        s +=
            "<rect x=\"\(f(barLeft + 170))\" y=\"\(f(ly - 11))\" width=\"12\" height=\"12\" rx=\"2\" fill=\"#2f6fde\"/><text x=\"\(f(barLeft + 188))\" y=\"\(f(ly))\" class=\"lbl\">Sales' stages</text>"
        return s + "</svg>"
    }

    private static func f(_ v: Double) -> String { RecordValues.format((v * 10).rounded() / 10) }

    public static let schema: JSONValue = [
        "type": "object",
        "description":
            "The shared funnel from funnel records (stage, count, period), by period, oldest first; the last period is the funnel drawn in the plan, the others make the trend.",
        "additionalProperties": false,
        "properties": ["periods": ["type": "array", "items": ["$ref": "#/$defs/funnelPeriod"]]],
        "required": ["periods"],
    ]
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "funnelPeriod",
            [
                "type": "object",
                "additionalProperties": false,
                "properties": [
                    "period": ["type": "string", "description": "The period the numbers cover, as typed, e.g. \"Q3 2026\"."],
                    "session": PlanSchema.sessionID,
                    "stages": [
                        "type": "array", "description": "Stages in funnel order (only those given).",
                        "items": ["$ref": "#/$defs/funnelStage"],
                    ],
                ],
                "required": ["period", "session", "stages"],
            ]
        ),
        (
            "funnelStage",
            [
                "type": "object",
                "additionalProperties": false,
                "properties": [
                    "stage": ["type": "string", "enum": .array(FunnelStage.allCases.map { .string($0.rawValue) })],
                    "count": ["type": "number", "minimum": 0],
                    "rate": ["type": "string", "description": "The rate as reported, e.g. \"33%\"."],
                    "conversion": ["type": "number", "description": "Percent of the previous given stage's count."],
                ],
                "required": ["stage", "count"],
            ]
        ),
    ]
}

/// The funnel over time.
public struct PlanFunnel: Sendable, Equatable, Codable {
    /// Periods in the order the sessions reported them; the last is the current funnel.
    public var periods: [PlanFunnelPeriod]
}

/// The funnel numbers of one period.
public struct PlanFunnelPeriod: Sendable, Equatable, Codable {
    /// "Q3 2026", as typed.
    public var period: String
    /// The newest session that gave numbers for it.
    public var session: String
    /// Stages in funnel order.
    public var stages: [PlanFunnelStage]
}

/// One stage's number in a period.
public struct PlanFunnelStage: Sendable, Equatable, Codable {
    public var stage: FunnelStage
    public var count: Double
    /// The rate as reported ("33%"), if given.
    public var rate: String?
    /// Percent of the previous given stage's count (one decimal).
    public var conversion: Double?
}

extension Plan {
    /// The shared funnel by period.
    public var funnel: PlanFunnel { sections[FunnelSection.self] }
}
