import Testing

@testable import AccordCore

@Suite struct CommitmentLedgerTests {
    static let retro = Playbook(
        id: "retro", title: "Retro", purpose: "p",
        steps: [
            Step(title: "Actions", prompt: "Actions?", who: .either, capture: .action, agree: true)
        ])
    static let review = Playbook(
        id: "review", title: "Review", purpose: "p",
        steps: [
            Step(title: "Walk", prompt: "Walk", who: .either, capture: .commitments)
        ])

    func session(_ id: String, _ playbook: Playbook, _ lines: [String], recap: [RecapItem] = []) throws -> SessionState {
        var h = Harness(playbook: playbook)
        h.header.id = id
        // The session's day is the one its id names, so its dates are not in its past.
        h.header.started = "\(id.prefix(4))-\(id.dropFirst(4).prefix(2))-\(id.dropFirst(6).prefix(2))T09:00:00Z"
        return try h.run(lines, recap: recap).0
    }

    func retroSession() throws -> SessionState {
        try session(
            "20261101-090000-aaaaaa", Self.retro,
            [
                "Share win/loss notes monthly, owner Dana, due 2026-11-15", "yes",
                "Add contact names to the visitor report, owner Lee, due 2026-12-31", "yes",
                "Rebrand the deck, owner Lee, due 2026-11-30", "no, not now", "",
            ])
    }

    @Test func agreedActionsWithOwnerAndDueBecomeOpenCommitments() throws {
        let ledger = CommitmentLedger.build([try retroSession()])
        #expect(ledger.commitments.map(\.owner) == ["Dana", "Lee"])
        #expect(ledger.commitments.allSatisfy { $0.status == .open })
        #expect(ledger.commitments[0].ref == "20261101-090000-aaaaaa/i1")
    }

    @Test func overdueDependsOnThePinnedDate() throws {
        let ledger = CommitmentLedger.build([try retroSession()])
        let report = CommitmentReport(filter: .overdue, today: "2026-11-22")
        #expect(report.select(ledger).map(\.owner) == ["Dana"])
        #expect(CommitmentReport(filter: .overdue, today: "2026-11-10").select(ledger).isEmpty)
        let text = CommitmentReport(filter: .open, today: "2026-11-22").text(ledger, highlight: { "!!" + $0 })
        #expect(text.contains("!!  OVERDUE  2026-11-15 (7 days ago)"))
        #expect(text.contains("2026-12-31 (in 5 weeks)"))
    }

    @Test func reviewTransitionsAreFoldedInTimeOrder() throws {
        let first = try retroSession()
        let recap = CommitmentLedger.build([first]).open(for: first.participants).map(\.recapItem)
        let second = try session(
            "20261120-090000-bbbbbb", Self.review,
            [
                "slipped", "the CRM export broke; new date 2026-12-20", "done, shipped in the Nov report",
            ], recap: recap)
        let ledger = CommitmentLedger.build([second, first])
        let dana = try #require(ledger.commitments.first { $0.owner == "Dana" })
        #expect(dana.status == .slipped)
        #expect(dana.due == "2026-12-20")
        #expect(dana.history.map(\.session) == ["20261120-090000-bbbbbb"])
        #expect(ledger.commitments.first { $0.owner == "Lee" }?.status == .done)
        #expect(!CommitmentReport(filter: .overdue, today: "2026-11-22").select(ledger).contains { $0.owner == "Dana" })
    }

    @Test func carryForwardKeepsItOpenWithTheSameDate() throws {
        let first = try retroSession()
        let recap = CommitmentLedger.build([first]).open(for: first.participants).map(\.recapItem)
        let second = try session(
            "20261120-090000-bbbbbb", Self.review,
            ["slipped", "waiting on legal, carry forward", "dropped", "the report is being retired"], recap: recap)
        let ledger = CommitmentLedger.build([first, second])
        let dana = try #require(ledger.commitments.first { $0.owner == "Dana" })
        #expect(dana.status == .open)
        #expect(dana.due == "2026-11-15")
        #expect(dana.history.last?.said == .carried)
        #expect(ledger.commitments.first { $0.owner == "Lee" }?.status == .dropped)
        #expect(ledger.open(for: first.participants).count == 1)
    }

    @Test func openCommitmentsSurfaceAtTheStartOfTheNextRetro() throws {
        let first = try retroSession()
        let recap = CommitmentLedger.build([first]).open(for: first.participants).map(\.recapItem)
        var pb = Self.retro
        pb.recap = true
        var h = Harness(playbook: pb)
        h.header.id = "20261201-090000-cccccc"
        let (state, _) = try h.run([], recap: recap)
        #expect(state.recap.count == 2)
        #expect(h.text.contains("Last time you agreed to 2 things that are still open"))
        #expect(h.text.contains("Share win/loss notes monthly — Dana, due 2026-11-15"))
    }

    @Test func relativeDatesReadNaturally() {
        #expect(CommitmentReport.relative("2026-11-22", today: "2026-11-22") == "today")
        #expect(CommitmentReport.relative("2026-11-23", today: "2026-11-22") == "tomorrow")
        #expect(CommitmentReport.relative("2026-11-12", today: "2026-11-22") == "10 days ago")
        #expect(CommitmentReport.relative("2027-03-01", today: "2026-11-22") == "in 3 months")
    }
}
