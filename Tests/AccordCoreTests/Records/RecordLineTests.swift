import Testing

@testable import AccordCore

@Suite struct RecordLineTests {
    let pair = Participants(sales: "Dana", marketing: "Lee")
    let deal: [RecordField] = [
        RecordField(name: "deal", type: .text, required: true),
        RecordField(name: "segment", type: .choice(["enterprise", "mid-market", "smb"]), required: true),
        RecordField(name: "size", type: .money, required: true),
        RecordField(name: "outcome", type: .choice(["won", "lost", "no decision"]), required: true),
        RecordField(name: "competitor", type: .text, required: true),
        RecordField(name: "decision criteria", type: .list, required: true),
        RecordField(name: "closed", type: .date, required: false),
        RecordField(name: "owner", type: .person, required: false),
    ]
    let funnel: [RecordField] = [
        RecordField(name: "stage", type: .choice(["lead", "MQL", "sales-accepted", "SQL", "opportunity", "won"]), required: true),
        RecordField(name: "count", type: .number, required: true),
        RecordField(name: "rate", type: .percent, required: false),
        RecordField(name: "period", type: .text, required: true),
    ]

    func read(_ text: String, _ fields: [RecordField]) -> RecordLine.Reading {
        RecordLine.read(text, fields: fields, participants: pair)
    }

    @Test func labelledValuesMayHoldCommas() {
        let r = read(
            "deal: Northwind renewal; segment: Mid Market, size: €120k, decision criteria: price, Salesforce sync, support; outcome: lost",
            deal)
        #expect(
            r.values == [
                "deal": "Northwind renewal", "segment": "mid-market", "size": "€120,000",
                "decision criteria": "price; Salesforce sync; support", "outcome": "lost",
            ])
        #expect(r.problems.isEmpty)
    }

    @Test func badLabelledValuesAreReportedAndLeftEmpty() {
        let r = read("deal: Contoso, size: big, segment: startup", deal)
        #expect(r.values == ["deal": "Contoso"])
        #expect(
            r.problems == [
                "size: I need an amount here (e.g. €120k or 45,000 USD).",
                "segment: Which one: enterprise, mid-market or smb?",
            ])
    }

    @Test func freePhrasingIsReadByType() {
        let r = read("Northwind renewal, mid market, €120k, lost on 14 Oct 2026, Lee ran the demo", deal)
        #expect(r.values["deal"] == "Northwind renewal")
        #expect(r.values["segment"] == "mid-market")
        #expect(r.values["size"] == "€120,000")
        #expect(r.values["outcome"] == "lost")
        #expect(r.values["closed"] == "2026-10-14")
        #expect(r.values["owner"] == "@marketing")
        #expect(r.values["competitor"] == nil)
    }

    @Test func freeTextWithoutRecognisedValuesNamesTheRecordWhole() {
        let r = read("Fabrikam, the pilot that never got a budget", deal)
        #expect(r.values == ["deal": "Fabrikam, the pilot that never got a budget"])
    }

    @Test func freeAndLabelledMix() {
        let r = read("Tailspin expansion, enterprise, won — competitor: HubSpot", deal)
        #expect(r.values["deal"] == "Tailspin expansion")
        #expect(r.values["segment"] == "enterprise")
        #expect(r.values["outcome"] == "won")
        #expect(r.values["competitor"] == "HubSpot")
    }

    @Test func funnelLineSkipsQuarterDigits() {
        let r = read("MQLs 410 in Q3 2026", funnel)
        #expect(r.values["stage"] == "MQL")
        #expect(r.values["count"] == "410")
        #expect(r.values["period"] == "Q3 2026")  // what is left names the record, without "in"
        let labelled = read("stage: SQL, count: 1,240, rate: 18%, period: Q3 2026", funnel)
        #expect(labelled.values == ["stage": "SQL", "count": "1240", "rate": "18%", "period": "Q3 2026"])
    }

    @Test func longerLabelWinsAtTheSamePlace() {
        let fields = [
            RecordField(name: "message", type: .text, required: true),
            RecordField(name: "message landed", type: .text, required: false),
        ]
        let r = read("message landed: the ROI calculator; message: price", fields)
        #expect(r.values == ["message landed": "the ROI calculator", "message": "price"])
    }
}

extension RecordLineTests {
    @Test func unrelatedTextIsNotARecordWhenTheFirstFieldIsNotText() {
        #expect(read("done, the list goes out the morning after each webinar", funnel).values.isEmpty)
    }
}

extension RecordLineTests {
    @Test func bareNumbersInATextNamedRecordAreAskedFor() {
        let fields = [
            RecordField(name: "segment", type: .text, required: true), RecordField(name: "cycle days", type: .number, required: true),
        ]
        #expect(read("Mid-market SaaS, 200 to 1,000 staff", fields).values == ["segment": "Mid-market SaaS, 200 to 1,000 staff"])
        #expect(read("Mid-market SaaS, cycle days: 75", fields).values == ["segment": "Mid-market SaaS", "cycle days": "75"])
    }
}

extension RecordLineTests {
    @Test func aChoiceStandingAloneWinsOverTheSameWordInAName() {
        let fields = [
            RecordField(name: "event", type: .text, required: true),
            RecordField(name: "kind", type: .choice(["conference", "webinar", "dinner"]), required: true),
        ]
        #expect(read("RevOps dinner Berlin, dinner", fields).values == ["event": "RevOps dinner Berlin", "kind": "dinner"])
        #expect(read("Pipeline webinar recap", fields).values == ["event": "Pipeline", "kind": "webinar"])
    }
}
