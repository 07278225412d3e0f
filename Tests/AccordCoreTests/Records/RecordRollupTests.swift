import Testing

@testable import AccordCore

@Suite struct RecordRollupTests {
    func session(_ playbook: String, _ id: String, _ records: [(step: String, fields: [String: String], parked: Bool)])
        -> RecordRollup.Session
    {
        var s = SessionScript(playbook, id: id, started: id.prefix(8) + "T10:00:00Z")
        var current = ""
        for r in records {
            if r.step != current {
                s.step(r.step)
                current = r.step
            }
            s.item(.record, .sales, r.fields.values.first ?? "", r.fields, decline: r.parked ? "not agreed" : nil)
        }
        s.complete()
        return RecordRollup.Session(id: id, started: s.header.started, state: s.state)
    }

    func deal(
        _ name: String, _ segment: String, _ outcome: String, _ reason: String, _ size: String = "€10k", competitor: String = "Brightline",
        parked: Bool = false
    )
        -> (step: String, fields: [String: String], parked: Bool)
    {
        (
            "The deals",
            ["deal": name, "segment": segment, "outcome": outcome, "main reason": reason, "size": size, "competitor": competitor], parked
        )
    }

    @Test func winRateBySegmentAndLossReasonsByFrequencyAcrossSessions() {
        let first = session(
            "winloss", "20261127-093000-aaaaaa",
            [
                deal("A", "mid-market", "lost", "price", "€100,000"), deal("B", "mid-market", "won", "integrations", "€50,000"),
                deal("C", "enterprise", "won", "proof of value"), deal("P", "smb", "lost", "price", parked: true),
            ])
        let second = session(
            "winloss", "20270308-100000-bbbbbb",
            [
                deal("D", "mid-market", "lost", "price", "€20,000"), deal("E", "smb", "no decision", "timing", competitor: "none"),
                deal("F", "enterprise", "lost", "integrations"),
            ])
        let r = RecordRollup.winLoss([second, first])
        #expect(r.sessions == ["20261127-093000-aaaaaa", "20270308-100000-bbbbbb"])
        #expect((r.deals, r.won, r.lost, r.noDecision) == (6, 2, 3, 1))
        #expect(r.winRate == 40)
        #expect(r.currency == "€")
        #expect(r.bySegment.map(\.segment) == ["mid-market", "enterprise", "smb"])
        let mid = r.bySegment[0]
        #expect((mid.deals, mid.won, mid.lost, mid.winRate) == (3, 1, 2, 33.3))
        #expect((mid.wonValue, mid.lostValue) == (50_000, 120_000))
        #expect(r.bySegment[2].winRate == nil, "no won or lost deal: no win rate")
        #expect(r.lossReasons.map(\.reason) == ["price", "integrations", "timing"])
        #expect(r.lossReasons[0].segments == [.init(segment: "mid-market", count: 2)])
        #expect(r.competitors.first?.competitor == "Brightline")
        #expect(r.competitors.first?.deals == 5)
    }

    @Test func slaTargetsMeetTheActualsReviewedLater() {
        let sla = session(
            "sla", "20261123-100000-cccccc",
            [
                ("What Marketing commits to", ["commitment": "sales-ready leads a month", "target": "200", "measured by": "CRM"], false),
                (
                    "What Sales commits to",
                    ["commitment": "working hours to first follow-up", "target": "4", "better": "lower", "measured by": "CRM"], false
                ),
            ])
        let review = session(
            "review", "20261215-100000-dddddd",
            [
                (
                    "SLA adherence",
                    ["commitment": "Sales-ready leads a month", "agreed": "200", "actual": "205", "period": "November 2026"], false
                ),
                (
                    "SLA adherence",
                    ["commitment": "working hours to first follow-up", "agreed": "4", "actual": "7", "period": "November 2026"], false
                ),
            ])
        let r = RecordRollup.sla([review, sla])
        #expect(r.commitments.map(\.commitment) == ["sales-ready leads a month", "working hours to first follow-up"])
        #expect(r.commitments[0].side == .marketing)
        #expect(r.commitments[1].side == .sales)
        #expect(r.commitments[0].actuals.map(\.met) == [true])
        #expect(r.commitments[1].lowerIsBetter)
        #expect(r.commitments[1].actuals.map(\.met) == [false], "7 hours against 4 or fewer is missed")
    }

    @Test func dealOutcomesAreReadAsSaid() {
        #expect(DealOutcome(said: "Closed Won") == .won)
        #expect(DealOutcome(said: "no-decision") == .noDecision)
        #expect(DealOutcome(said: "pending") == nil)
    }
}
