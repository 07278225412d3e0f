import Testing

@testable import AccordCore

@Suite struct SessionEngineTests {
    @Test func textStepAsksEachLeadInTurnThenMovesOn() throws {
        var h = Harness()
        let (state, result) = try h.run(["Fine", "Busy but here"])
        #expect(result == .paused)
        #expect(state.stepIndex == 1)
        #expect(state.answers.map(\.speaker) == [.sales, .marketing])
        #expect(h.text.contains("Dana, Lee: how are you?"))
    }

    @Test func goalWithoutTargetOrDateIsChasedNotAccepted() throws {
        var h = Harness()
        let (state, _) = try h.run(["a", "b", "More leads"])
        let goal = try #require(state.items.first)
        #expect(goal.kind == .goal)
        #expect(state.pending == .field(item: goal.id, field: "baseline", .sales))
        #expect(h.text.contains("is a direction"))
        #expect(state.agreedCount == 0)
    }

    @Test func chasedGoalBecomesAgreedOnlyWhenBothAgree() throws {
        var h = Harness()
        let (state, _) = try h.run(["a", "b", "Raise SQL rate from 18% to 25% by 2027-03-31, owner Dana"])
        let goal = try #require(state.items.first)
        #expect(goal.fields["baseline"] == "18%")
        #expect(goal.fields["target"] == "25%")
        #expect(goal.fields["date"] == "2027-03-31")
        #expect(goal.fields["owner"] == "@sales", "owners are stored as participant references")
        #expect(state.pending == .agreement(item: goal.id, .marketing))
        #expect(goal.status(solo: false) == .proposed)
        let (after, _) = try h.run(["yes"])
        #expect(after.item(goal.id)?.status(solo: false) == .agreed)
    }

    @Test func missingFieldsAreAskedOneByOneAndBadValuesRefused() throws {
        var h = Harness()
        let (state, _) = try h.run([
            "a", "b", "More qualified leads", "about 120 a month", "lots", "200 a month", "soon", "Q2 2027", "both",
        ])
        let goal = try #require(state.items.first)
        #expect(goal.fields["baseline"] == "120 a month")
        #expect(goal.fields["target"] == "200 a month")
        #expect(goal.fields["date"] == "2027-06-30")
        #expect(goal.fields["owner"] == "@both")
        #expect(h.text.contains("+ date: 2027-06-30 → Wed 30 Jun 2027"))
        #expect(h.text.contains("+ owner: Dana and Lee"))
        // Each refusal says what it understood and gives one example that would work.
        let refusals = state.items.isEmpty ? [] : h.shown.map(\.text).filter { $0.contains("“lots”") || $0.contains("“soon”") }
        #expect(refusals.count == 2, "\(h.text)")
        #expect(refusals.allSatisfy { $0.contains("e.g.") })
    }

    @Test func declinedItemIsParkedNotDropped() throws {
        var h = Harness()
        let (state, _) = try h.run([
            "a", "b", "Cut follow-up time from 72h to 24h by 2027-02-28, owner Dana", "no, not until scoring is fixed",
        ])
        let goal = try #require(state.items.first)
        #expect(goal.parked)
        #expect(goal.declinedBy == .marketing)
        #expect(state.parkedCount == 1)
        #expect(h.text.contains("Parked"))
    }

    @Test func secondAccountableIsRefused() throws {
        var h = Harness()
        let (state, _) = try h.run(["a", "b", "", "sales: A R, marketing: A"])
        #expect(state.items.isEmpty)
        #expect(state.pending == .raciRow(0, .sales))
        #expect(h.text.contains("Only one side can be Accountable"))
        let (s2, _) = try h.run(["sales: C, marketing: RA"])
        #expect(s2.items.first?.fields["marketing"] == "RA")
        #expect(s2.pending == .raciRow(1, .sales))
    }

    @Test func rowWithNoAccountableIsRefused() throws {
        var h = Harness()
        _ = try h.run(["a", "b", "", "sales: R, marketing: C"])
        #expect(h.text.contains("exactly one Accountable"))
    }

    @Test func undoTakesBackTheLastAnswer() throws {
        var h = Harness()
        let (state, _) = try h.run(["Fine", "Busy", "/undo"])
        #expect(state.stepIndex == 0)
        #expect(state.answers.count == 1)
        #expect(state.pending == .answer(.marketing))
    }

    @Test func skipBackAndStatusCommands() throws {
        var h = Harness()
        let (state, _) = try h.run(["/skip", "/status", "/back"])
        #expect(state.stepIndex == 0)
        #expect(h.text.contains("Step 2 of 5: Joint goals"))
        #expect(h.sink.records.contains { $0.event == .skipped(index: 0) })
    }

    @Test func handoverGivesTheKeyboardToTheOtherLead() throws {
        var h = Harness()
        let (state, _) = try h.run(["/as Lee", "I'll go first"])
        #expect(state.answers.first?.speaker == .marketing)
        #expect(state.pending == .answer(.sales))
    }

    @Test func soloSessionMarksItemsDraftAndNeverAgreed() throws {
        var h = Harness(participants: Participants(solo: "Dana"))
        let (state, _) = try h.run(["a", "b", "Raise win rate from 19% to 24% by Q3 2027, owner Dana"])
        let goal = try #require(state.items.first)
        #expect(goal.status(solo: true) == .draft)
        #expect(state.agreedCount == 0)
        #expect(state.pending == .answer(.sales) || state.pending == .stepDone || state.stepIndex == 1)
    }

    @Test func coachFlagRecordsOriginalNudgeAndChoice() throws {
        let engine = SessionEngine(coach: { text, _ in
            text.contains("never") ? ("That puts it on the other team.", "What got in the way?") : nil
        })
        var h = Harness()
        _ = try h.run(["a", "b", "", "", "", "/next"], coach: engine)
        let (state, _) = try h.run(["Sales never follows up", "", "Share notes weekly, owner Lee, due 2027-01-31"], coach: engine)
        #expect(state.coachFlags.count == 1)
        #expect(state.coachFlags[0].original == "Sales never follows up")
        #expect(state.coachFlags[0].choice == .keep)
        #expect(state.items.contains { $0.text == "Sales never follows up" })
        #expect(h.sink.records.contains { if case .coachFlag = $0.event { return true } else { return false } })
    }

    /// A deal record: the coach reads each field's value on its own and never the buyer's quote.
    static let dealPlaybook = Playbook(
        id: "deals", title: "Deals", purpose: "Record deals.",
        steps: [
            Step(
                title: "Deals", prompt: "One deal per line.", who: .either, capture: .record, coach: true,
                fields: [
                    RecordField(name: "deal", type: .text, required: true),
                    RecordField(name: "in their words", type: .text, required: true, quote: true),
                    RecordField(name: "sales learned", type: .text, required: true),
                ])
        ])

    @Test func recordAnswersAreCoachedFieldByFieldButNeverInAQuote() throws {
        let coach = SessionEngine(coach: { text, _ in
            text.contains("useless") ? ("That judges the other team.", "What would help?") : nil
        })
        var h = Harness(playbook: Self.dealPlaybook)
        // The buyer's words are not read, labelled in the line or asked for on their own.
        var (state, _) = try h.run(
            ["deal: Acme; in their words: your useless demo lost it; sales learned: they want SSO first"], coach: coach)
        #expect(state.coachFlags.isEmpty)
        #expect(state.items.first?.fields["in their words"] == "your useless demo lost it")
        (state, _) = try h.run(["Globex; sales learned: pricing page confused them"], coach: coach)
        #expect(state.pending == .field(item: "i2", field: "in their words", .sales))
        (state, _) = try h.run(["the useless onboarding plan had no dates"], coach: coach)
        #expect(state.coachFlags.isEmpty)
        // A judgement in any other field is nudged, and so is free text before the labels.
        (state, _) = try h.run(["deal: Initech; in their words: fine; sales learned: marketing's useless deck"], coach: coach)
        #expect(state.coachFlags.count == 1)
        #expect(state.coachFlags.first?.original.contains("Initech") == true)
    }

    @Test func recordPartsSplitAtLabelsAndSemicolons() {
        let step = Self.dealPlaybook.steps[0]
        let parts = SessionEngine.coachedParts(
            of: "Acme, lost; in their words: you were late; sales learned: SSO first; audit logs", step: step,
            pending: .answer(.sales))
        #expect(parts == ["Acme, lost", "SSO first", "audit logs"])
        #expect(
            SessionEngine.coachedParts(of: "you were late", step: step, pending: .field(item: "i1", field: "in their words", .sales))
                .isEmpty)
        #expect(
            SessionEngine.coachedParts(of: "you were late", step: step, pending: .field(item: "i1", field: "sales learned", .sales)) == [
                "you were late"
            ])
        let text = Step(title: "T", prompt: "p", who: .each, capture: .text)
        #expect(SessionEngine.coachedParts(of: "a; b", step: text, pending: .answer(.sales)) == ["a; b"])
    }

    @Test func endOfInputPausesAndResumeContinuesFromTheSameEvents() throws {
        var h = Harness()
        let (first, r1) = try h.run(["Fine"])
        #expect(r1 == .paused)
        #expect(first.paused)
        let (second, _) = try h.run(["Busy"])
        #expect(second.stepIndex == 1)
        #expect(SessionState.replay(header: h.header, records: h.sink.records) == second)
    }

    @Test func fullRunCompletesWithSummary() throws {
        var h = Harness()
        let (state, result) = try h.run([
            "Fine", "Good",
            "Raise SQL rate from 18% to 25% by 2027-03-31, owner Dana", "yes", "",
            "sales: R, marketing: A", "sales: A, marketing: C",
            "Share win/loss notes monthly, owner Dana, due 2027-01-15", "yes", "",
            "Send contact names with every lead, owner Lee, due 2026-12-15", "yes", "",
            "yes", "yes",
        ])
        #expect(result == .completed)
        #expect(state.completed)
        #expect(state.agreedCount == 4)
        #expect(h.text.contains("Agreed by both"))
        #expect(h.text.contains("Parking lot: empty."))
    }

    @Test func reviewStepWalksOpenCommitments() throws {
        let review = Playbook(
            id: "review", title: "Review", purpose: "p",
            steps: [
                Step(title: "Walk", prompt: "Let's walk them.", who: .either, capture: .commitments, coach: true)
            ])
        var h = Harness(playbook: review)
        let recap = [
            RecapItem(ref: "s1/i1", text: "Share notes", owner: "Dana", due: "2026-11-01", status: .open),
            RecapItem(ref: "s1/i2", text: "Fix form", owner: "Lee", due: "2026-11-10", status: .open),
        ]
        let (state, result) = try h.run(["slipped", "the CRM export broke; new date 2026-12-15", "done"], recap: recap)
        #expect(result == .completed)
        #expect(state.latestUpdate["s1/i1"]?.status == .slipped)
        #expect(state.latestUpdate["s1/i1"]?.due == "2026-12-15")
        #expect(state.latestUpdate["s1/i2"]?.status == .done)
        #expect(h.text.contains("Last time you agreed"))
    }
}

@Suite struct FieldParserTests {
    let who = Participants(sales: "Dana", marketing: "Lee")

    @Test func fromToFindsNumbersNotEarlierWords() {
        let f = FieldParser.goalFields("Raise SQL to opportunity rate from 18% to 25% by 2027-03-31, owner Dana and Lee", participants: who)
        #expect(f["baseline"] == "18%")
        #expect(f["target"] == "25%")
        #expect(f["date"] == "2027-03-31")
        #expect(f["owner"] == "Dana & Lee")
    }

    @Test func unitsTravelWithTheNumber() {
        let f = FieldParser.goalFields("Grow event pipeline from 12 to 24 opportunities a quarter by Q2 2027, owner Lee", participants: who)
        #expect(f["baseline"] == "12")
        #expect(f["target"] == "24 opportunities a quarter")
        #expect(f["date"] == "2027-06-30")
    }

    @Test func datesNormalise() {
        #expect(FieldParser.normalizeDate("2027-02-29") == nil)
        #expect(FieldParser.normalizeDate("Q4 2026") == "2026-12-31")
        #expect(FieldParser.normalizeDate("March 2027") == "2027-03-31")
        #expect(FieldParser.normalizeDate("15 Jan 2027") == "2027-01-15")
        #expect(FieldParser.normalizeDate("soon") == nil)
    }

    @Test func actionOwnerAndDue() {
        let f = FieldParser.actionFields("Share win/loss notes monthly, owner lee, due 2027-01-15", participants: who)
        #expect(f["owner"] == "Lee")
        #expect(f["due"] == "2027-01-15")
        #expect(FieldParser.stripKeyed("Share win/loss notes monthly, owner lee, due 2027-01-15") == "Share win/loss notes monthly")
    }
}
