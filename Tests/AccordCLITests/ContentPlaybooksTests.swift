import AccordCore
import Foundation
import Testing

/// The sales–marketing content playbooks (winloss, segments, sla, insights) with their example
/// scripts, a user's own record playbook, and `accord report`, through the built binary.
@Suite("Content playbooks, records and reports", .serialized)
struct ContentPlaybooksTests {
    typealias D = SessionDriver

    /// (playbook, example script) pairs: the second win/loss script runs the same playbook.
    static let examples: [(String, String)] = [
        ("winloss", "winloss"), ("winloss", "winloss2"), ("segments", "segments"),
        ("sla", "sla"), ("insights", "insights"),
    ]

    @Test func playbooksAreListedAndCheckClean() throws {
        let s = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: s.base) }
        let list = try s.run(["playbooks"])
        #expect(list.status == 0)
        for id in ["winloss", "segments", "sla", "insights"] {
            #expect(list.out.contains("\n\(id) "), "\(id) missing from accord playbooks")
            let check = try s.run(["playbooks", "check", CLIStore.root.appendingPathComponent("prompts/\(id).md").path])
            #expect(check.status == 0, "\(id): \(check.out)\(check.err)")
            #expect(check.out.hasPrefix("ok: \(id) ("))
        }
    }

    /// Each example script runs end to end from a pipe, then typed into a real terminal; both give
    /// the same events.
    @Test(arguments: Self.examples.map { "\($0.0):\($0.1)" })
    func exampleRunsFromAPipeAndInATerminal(_ pair: String) throws {
        let parts = pair.split(separator: ":").map(String.init)
        let (playbook, name) = (parts[0], parts[1])
        let script = try D.exampleScript(name)
        let pipedRoot = try AccordBinary.temporaryDirectory()
        let root = try AccordBinary.temporaryDirectory()
        defer { for r in [pipedRoot, root] { try? FileManager.default.removeItem(atPath: r) } }
        let piped = try D.pipedRun(playbook, script: script, environment: AccordBinary.environment(root: pipedRoot))
        #expect(piped.status == 0)
        #expect(piped.output.contains(": done ──\nAgreed by both ("))
        #expect(piped.turns.map(\.answer) == script, "every line of the script is answered at a prompt")
        #expect(!piped.output.contains("I couldn't find any of this record's fields"))

        let session = try D.start(playbook, root: root)
        try D.type(piped.turns, into: session)
        let end = try session.expect("Saved as ", timeout: 20)
        #expect(try session.waitForExit(timeout: 15) == 0)
        #expect(end.contains("Agreed by both"))
        #expect(session.output.contains("\u{1B}["))
        let live = try D.onlyTranscript(root: root)
        let reference = try D.onlyTranscript(root: pipedRoot)
        #expect(live.events == reference.events)
        #expect(live.events.last == .completed)
        // Records were captured with their step's fields.
        #expect(
            live.events.contains {
                if case .itemProposed(_, .record, _, _, let f) = $0 { return !f.isEmpty }
                return false
            })
    }

    /// A deal typed in free phrasing is chased field by field in a terminal; a deal Lee remembers
    /// differently is parked, not dropped.
    @Test func aDealIsChasedInATerminalAndADisputedOneIsParked() throws {
        let script = try D.exampleScript("winloss")
        let pipedRoot = try AccordBinary.temporaryDirectory()
        let root = try AccordBinary.temporaryDirectory()
        defer { for r in [pipedRoot, root] { try? FileManager.default.removeItem(atPath: r) } }
        let piped = try D.pipedRun("winloss", script: script, environment: AccordBinary.environment(root: pipedRoot))
        let session = try D.start("winloss", root: root)
        let first = try #require(piped.turns.firstIndex { $0.answer.hasPrefix("Northwind renewal, mid market") })
        try D.type(Array(piped.turns[...first]), into: session)
        let chased = D.flat(try session.expectPrompt(D.sales, timeout: 15))
        #expect(chased.contains("+ record from Dana: Northwind renewal — segment: mid-market; size: €120,000; outcome: lost"))
        #expect(chased.contains("“Northwind renewal” — competitor?"))
        session.send("/park\r")
        let parked = D.flat(try session.expectPrompt(D.sales, timeout: 15))
        #expect(parked.contains("⏸ Parked: Northwind renewal"))
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
        #expect(piped.output.contains("Parking lot — open, to come back to (1):\n  ⏸ Proseware"))
    }

    /// A user's own playbook with a record capture, from a --prompts folder: it runs, chases its
    /// required fields, and its records reach the Markdown, HTML and JSON plans; the JSON
    /// validates against docs/plan.schema.json.
    @Test func ownRecordPlaybookRunsAndItsRecordsReachEveryPlanFormat() throws {
        let s = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: s.base) }
        let prompts = s.base + "/my-prompts"
        try FileManager.default.createDirectory(atPath: prompts, withIntermediateDirectories: true)
        try """
        # Event debrief
        id: events
        purpose: Log each event we ran together and what it produced.

        ## Events
        who: either
        capture: record
        agree: yes
        fields:
        - event: text, required, e.g. SaaStr Europe
        - kind: choice (conference | webinar | dinner), required, e.g. webinar
        - cost: money, required, e.g. €12k
        - meetings booked: number, required, e.g. 14
        - show rate: percent, optional, e.g. 62%
        - held on: date, optional, e.g. 2026-10-08
        - follow-up owner: person, required, e.g. Dana
        - topics: list, optional, e.g. pricing; security

        One event per line.
        """.write(toFile: prompts + "/events.md", atomically: true, encoding: .utf8)
        let env = ["ACCORD_PROMPTS": prompts]
        #expect(try s.run(["playbooks"], extra: env).out.contains("events "))
        let run = try s.run(
            ["start", "events", "--sales", "Dana", "--marketing", "Lee"],
            input: """
                RevOps dinner Berlin, dinner, €8k, held on 14 Oct 2026
                11
                marketing
                yes
                event: Pipeline webinar; kind: webinar; cost: €2,500; meetings booked: 9; show rate: 41%; follow-up owner: Dana; topics: forecasting, CRM hygiene
                no, the meetings number isn't checked yet


                """, extra: env)
        #expect(run.status == 0, "\(run.err)")
        let said = D.flat(run.out)
        #expect(said.contains("“RevOps dinner Berlin” — meetings booked? A number, please (e.g. 14)."))
        #expect(said.contains("“RevOps dinner Berlin” — who is the follow-up owner? Dana, Lee, both, or another name."))
        #expect(said.contains("⏸ Pipeline webinar"))

        let md = try s.run(["plan", "--format", "markdown"], extra: env).out
        #expect(md.contains("### Event debrief: Events"))
        #expect(md.contains("| event | kind | cost | meetings booked | show rate | held on | follow-up owner | topics | Status |"))
        #expect(md.contains("| RevOps dinner Berlin | dinner | €8,000 | 11 |  | 2026-10-14 | Lee |  | agreed by both |"))
        #expect(md.contains("Pipeline webinar"), "a parked record stays under open disagreements")

        let html = try s.run(["plan", "--format", "html"], extra: env).out
        try CLIPython.wellFormed(html: html)
        #expect(html.contains("<div class=\"card\"><div class=\"what\">RevOps dinner Berlin"))
        #expect(html.contains("<dt>cost</dt><dd>€8,000</dd>"))

        let json = try s.run(["plan", "--format", "json"], extra: env).out
        try CLIPython.validate(json: json, schema: CLIStore.root.appendingPathComponent("docs/plan.schema.json"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(doc["records"] as? [[String: Any]])
        #expect(tables.count == 1)
        let fields = try #require(tables.first?["fields"] as? [[String: Any]])
        #expect(
            fields.map { $0["name"] as? String } == [
                "event", "kind", "cost", "meetings booked", "show rate", "held on", "follow-up owner", "topics",
            ])
        #expect(fields[1]["choices"] as? [String] == ["conference", "webinar", "dinner"])
        #expect(fields[4]["required"] as? Bool == false)
        let records = try #require(tables.first?["records"] as? [[String: Any]])
        #expect(records.count == 1)
        #expect((records.first?["values"] as? [String: String])?["cost"] == "€8,000")
    }

    /// A bad field declaration is reported with its file and line.
    @Test func badRecordDeclarationsAreReportedByLine() throws {
        let s = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: s.base) }
        let file = s.base + "/bad.md"
        try """
        # Bad
        id: bad
        purpose: Broken fields.

        ## Deals
        capture: record
        fields:
        - deal: text
        - size: currency, required
        - outcome: choice (won), required
        - deal: number

        Type them.

        ## Notes
        capture: list
        fields:
        - note: text

        Anything else?
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try s.run(["playbooks", "check", file])
        #expect(check.status == 65)
        let text = check.out + check.err
        #expect(
            text.contains(
                "bad.md:9: field \"size\": type \"currency\" is not one of text, number, percent, money, date, person, choice, list"))
        #expect(text.contains("bad.md:10: field \"outcome\": a choice lists two or more values"))
        #expect(text.contains("bad.md:11: field \"deal\" is declared twice"))
        #expect(text.contains("bad.md:17: fields only apply to steps with \"capture: record\""))
    }

    /// The win/loss roll-up across the two example win/loss sessions, and the funnel and SLA
    /// reports, as text and JSON, from the committed example store.
    @Test func reportsRollUpTheExampleStore() throws {
        let s = try CLIStore.withCommittedExamples(all: true)
        defer { try? FileManager.default.removeItem(atPath: s.base) }
        let winloss = try s.run(["report", "winloss", "--color", "never"])
        #expect(winloss.status == 0, "\(winloss.err)")
        #expect(winloss.out.hasPrefix("Win/loss across 2 sessions: 12 deals, 6 won, 5 lost, 1 no decision. Win rate 54.5%"))
        #expect(winloss.out.contains("mid-market  6      3    3     0            50%       €342,000   €303,000"))
        #expect(winloss.out.contains("  price           2  (mid-market 2)"))
        let json = try s.run(["report", "winloss", "--json"])
        let report = try JSONDecoder().decode(WinLossReport.self, from: Data(json.out.utf8))
        #expect(report.sessions.count == 2)
        #expect(report.bySegment.map(\.segment) == ["mid-market", "enterprise", "smb"])
        #expect(report.lossReasons.first?.reason == "price")

        let funnel = try s.run(["report", "funnel", "--color", "never"])
        #expect(funnel.out.contains("Funnel, October 2026, with 1 earlier period for the trend"))
        #expect(funnel.out.contains("── hand-off ──"))
        #expect(funnel.out.contains("Sales-accepted  150 (57.7%)  205 (82%)"))
        let funnelJSON = try JSONDecoder().decode(PlanFunnel.self, from: Data(try s.run(["report", "funnel", "--json"]).out.utf8))
        #expect(funnelJSON.periods.map(\.period) == ["August 2026", "October 2026"])

        let sla = try s.run(["report", "sla", "--color", "never"])
        #expect(sla.out.contains("Sales: working hours to first follow-up, target 4 or fewer"))
        #expect(sla.out.contains("Marketing: sales-ready leads a month, target 200"))

        let bad = try s.run(["report", "pipeline"])
        #expect(bad.status == 64)
    }

    /// The review playbook reviews SLA adherence: the agreed numbers against the actual ones, which
    /// `accord report sla` then shows as met or missed (lower is better for follow-up hours).
    @Test func reviewHoldsTheSLAAgainstTheActualNumbers() throws {
        let s = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: s.base) }
        #expect(try s.run(["start", "sla", "--sales", "Dana", "--marketing", "Lee"], input: try CLIStore.script("sla")).status == 0)
        Thread.sleep(forTimeInterval: 1.05)
        let review = try s.run(
            ["start", "review", "--sales", "Dana", "--marketing", "Lee"],
            input: """
                Easier: the Monday dashboard.
                Harder: two open seats.
                in progress, booked for March
                MQL 240 in November 2026
                yes

                commitment: sales-ready leads a month; agreed: 200; actual: 212; period: November 2026
                yes
                commitment: working hours to first follow-up; agreed: 4; actual: 6; period: November 2026; what got in the way: two open seats on the team
                yes

                We bring the dashboard, not opinions

                The SLA makes misses visible early


                yes
                yes

                """)
        #expect(review.status == 0, "\(review.err)")
        #expect(
            D.flat(review.out).contains(
                "✓ working hours to first follow-up — agreed: 4; actual: 6; period: November 2026; what got in the way: two open seats on the team"
            ))
        let sla = try s.run(["report", "sla", "--color", "never"])
        #expect(
            sla.out.contains(
                "  Marketing: sales-ready leads a month, target 200\n    measured by: CRM report MQLs by month, first working day of the month\n    November 2026: 212 against 200 met"
            ))
        #expect(
            sla.out.contains(
                "  Sales: working hours to first follow-up, target 4 or fewer\n    measured by: CRM report MQL age at first touch, weekly\n    November 2026: 6 against 4 missed"
            ))
        let json = try JSONDecoder().decode(SLAReport.self, from: Data(try s.run(["report", "sla", "--json"]).out.utf8))
        #expect(json.commitments.count == 4)
        #expect(json.commitments.flatMap(\.actuals).map(\.met) == [true, false])
    }
}
