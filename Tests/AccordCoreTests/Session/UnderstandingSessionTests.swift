import Testing

@testable import AccordCore

/// The engine with the parsers: a session's today, people by any name, dates echoed and
/// questioned, proposals adopted by number, /edit, /skip of one row, reviews that keep what was said.
@Suite struct UnderstandingSessionTests {
    static let people = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")
    static let merge = Playbook(
        id: "m", title: "Merge", purpose: "p",
        steps: [
            Step(title: "Sales proposes", prompt: "Yours?", who: .sales, capture: .goal),
            Step(title: "Marketing proposes", prompt: "Yours?", who: .marketing, capture: .goal),
            Step(
                title: "Merge", prompt: "Together.", who: .either, capture: .goal, agree: true,
                proposals: ["Sales proposes", "Marketing proposes"]),
        ])

    func run(_ playbook: Playbook, _ lines: [String], today: String = "2027-01-10", recap: [RecapItem] = []) throws -> (
        SessionState, Harness
    ) {
        var h = Harness(playbook: playbook, participants: Self.people)
        let reader = ScriptedLineReader(lines)
        var shown: [ChatLine] = []
        let runner = SessionRunner(
            header: h.header, records: [], engine: SessionEngine(), sink: h.sink,
            read: { reader.read(prompt: $0) }, show: { shown += $0 }, now: { "2027-01-10T10:00:00Z" })
        runner.width = { 120 }
        _ = try runner.run(openCommitments: recap, today: today)
        h.shown = shown
        return (runner.state, h)
    }

    @Test func theSessionRecordsItsTodayAndResolvesDatesAgainstIt() throws {
        let (state, h) = try run(Self.merge, ["Win rate 21% → 25% by 30 June, owner me", ""], today: "2027-01-10")
        #expect(h.sink.records.first?.event == .today(date: "2027-01-10"))
        #expect(state.today == "2027-01-10")
        #expect(state.items[0].fields["date"] == "2027-06-30")
        #expect(state.items[0].fields["owner"] == "@sales", "“me” is the speaker, stored as a reference")
        #expect(h.text.contains("→ Wed 30 Jun 2027"))
        let (later, _) = try run(Self.merge, ["Win rate 21% → 25% by 30 June, owner me", ""], today: "2027-07-10")
        #expect(later.items[0].fields["date"] == "2028-06-30", "the next 30 June on or after that today")
    }

    @Test func aPastDateIsQuestionedNotStored() throws {
        let (state, h) = try run(Self.merge, ["Win rate 21% → 25% by 2026-12-01, owner me", "30 June"])
        #expect(h.text.contains("is before today"))
        #expect(state.items[0].fields["date"] == "2027-06-30")
    }

    @Test func ownersResolveFromAnyNameAndAThirdPartyIsConfirmedOnce() throws {
        let (state, h) = try run(
            Self.merge, ["Win rate 21% → 25% by 30 June", "tomas", "Lead quality 40% → 60% by 31 March", "Jamie from RevOps", "yes", ""])
        #expect(state.items[0].fields["owner"] == "@marketing")
        #expect(h.text.contains("+ owner: Tomás Okafor"))
        #expect(state.items[1].fields["owner"] == "Jamie from RevOps")
        #expect(h.text.contains("keep Jamie from RevOps as the owner?"))
    }

    @Test func slashAsTakesAnyFormOfAName() throws {
        let (state, _) = try run(Self.merge, ["/as tomas"])
        #expect(state.speaker == .marketing)
        let (again, h) = try run(Self.merge, ["/as Zed"])
        #expect(again.speaker == .sales)
        #expect(h.text.contains("“Zed” isn't one of the leads here. e.g. `Tomás`"))
    }

    @Test func theMergeShowsProposalsNumberedAndAdoptsThemByNumber() throws {
        let (state, h) = try run(
            Self.merge,
            [
                "Win rate 21% → 25% by 30 June, owner me", "",
                "Raise MQLs with a named contact from 40% to 80% by 31 March, owner me", "",
                "adopt 1 and 2", "yes", "yes", "2 but owner both", "yes", "",
            ])
        #expect(h.text.contains("1. Win rate 21% → 25% by 30 June, owner Priya Raman —"))
        #expect(h.text.contains("Sales proposes") && h.text.contains("│ Marketing proposes"), "side by side at 120 columns")
        let merged = state.items(inStep: 2)
        #expect(merged.count == 3)
        #expect(merged.allSatisfy { $0.status(solo: false) == .agreed })
        #expect(merged[0].fields["target"] == "25%")
        #expect(merged[1].fields["proposedBy"] == "marketing")
        #expect(merged[2].fields["owner"] == "@both")
        #expect(h.text.contains("proposed by Tomás Okafor (#2)"))
        let (_, bad) = try run(Self.merge, ["Win rate 21% → 25% by 30 June, owner me", "", "", "7"])
        #expect(bad.text.contains("There is no proposal 7: they are numbered 1 to 1."))
    }

    @Test func freeTextStillWorksInTheMerge() throws {
        #expect(SessionEngine.adoption("2 more leads a week from events") == nil)
        #expect(SessionEngine.adoption("25% more pipeline") == nil)
        #expect(SessionEngine.adoption("adopt 2 and 5")?.numbers == [2, 5])
        #expect(SessionEngine.adoption("#3, #4")?.numbers == [3, 4])
        #expect(SessionEngine.adoption("5 with target 20%")?.adjustment == "target 20%")
        #expect(SessionEngine.adoption("2 but owner both")?.adjustment == "owner both")
    }

    @Test func editChangesAnAgreedItemAndBothAgreeAgain() throws {
        let (state, h) = try run(
            Self.merge,
            [
                "", "", "Win rate 21% → 25% by 30 June, owner both", "yes",
                "/status", "/edit 1 target 27%", "yes", "/edit 9 x", "/edit 1 date yesterday",
            ])
        let goal = state.items[0]
        #expect(goal.fields["target"] == "27%")
        #expect(goal.text.contains("21% → 27%"))
        #expect(goal.status(solo: false) == .agreed)
        #expect(goal.edits == 1)
        #expect(h.text.contains("  1. ✓ Win rate 21% → 25% by 30 June, owner Priya Raman and Tomás Okafor"))
        #expect(h.text.contains("✎ Edited:"))
        #expect(h.text.contains("Tomás, do you agree to") || h.text.contains("Tomás Okafor, do you agree to"))
        #expect(h.text.contains("There is no item 9"))
        #expect(h.sink.records.contains { if case .itemEdited = $0.event { true } else { false } })
    }

    @Test func skipSkipsOneRACIRowAndSkipStepTheRest() throws {
        let roles = Playbook(
            id: "r", title: "Roles", purpose: "p",
            steps: [
                Step(
                    title: "RACI", prompt: "Who?", who: .either, capture: .raci, agree: true,
                    activities: ["Scoring", "Hand-off", "Nurture"]),
                Step(title: "After", prompt: "Next.", who: .each, capture: .text),
            ])
        let (state, h) = try run(roles, ["/skip", "A = Sales, R = Marketing", "yes", "/skip step"])
        #expect(state.items.count == 2)
        #expect(state.items[0].parked && state.items[0].text == "Scoring")
        #expect(state.items[1].fields == ["sales": "A", "marketing": "R"])
        #expect(state.stepIndex == 1)
        #expect(h.text.contains("/skip skips this row"))
    }

    @Test func twoAccountablesGetTheOneAccountableReason() throws {
        let roles = Playbook(
            id: "r", title: "Roles", purpose: "p",
            steps: [
                Step(title: "RACI", prompt: "Who?", who: .either, capture: .raci, activities: ["Scoring"])
            ])
        let (state, h) = try run(roles, ["Accountable = both"])
        #expect(state.items.isEmpty)
        #expect(h.text.contains("Accountable"))
        #expect(h.text.contains("e.g."))
    }

    static let review = Playbook(
        id: "review", title: "Review", purpose: "p",
        steps: [
            Step(title: "Walk", prompt: "Walk", who: .either, capture: .commitments)
        ])
    static let recap = [
        RecapItem(ref: "20261101-090000-aaaaaa/i1", text: "Send the first report", owner: "@marketing", due: "2027-01-05", status: .open)
    ]

    @Test(arguments: [
        ["slipped — the first report came late; I'll review it by 20 February"],
        ["slipped", "the first report came late", "20 February"],
        ["slipped", "new date 20 February", "the first report came late"],
    ])
    func aSlipKeepsItsReasonAndNewDateInAnyOrder(_ lines: [String]) throws {
        let (state, h) = try run(Self.review, lines, recap: Self.recap)
        let last = try #require(state.latestUpdate[Self.recap[0].ref])
        #expect(last.status == .slipped)
        #expect(last.due == "2027-02-20")
        #expect(last.note.contains("the first report came late"))
        #expect(h.text.contains("Tomás, where is it") || h.text.contains("Tomás Okafor, where is it"), "the owner is asked, by reference")
    }
}

@Suite struct RetroActionsFromProposalsTests {
    @Test func anActionAdoptedFromWhatIWillDoDifferentlyIsOwnedByWhoSaidIt() throws {
        let retro = Playbook(
            id: "retro", title: "Retro", purpose: "p",
            steps: [
                Step(title: "What I will do differently", prompt: "You?", who: .each, capture: .list),
                Step(
                    title: "Actions", prompt: "Actions.", who: .either, capture: .action, agree: true,
                    proposals: ["What I will do differently"]),
            ])
        var h = Harness(playbook: retro, participants: UnderstandingSessionTests.people)
        h.header.started = "2027-01-10T10:00:00Z"
        let (state, _) = try h.run([
            "I'll call everyone who asked a question", "",
            "I'll send the attendee list within 24 hours of each webinar", "",
            "2 by 15 January", "yes", "",
        ])
        let action = try #require(state.items(inStep: 1).first)
        #expect(action.text == "I'll send the attendee list within 24 hours of each webinar")
        #expect(action.fields["owner"] == "@marketing", "Tomás wrote it")
        #expect(action.fields["due"] == "2027-01-15")
        #expect(action.status(solo: false) == .agreed)
        #expect(h.text.contains("proposed by Tomás Okafor (#2)"))
    }
}

@Suite struct UnderstandingQuestionsTests {
    func run(_ lines: [String]) throws -> (SessionState, Harness) {
        var h = Harness(playbook: UnderstandingSessionTests.merge, participants: UnderstandingSessionTests.people)
        h.header.started = "2027-01-10T10:00:00Z"
        let (state, _) = try h.run(lines)
        return (state, h)
    }

    @Test func anAmbiguousNumericDateIsAskedAboutNotGuessed() throws {
        let (state, h) = try run(["Win rate 21% → 25% by 03/04, owner me", "3 April"])
        #expect(h.text.contains("03/04"))
        #expect(state.items[0].fields["date"] == "2027-04-03")
    }

    @Test func aThirdPartyNamedInTheGoalLineIsConfirmedOnce() throws {
        let (state, h) = try run(["Lead quality 40% → 60% by 31 March, owner Jamie from RevOps", "yes"])
        #expect(h.text.contains("keep Jamie from RevOps as the owner?"))
        #expect(state.items[0].fields["owner"] == "Jamie from RevOps")
        #expect(h.text.contains("+ owner: Jamie from RevOps"))
    }

    @Test func aDateIsNotATargetAndARestatedGoalFillsEveryField() throws {
        let (state, h) = try run(["Raise win rate", "21%", "30 June", "Win rate from 21% to 25% by 30 June, owner both"])
        #expect(h.text.contains("That looks like a date"))
        let goal = state.items[0]
        #expect(goal.fields["baseline"] == "21%")
        #expect(goal.fields["target"] == "25%")
        #expect(goal.fields["date"] == "2027-06-30")
        #expect(goal.fields["owner"] == "@both")
    }

    @Test func anUnknownBaselineIsRecordedAndShownAsToEstablish() throws {
        let (state, h) = try run(["Named contacts on 90% of website-visitor leads by 31 March, owner tomas", "not measured yet"])
        #expect(state.items[0].fields["baseline"] == "unknown")
        #expect(h.text.contains("baseline to establish"))
    }
}

@Suite struct OwnersAcrossFormatsTests {
    /// A format-1 session stored owners as typed ("tomas", "Priya Raman & Tomás Okafor"); a format-2
    /// one stores references. The ledger groups each person once, and --owner finds both.
    @Test func oldDisplayOwnersAndNewReferencesGroupAsOnePerson() throws {
        let playbook = Playbook(
            id: "retro", title: "Retro", purpose: "p",
            steps: [
                Step(title: "Actions", prompt: "Actions?", who: .either, capture: .action, agree: true)
            ])
        func session(_ id: String, owners: [String]) -> SessionState {
            let header = SessionHeader(
                id: id, playbook: playbook, participants: UnderstandingSessionTests.people, title: nil,
                started: "2027-01-10T10:00:00Z")
            var state = SessionState(header: header)
            state.apply(.stepStarted(index: 0))
            for (n, owner) in owners.enumerated() {
                state.apply(
                    .itemProposed(
                        id: "i\(n + 1)", kind: .action, by: .sales, text: "Action \(id.suffix(1))\(n)",
                        fields: ["owner": owner, "due": "2027-03-01"]))
                state.apply(.agreed(item: "i\(n + 1)", by: .sales))
                state.apply(.agreed(item: "i\(n + 1)", by: .marketing))
            }
            return state
        }
        let old = session("20261101-090000-aaaaaa", owners: ["tomas", "Priya Raman & Tomás Okafor"])
        let new = session("20270110-090000-bbbbbb", owners: ["@marketing", "@both", "@sales"])
        let ledger = CommitmentLedger.build([old, new])
        #expect(Set(ledger.commitments.map(\.owner)) == ["Tomás Okafor", "Priya Raman and Tomás Okafor", "Priya Raman"])
        let his = CommitmentReport(filter: .open, owner: "Tomás Okafor", today: "2027-01-10").select(ledger)
        #expect(his.count >= 2)
        #expect(his.contains { $0.session == old.id } && his.contains { $0.session == new.id })
    }
}

@Suite struct ReviewRelativeSlipTests {
    @Test func aSlipBySoManyWeeksMovesTheOldDueDate() throws {
        var h = Harness(playbook: UnderstandingSessionTests.review, participants: UnderstandingSessionTests.people)
        h.header.started = "2027-01-10T10:00:00Z"
        let (state, _) = try h.run(["slipped 2 weeks", "the first report came late"], recap: UnderstandingSessionTests.recap)
        let last = try #require(state.latestUpdate[UnderstandingSessionTests.recap[0].ref])
        #expect(last.status == .slipped)
        #expect(last.due == "2027-01-19", "two weeks after the old due date, 2027-01-05")
        #expect(last.note == "the first report came late")
    }
}
