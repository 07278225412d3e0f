import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanBuilderTests {
    @Test func coCreatedPlanHasAgreedGoalsRolesCommitmentsAndDisagreements() throws {
        let plan = PlanExamples.coCreated()
        #expect(plan.status == .coCreated)
        #expect(plan.draftReason == nil)
        #expect(plan.title == "H1 2027 pipeline plan")
        #expect(plan.leads.sales == "Dana" && plan.leads.marketing == "Lee")
        #expect(plan.date == "2026-12-10")
        #expect(plan.sessions.map(\.playbook) == ["goals", "roles", "retro", "review"])
        #expect(plan.goals.count == 3)
        #expect(plan.goals.allSatisfy { $0.status == .agreed })
        #expect(plan.goals[0].baseline == "18%" && plan.goals[0].target == "25%" && plan.goals[0].proposedBy == "Dana")
        #expect(plan.roles.count == 9)
        #expect(plan.roles.first { $0.activity == "Lead scoring" }?.marketing == "RA")
        #expect(plan.handoff.map(\.topic).contains("What makes a lead sales-ready"))
        #expect(plan.scorekeeping.count == 2)
        #expect(plan.context.count == 3)  // goals' facts, then the retro's period
        #expect(plan.learnings.count == 4)
        #expect(plan.learnings.allSatisfy { $0.status == nil })
        #expect(plan.acknowledgements.count == 2)
        let actions = plan.commitments.filter { $0.kind == .action }
        #expect(actions.count == 4)
        #expect(plan.commitments.filter { $0.kind == .goal }.count == 3)
        // The review marked the first retro action done; it is past due but not overdue.
        let report = try #require(actions.first { $0.ref == "20261201-100000-cccccc/i5" })
        #expect(report.progress == .done && !report.overdue)
        #expect(actions.filter { $0.progress == .open }.count == 3)
        #expect(plan.counterpartQuestions.isEmpty)
        #expect(
            plan.summary
                == "Dana (Sales) & Lee (Marketing) agreed: 3 joint goals, 9 roles assigned, 7 commitments and 3 open disagreements.")
    }

    @Test func parkedItemsAndTopicsAreOpenDisagreementsNeverDropped() throws {
        let plan = PlanExamples.coCreated()
        #expect(plan.disagreements.count == 3)
        let budget = try #require(plan.disagreements.first { $0.text.hasPrefix("Double event budget") })
        #expect(budget.raisedBy == "Lee" && budget.declinedBy == "Dana")
        #expect(budget.reason == "Not until we see the Q1 event results")
        #expect(plan.disagreements.contains { $0.kind == .topic && $0.text == "Who owns partner-sourced leads?" && $0.raisedBy == "Dana" })
        #expect(plan.disagreements.contains { $0.text.contains("Rejected leads go back") && $0.declinedBy == "Dana" })
        #expect(!plan.goals.contains { $0.text.hasPrefix("Double event budget") })
        #expect(!plan.handoff.contains { $0.text.contains("Rejected leads") })
    }

    @Test func soloPrepIsADraftWithQuestionsForTheCounterpart() {
        let plan = PlanBuilder.build(sessions: [PlanExamples.prep().pair], generated: PlanExamples.generated)
        #expect(plan.status == .draft)
        #expect(plan.draftReason?.contains("solo") == true)
        #expect(plan.leads.sales == nil && plan.leads.preparedBy == "Dana")
        #expect(plan.story.first?.text == "Half our pipeline leaks between MQL and first call.")
        #expect(plan.ask.first?.text == "One marketing-ops hire by February")
        #expect(plan.questions.count == 1)
        #expect(plan.counterpartQuestions.first == "Can Lee confirm the €1.2m pipeline baseline?")
        #expect(plan.summary.hasPrefix("Draft by Dana, not yet co-created"))
    }

    @Test func soloSessionMakesTheWholePlanADraftAndItemsDrafts() {
        var goals = SessionScript(
            "goals", id: "20261101-090000-ffffff", started: "2026-11-01T09:00:00Z", participants: Participants(solo: "Dana"))
        goals.step("Merge into joint goals")
        goals.goal(.sales, "Raise SQL rate", metric: "SQL rate", baseline: "18%", target: "25%", date: "2027-03-31", owner: "Dana")
        let plan = PlanBuilder.build(sessions: [PlanExamples.roles().pair, goals.pair], generated: PlanExamples.generated)
        #expect(plan.isDraft)
        #expect(plan.goals.first?.status == .draft)
        #expect(plan.leads.sales == "Dana" && plan.leads.marketing == "Lee" && plan.leads.preparedBy == "Dana")
        #expect(plan.counterpartQuestions.contains { $0.hasPrefix("Would you agree to “Raise SQL rate") })
    }

    @Test func nothingAgreedMeansDraft() {
        var s = SessionScript("goals", id: "20261101-090000-ffffff", started: "2026-11-01T09:00:00Z")
        s.step("Merge into joint goals")
        s.item(.goal, .sales, "Raise SQL rate", ["baseline": "18%", "target": "25%", "date": "2027-03-31", "owner": "Dana"], agreed: false)
        let plan = PlanBuilder.build(sessions: [s.pair], generated: PlanExamples.generated)
        #expect(plan.isDraft)
        #expect(plan.draftReason == "Nothing is agreed by both leads yet.")
        #expect(plan.goals.first?.status == .proposed)
        #expect(plan.counterpartQuestions.count == 1)
    }

    @Test func laterGoalsSessionOverridesEarlierOneInAnyInputOrder() {
        var newer = SessionScript("goals", id: "20261205-090000-gggggg", started: "2026-12-05T09:00:00Z")
        newer.step("Merge into joint goals")
        newer.goal(
            .marketing, "Reach 300 MQLs a month", metric: "MQLs a month", baseline: "210", target: "300", date: "2027-06-30", owner: "Lee")
        let plan = PlanBuilder.build(sessions: [newer.pair, PlanExamples.goals().pair], generated: PlanExamples.generated)
        #expect(plan.goals.map(\.text) == ["Reach 300 MQLs a month"])
        #expect(plan.sessions.first?.id == "20261120-090000-aaaaaa")
        // Disagreements from the older session stay.
        #expect(plan.disagreements.count == 2)
    }

    @Test func overdueWhenOpenAndPastDue() throws {
        let plan = PlanBuilder.build(sessions: [PlanExamples.retro().pair], generated: PlanExamples.generated)
        let report = try #require(plan.commitments.first { $0.text.hasPrefix("Add contact names") })
        #expect(report.progress == .open && report.overdue)
        #expect(plan.commitments.filter(\.overdue).count == 1)
    }

    @Test func sessionDrivenThroughTheEngineFeedsThePlan() throws {
        var h = Harness()
        let (state, _) = try h.run([
            "a", "b", "Cut follow-up time from 72h to 24h by 2027-02-28, owner Dana", "no, not until scoring is fixed",
            "Raise SQL rate from 18% to 25% by 2027-03-31, owner Dana", "yes",
        ])
        let plan = PlanBuilder.build(sessions: [(h.header, state)], generated: PlanExamples.generated)
        #expect(plan.goals.map(\.status) == [.agreed])
        #expect(plan.disagreements.first?.declinedBy == "Lee")
        #expect(plan.disagreements.first?.reason?.contains("scoring") == true)
    }

    @Test func previewShowsGoalsAndDisagreements() {
        let lines = PlanPreview.lines(PlanExamples.goals().state, now: PlanExamples.generated)
        let text = lines.map(\.text).joined(separator: "\n")
        #expect(lines.first?.kind == .heading)
        #expect(text.contains("✓ Raise SQL→opportunity rate"))
        #expect(lines.contains { $0.kind == .parked && $0.text.contains("Double event budget") })
        let solo = PlanPreview.lines(PlanExamples.prep().state).map(\.text).joined(separator: "\n")
        #expect(solo.contains("DRAFT — not yet co-created"))
    }
}

@Suite struct PlanStepKeyTests {
    @Test func planKeyIsParsedAndValidated() throws {
        let ok = try PlaybookParser.parse("# T\nid: t\npurpose: P.\n\n## S\ncapture: list\nplan: Handoff\n\nSay.\n", source: "t.md")
        #expect(ok.steps[0].plan == HandoffSection.stepKey)
        #expect(throws: PlaybookError.self) {
            try PlaybookParser.parse("# T\nid: t\npurpose: P.\n\n## S\nplan: nonsense\n\nSay.\n", source: "t.md")
        }
        do {
            _ = try PlaybookParser.parse("# T\nid: t\npurpose: P.\n\n## S\nplan: nonsense\n\nSay.\n", source: "t.md")
        } catch {
            #expect(
                error.issues.first?.message.contains(
                    "plan: \"nonsense\" is not one of " + PlanStepKey.all.map(\.rawValue).joined(separator: ", ")) == true)
        }
    }

    @Test func stepDecodesWithoutPlanKey() throws {
        let json = #"{"title":"S","prompt":"P","who":"each","capture":"text","agree":false,"coach":false,"activities":[],"line":3}"#
        let step = try JSONDecoder().decode(Step.self, from: Data(json.utf8))
        #expect(step.plan == nil && step.show == nil)
        let round = try JSONDecoder().decode(Step.self, from: JSONEncoder().encode(Step(title: "S", prompt: "P", plan: AskSection.stepKey)))
        #expect(round.plan == AskSection.stepKey)
    }

    @Test func builtinPlaybooksAnnotateTheirPlanSections() throws {
        let library = PlaybookLibrary.load(extraDirectories: []).library
        let retro = try #require(library.playbook(id: "retro"))
        #expect(retro.steps.first { $0.title == "What went well" }?.plan == LearningsSection.stepKey)
        let prep = try #require(library.playbook(id: "prep"))
        #expect(prep.steps.first { $0.title == "Questions for your counterpart" }?.plan == CounterpartSection.stepKey)
        let roles = try #require(library.playbook(id: "roles"))
        #expect(roles.steps.contains { $0.plan == HandoffSection.stepKey })
    }
}
