import AccordCore
import Foundation
import Testing

/// Issue 12's must-show, as two leads would do it in a real terminal: dates and owners typed as
/// people say them, the merge adopting proposals by number, an agreed goal edited and agreed
/// again; `accord commitments` grouping each person once; a review keeping the reason for a slip
/// and its new date together.
@Suite("Understanding in a terminal", .serialized)
struct UnderstandingTerminalTests {
    static let priya = "Priya Raman (Sales) › "
    static let tomas = "Tomás Okafor (Marketing) › "
    static let names = ["--sales", "Priya Raman", "--marketing", "Tomás Okafor"]

    func type(_ turns: [(String, String)], into session: PTYSession) throws -> String {
        try SessionDriver.type(turns, into: session).joined(separator: "\n")
    }

    @Test func goalsReviewAndCommitmentsAsPeopleSayThem() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let goals = try SessionDriver.spawn(["start", "goals"] + Self.names + ["--today", "2027-01-10"], root: root, columns: 120)
        let (p, t) = (Self.priya, Self.tomas)
        let goalsTurns: [(String, String)] = [
            (p, "Fine"), (t, "Good"),
            (p, "Win rate on qualified opportunities: 21%"), (p, ""),
            (t, "Website-visitor leads with a named contact: unknown"), (t, ""),
            (p, ""),  // no funnel numbers by stage yet
            (p, "Win rate 21% → 25% by 30 June, owner me"), (p, ""),
            (t, "Named contact for 90% of website-visitor leads by end of Q1, owner tomas"), (t, "unknown"), (t, ""),
            (p, "adopt 1 and 2"), (t, "yes"), (t, "yes"),
            (p, "/status"), (p, "/edit 1 target 27%"), (t, "yes"), (p, ""),
            (p, ""), (p, "yes"), (t, "yes"),
        ]
        var screens = try type(goalsTurns, into: goals)
        screens += try goals.expect("Saved as ", timeout: 15)
        #expect(try goals.waitForExit(timeout: 15) == 0)
        // Dates are echoed with their weekday; owners are canonical names.
        #expect(screens.contains("→ Wed 30 Jun 2027"))
        #expect(screens.contains("→ Wed 31 Mar 2027"))
        #expect(screens.contains("baseline: unknown — baseline to establish"))
        // The merge showed both sides' proposals, numbered, side by side.
        #expect(screens.contains("Sales proposes") && screens.contains("│ Marketing proposes"))
        #expect(screens.contains("1. Win rate 21% → 25% by 30 June, owner Priya Raman"))
        #expect(screens.contains("proposed by Tomás Okafor (#2)"))
        // /status numbers the agreed goals; /edit changed one and both agreed again.
        #expect(screens.contains("1. ✓ Win rate 21% → 25% by 30 June, owner Priya Raman"))
        #expect(screens.contains("✎ Edited: Win rate 21% → 27%"))
        #expect(screens.contains("Tomás Okafor, do you agree to: “Win rate 21% → 27%"))
        let goalsEvents = try SessionDriver.onlyTranscript(root: root).events
        #expect(goalsEvents.first == .today(date: "2027-01-10"))
        #expect(goalsEvents.contains { if case .itemEdited(_, _, let f) = $0 { f["target"] == "27%" } else { false } })
        // The same lines piped in make the same transcript.
        let pipedRoot = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: pipedRoot) }
        let piped = try AccordBinary.run(
            ["start", "goals"] + Self.names + ["--today", "2027-01-10"],
            input: goalsTurns.map { $0.1 + "\n" }.joined(), environment: AccordBinary.environment(root: pipedRoot))
        #expect(piped.status == 0)
        #expect(try SessionDriver.onlyTranscript(root: pipedRoot).events == goalsEvents)

        // Each person once, by canonical name; --owner finds Tomás's goal by his full name.
        let env = AccordBinary.environment(root: root)
        let commitments = try AccordBinary.run(["commitments", "--today", "2027-01-10"], input: "", environment: env)
        let table = String(decoding: commitments.stdout, as: UTF8.self)
        #expect(table.contains("Priya Raman (1)\n"))
        #expect(table.contains("Tomás Okafor (1)\n"))
        #expect(table.components(separatedBy: "Tomás").count == 2, "one group for Tomás: \(table)")
        let his = try AccordBinary.run(["commitments", "--owner", "Tomás Okafor", "--today", "2027-01-10"], input: "", environment: env)
        #expect(String(decoding: his.stdout, as: UTF8.self).contains("Named contact for 90% of website-visitor leads"))

        // The review asks each owner, keeps "came late" and the new date together, and the
        // in-progress note reaches accord commitments.
        let review = try SessionDriver.spawn(["start", "review"] + Self.names + ["--today", "2027-02-01"], root: root, columns: 120)
        screens = try type(
            [
                (p, "Fine"), (t, "Busy"),
                (p, "slipped — the first report came late; I'll review it by 20 February"),
                (t, "in progress, halfway through the visitor list"),
                (p, ""), (p, ""),  // no funnel numbers, no SLA yet
                (p, ""), (t, ""), (p, ""), (p, "yes"), (t, "yes"),
            ], into: review)
        screens += try review.expect("Saved as ", timeout: 15)
        #expect(try review.waitForExit(timeout: 15) == 0)
        #expect(screens.contains("Priya Raman, where is it"))
        #expect(screens.contains("Tomás Okafor, where is it"))
        #expect(screens.contains("→ slipped, new date 2027-02-20 (the first report came late"))
        let after = String(
            decoding: try AccordBinary.run(["commitments", "--today", "2027-02-01"], input: "", environment: env).stdout, as: UTF8.self)
        #expect(after.contains("slipped  2027-02-20"))
        #expect(after.contains("in progress: halfway through the visitor list"))
        let json = String(
            decoding: try AccordBinary.run(["commitments", "--all", "--json", "--today", "2027-02-01"], input: "", environment: env).stdout,
            as: UTF8.self)
        #expect(json.contains("the first report came late"))
    }
}
