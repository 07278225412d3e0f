import Testing

@testable import AccordCore

/// `capture: record`: records read from "field: value" and free phrasing, required fields chased
/// by type, agreement and parking as for any item.
@Suite struct RecordCaptureTests {
    static let playbook = try! PlaybookParser.parse(
        """
        # Deals
        id: deals
        purpose: Log deals.

        ## Deals
        who: either
        capture: record
        agree: yes
        fields:
        - deal: text, required, e.g. Northwind
        - outcome: choice (won | lost), required, e.g. lost
        - size: money, required, e.g. €120k
        - owner: person, optional, e.g. Dana

        One deal per line.

        ## Close
        who: each
        capture: agreement

        Agreed?
        """, source: "deals.md")

    @Test func requiredFieldsAreChasedByTypeAndBadAnswersAskedAgain() throws {
        var h = Harness(playbook: Self.playbook)
        let (state, _) = try h.run(["Northwind renewal, lost", "big", "€120k", "yes"])
        let item = try #require(state.items.first)
        #expect(item.kind == .record)
        #expect(item.recordFields.map(\.name) == ["deal", "outcome", "size", "owner"])
        #expect(item.fields == ["deal": "Northwind renewal", "outcome": "lost", "size": "€120,000"])
        #expect(item.agreedBy == [.sales, .marketing])
        #expect(h.text.contains("“Northwind renewal” — size? A number, please (e.g. €120k)."))
        #expect(h.text.contains("I need an amount here (e.g. €120k or 45,000 USD)."))
        #expect(ItemRules.missingFields(item).isEmpty)
    }

    @Test func labelledLineNeedsNoChaseAndOptionalFieldsAreNotAsked() throws {
        var h = Harness(playbook: Self.playbook)
        let (state, _) = try h.run(["deal: Tailspin; outcome: won; size: 340k EUR"])
        let item = try #require(state.items.first)
        #expect(item.fields == ["deal": "Tailspin", "outcome": "won", "size": "€340,000"])
        #expect(state.pending == .agreement(item: item.id, .marketing))
        #expect(!h.text.contains("owner?"))
        #expect(h.text.contains("Lee, do you agree to: “Tailspin — outcome: won; size: €340,000”? (yes / no)"))
    }

    @Test func aDeclinedRecordIsParkedAndAParkedChaseToo() throws {
        var h = Harness(playbook: Self.playbook)
        let (state, _) = try h.run(["deal: Litware; outcome: lost; size: €95k", "no, it was HubSpot's deal", "Fabrikam, won", "/park"])
        #expect(state.items.count == 2)
        #expect(state.items.allSatisfy { $0.parked })
        #expect(state.items[0].parkReason == "it was HubSpot's deal")
        #expect(state.pending == .answer(.sales))
    }

    @Test func labelledValueThatDoesNotFitIsSaidAndAskedFor() throws {
        var h = Harness(playbook: Self.playbook)
        let (state, _) = try h.run(["deal: Contoso; outcome: maybe; size: €260k"])
        #expect(h.text.contains("outcome: Which one: won or lost?"))
        #expect(state.pending == .field(item: "i1", field: "outcome", .sales))
    }

    @Test func aLineWithNoFieldIsRefusedNotCaptured() throws {
        let funnel = try PlaybookParser.parse(
            """
            # Funnel
            id: funnel
            purpose: Numbers.

            ## Funnel
            who: either
            capture: record
            fields:
            - stage: choice (lead | MQL | SQL), required
            - count: number, required

            Stage by stage.
            """, source: "f.md")
        var h = Harness(playbook: funnel)
        let (state, _) = try h.run(["we should talk about the webinar", "MQLs 410"])
        #expect(h.text.contains("I couldn't find any of this record's fields in that."))
        #expect(state.items.count == 1)
        #expect(state.items[0].fields == ["stage": "MQL", "count": "410"])
    }

    @Test func coachChecksRecordAnswers() throws {
        var p = Self.playbook
        p.steps[0].coach = true
        var h = Harness(playbook: p)
        let engine = SessionEngine(coach: { text, _ in text.contains("their fault") ? ("blame", "describe the situation") : nil })
        let (state, _) = try h.run(["Northwind, lost, €120k, their fault"], coach: engine)
        #expect(state.pendingCoach != nil)
        #expect(state.items.isEmpty)
    }
}
