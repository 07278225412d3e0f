import Foundation
import Testing

/// `accord commitments` through the binary, with `--today` pinned, on the example store.
@Suite("accord commitments")
struct CommitmentsCommandTests {
    static let today = ["--today", "2027-01-10"]

    @Test func groupsOpenCommitmentsByOwnerWithRelativeDates() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["commitments"] + Self.today)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Dana (2)\n"))
        #expect(
            r.out.contains("Dana and Lee (1)\n"), "an old transcript's \"Dana & Lee\" owner is grouped under both leads' canonical names")
        #expect(!r.out.contains("Lee (2)"), "Lee's commitments are all done")
        #expect(r.out.contains("OVERDUE  2026-12-18 (3 weeks ago)  Agree a follow-up cover plan while we hire"))
        #expect(r.out.contains("2027-03-31 (in 2 months)  Raise SQL to opportunity rate from 18% to 25%"))
        #expect(r.out.hasSuffix("3 commitments, 1 overdue (today: 2027-01-10)\n"))
        #expect(!r.bytes.contains(0x1B))
    }

    @Test func overdueRowsAreRedWithColour() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["commitments", "--color", "always"] + Self.today)
        #expect(r.status == 0)
        let rows = r.out.split(separator: "\n").map(String.init)
        let overdue = try #require(rows.first { $0.contains("OVERDUE") })
        #expect(overdue.hasPrefix("\u{1B}[31m"))
        let onTime = try #require(rows.first { $0.contains("Raise SQL") })
        #expect(!onTime.contains("\u{1B}[31m"))
    }

    @Test func filtersByOwnerAndStatus() throws {
        let s = try CLIStore.withCommittedExamples()
        let lee = try s.run(["commitments", "--owner", "Lee", "--all"] + Self.today)
        #expect(lee.status == 0)
        #expect(lee.out.contains("Send attendee list with contact names"))
        #expect(!lee.out.contains("Agree a follow-up cover plan"))
        let done = try s.run(["commitments", "--done"] + Self.today)
        #expect(done.out.contains("2 commitments"))
        #expect(done.out.contains("done     2026-12-15"))
        #expect(!done.out.contains("slipped"))
        let all = try s.run(["commitments", "--all"] + Self.today)
        #expect(all.out.contains("6 commitments, 1 overdue"))
        #expect(all.out.contains("dropped  2026-12-02"))
        let overdue = try s.run(["commitments", "--overdue"] + Self.today)
        #expect(overdue.out.contains("1 commitment"))
    }

    @Test func jsonCarriesStatusTransitionsAndCarryForward() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["commitments", "--all", "--json"] + Self.today)
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let list = try #require(doc["commitments"] as? [[String: Any]])
        #expect(list.count == 6)
        func find(_ prefix: String) throws -> [String: Any] {
            try #require(list.first { ($0["text"] as? String)?.hasPrefix(prefix) == true })
        }
        let slipped = try find("Follow up 90%")
        #expect(slipped["status"] as? String == "slipped")
        #expect(slipped["due"] as? String == "2027-04-30", "carried forward to the new date")
        let history = try #require(slipped["history"] as? [[String: Any]])
        #expect(history.first?["said"] as? String == "slipped")
        #expect((history.first?["note"] as? String)?.contains("Two reps left") == true)
        #expect(try find("Call question-askers")["status"] as? String == "dropped")
        #expect(try find("Send attendee list")["status"] as? String == "done")
        let inProgress = try find("Raise SQL")
        #expect(inProgress["status"] as? String == "open")
        #expect((inProgress["history"] as? [[String: Any]])?.first?["said"] as? String == "in-progress")
        let overdue = try find("Agree a follow-up cover plan")
        #expect(overdue["overdue"] as? Bool == true)
    }

    @Test func aReviewWalksOpenCommitmentsAndTheNextSessionRecapsWhatIsStillOpen() throws {
        var s = try CLIStore()
        s.environment["COLUMNS"] = "300"  // no wrapping, so whole lines can be matched
        #expect(try s.runExample("goals").status == 0)
        let retro = try s.runExample("retro")
        #expect(
            retro.out.contains(
                "Last time you agreed to 3 things that are still open:\n  • Raise SQL to opportunity rate from 18% to 25% — Dana and Lee, due 2027-03-31"
            ))
        let before = try s.run(["commitments", "--json", "--today", "2026-11-30"])
        #expect(
            (try JSONSerialization.jsonObject(with: Data(before.out.utf8)) as? [String: Any])?["commitments"].map { ($0 as? [Any])?.count }
                == 5)
        let review = try s.runExample("review")
        #expect(
            review.out.contains(
                "“Send attendee list with contact names within 24 hours of each webinar” — Lee, due 2026-12-15. Lee, where is it"))
        #expect(
            review.out.contains("→ slipped, new date 2027-04-30 (Two reps left in October"), "the reason and the new date are both kept")
        // The next goals session starts from what is still open, with the carried-forward date.
        let next = try s.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: "")
        #expect(next.out.contains("Last time you agreed to 3 things that are still open:"))
        #expect(next.out.contains("Follow up 90% of sales-ready leads within 2 working days, from 61%, target 90% — Dana, due 2027-04-30"))
        #expect(next.out.contains("Agree a follow-up cover plan while we hire — Dana, due 2026-12-18"))
        #expect(!next.out.contains("Send attendee list"))
        let open = try s.run(["commitments", "--today", "2026-11-30"])
        #expect(open.out.contains("3 commitments (today: 2026-11-30)"))
    }
}
