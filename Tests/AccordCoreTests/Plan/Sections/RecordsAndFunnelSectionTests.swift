import Foundation
import Testing

@testable import AccordCore

@Suite struct RecordsAndFunnelSectionTests {
    func funnel(_ s: inout SessionScript, _ step: String, _ period: String, _ counts: [(String, String)]) {
        s.step(step)
        for (stage, count) in counts { s.item(.record, .sales, "\(stage) \(count)", ["stage": stage, "count": count, "period": period]) }
    }

    func plan() -> Plan {
        var goals = SessionScript("goals", id: "20260907-093000-aaaaaa", started: "2026-09-07T09:30:00Z")
        funnel(
            &goals, "The funnel", "August 2026", [("lead", "400"), ("MQL", "200"), ("sales-accepted", "100"), ("SQL", "50"), ("won", "5")])
        goals.complete()
        var review = SessionScript("review", id: "20261116-090000-bbbbbb", started: "2026-11-16T09:00:00Z")
        funnel(&review, "The funnel now", "October 2026", [("MQL", "250"), ("lead", "500"), ("sales-accepted", "200")])
        review.complete()
        var winloss = SessionScript("winloss", id: "20261127-093000-cccccc", started: "2026-11-27T09:30:00Z")
        winloss.step("The deals")
        winloss.item(.record, .sales, "Northwind", ["deal": "Northwind <b>", "segment": "mid-market", "outcome": "lost"])
        winloss.item(.record, .sales, "Litware", ["deal": "Litware", "segment": "smb"], decline: "not sure")
        winloss.complete()
        return PlanBuilder.build(sessions: [goals.pair, review.pair, winloss.pair], generated: PlanExamples.generated)
    }

    @Test func funnelGroupsByPeriodInStageOrderWithConversions() throws {
        let f = plan().funnel
        #expect(f.periods.map(\.period) == ["August 2026", "October 2026"])
        let now = try #require(f.periods.last)
        #expect(now.stages.map(\.stage) == [.lead, .mql, .salesAccepted])
        #expect(now.stages.map(\.conversion) == [nil, 50, 80])
        #expect(f.periods[0].stages.last?.conversion == 10, "won 5 of SQL 50: the previous stage given")
    }

    @Test func funnelSVGMarksTheHandOffBetweenMQLAndSalesAccepted() throws {
        let p = plan()
        let html = PlanHTML.render(p)
        let svg = try #require(html.range(of: "<svg class=\"funnel\"").map { String(html[$0.lowerBound...]) })
        let mql = try #require(svg.range(of: ">MQL</text>"))
        let handOff = try #require(svg.range(of: "hand-off: Marketing → Sales"))
        let accepted = try #require(svg.range(of: ">Sales-accepted</text>"))
        #expect(mql.upperBound < handOff.lowerBound && handOff.upperBound < accepted.lowerBound)
        #expect(svg.contains(">80%</text>"))
        #expect(html.contains("<h3>Trend</h3>"))
        let md = PlanMarkdown.render(p)
        #expect(md.contains("| MQL ⟶ hand-off to Sales | 250 | 50% |"))
        #expect(md.contains("| Sales-accepted | 100 (50%) | 200 (80%) |"))
    }

    @Test func recordsTableKeepsFieldsAndLeavesParkedAndFunnelRecordsOut() throws {
        let p = plan()
        #expect(p.records.count == 1, "funnel records are drawn by the funnel section, not listed as records")
        let table = try #require(p.records.first)
        #expect(table.playbook == "winloss")
        #expect(table.fields.first?.name == "deal")
        #expect(table.records.map { $0.values["deal"] } == ["Northwind <b>"])
        let html = PlanHTML.render(p)
        #expect(html.contains("Northwind &lt;b&gt;"))
        #expect(!html.contains("Northwind <b>"))
        #expect(PlanMarkdown.render(p).contains("### Win/loss review: The deals"))
        let json = PlanJSON.render(p)
        #expect(try PlanJSON.decode(json) == p)
        try PythonCheck.validate(json: json, schema: PlanExamples.repoRoot.appendingPathComponent("docs/plan.schema.json"))
    }
}
