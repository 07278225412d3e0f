import Foundation

@testable import AccordCore

/// Builds a session's events step by step, against a built-in playbook, and replays them.
struct SessionScript {
    var header: SessionHeader
    var events: [Event] = []
    private var next = 1

    init(
        _ playbookID: String, id: String, started: String, participants: Participants = Participants(sales: "Dana", marketing: "Lee"),
        title: String? = nil
    ) {
        let playbook = PlaybookLibrary.load(extraDirectories: []).library.playbook(id: playbookID)!
        header = SessionHeader(id: id, playbook: playbook, participants: participants, title: title, started: started)
    }

    var solo: Bool { header.participants.solo }

    /// Opens the step with this title.
    mutating func step(_ title: String) {
        let index = header.steps.steps.firstIndex { $0.title == title }!
        events.append(.stepStarted(index: index))
    }

    mutating func answer(_ role: Role, _ text: String) { events.append(.answer(speaker: role, text: text)) }

    /// Proposes an item; agreed by both unless `decline` (then declined by the other side) or solo.
    @discardableResult
    mutating func item(
        _ kind: Capture, _ by: Role, _ text: String, _ fields: [String: String] = [:], agreed: Bool = true,
        decline: String? = nil
    ) -> String {
        let id = "i\(next)"
        next += 1
        events.append(.itemProposed(id: id, kind: kind, by: by, text: text, fields: fields))
        guard !solo else { return id }
        if let decline {
            events.append(.agreed(item: id, by: by))
            events.append(.declined(item: id, by: by.other, reason: decline))
        } else if agreed {
            events.append(.agreed(item: id, by: by))
            events.append(.agreed(item: id, by: by.other))
        }
        return id
    }

    mutating func goal(
        _ by: Role, _ text: String, metric: String, baseline: String, target: String, date: String, owner: String,
        decline: String? = nil
    ) {
        item(.goal, by, text, ["metric": metric, "baseline": baseline, "target": target, "date": date, "owner": owner], decline: decline)
    }

    mutating func raci(_ activity: String, sales: String, marketing: String) {
        item(.raci, .sales, activity, ["sales": sales, "marketing": marketing])
    }

    mutating func complete() { events.append(.completed) }

    var state: SessionState {
        SessionState.replay(
            header: header,
            records: events.enumerated().map {
                EventRecord(seq: $0.offset + 1, at: header.started, batch: $0.offset + 1, event: $0.element)
            })
    }

    var pair: (header: SessionHeader, state: SessionState) { (header, state) }
}

/// Realistic sessions for plan tests and the example page.
enum PlanExamples {
    static let generated = ISO8601DateFormatter().date(from: "2026-12-10T09:00:00Z")!

    /// Goals: three joint goals, one parked; keeping score; a goal containing markup when `hostile`.
    static func goals(hostile: Bool = false) -> SessionScript {
        var s = SessionScript("goals", id: "20261120-090000-aaaaaa", started: "2026-11-20T09:00:00Z", title: "H1 2027 pipeline plan")
        s.step("Facts first")
        s.item(.list, .sales, "Q3: 412 MQLs, 74 became SQLs (18%)", agreed: false)
        s.item(.list, .marketing, "Webinar leads convert at twice the rate of paid search", agreed: false)
        s.step("Merge into joint goals")
        s.goal(
            .sales, "Raise SQL→opportunity rate from 18% to 25% by 2027-03-31, owner Dana", metric: "SQL→opportunity rate",
            baseline: "18%", target: "25%", date: "2027-03-31", owner: "Dana")
        s.goal(
            .marketing, "Grow marketing-sourced pipeline from €1.2m to €1.8m by 2027-06-30, owner Lee & Dana",
            metric: "Marketing-sourced pipeline", baseline: "€1.2m", target: "€1.8m", date: "2027-06-30", owner: "Lee & Dana")
        s.goal(
            .sales,
            hostile
                ? "Cut follow-up time <script>alert(1)</script> from 72h to 24h" : "Cut first follow-up time from 72h to 24h by 2027-02-28",
            metric: hostile ? "Follow-up <script>alert(1)</script>" : "First follow-up time", baseline: "72h", target: "24h",
            date: "2027-02-28", owner: "Dana")
        s.goal(
            .marketing, "Double event budget from €40k to €80k by 2027-03-31", metric: "Event budget", baseline: "€40k",
            target: "€80k", date: "2027-03-31", owner: "Lee", decline: "Not until we see the Q1 event results")
        s.step("Keeping score together")
        s.item(.list, .marketing, "Weekly funnel report by stage, sent Monday by Marketing")
        s.item(.list, .sales, "Monthly 30-minute review of these goals, both of us")
        s.events.append(.parked(item: nil, by: .sales, text: "Who owns partner-sourced leads?"))
        s.complete()
        return s
    }

    /// Roles: the full matrix and the hand-off agreement.
    static func roles() -> SessionScript {
        var s = SessionScript("roles", id: "20261124-140000-bbbbbb", started: "2026-11-24T14:00:00Z")
        s.step("Words we share")
        s.item(.list, .marketing, "MQL: a named contact matching our profile with buying interest in the last 30 days")
        s.step("Who is Responsible, Accountable, Consulted, Informed")
        let rows: [(String, String, String)] = [
            ("Lead definition", "C", "RA"), ("Lead scoring", "C", "RA"), ("Nurturing", "I", "RA"), ("Hand-off to Sales", "RA", "R"),
            ("Follow-up time", "RA", "I"), ("Win/loss analysis", "RA", "C"), ("Customer insight for Sales", "C", "RA"),
            ("Content for Sales", "C", "RA"), ("CRM hygiene", "RA", "C"),
        ]
        for r in rows { s.raci(r.0, sales: r.1, marketing: r.2) }
        s.step("What makes a lead sales-ready")
        s.item(.list, .sales, "Named contact with a job title at a company of 200+ employees")
        s.item(.list, .marketing, "Visited the pricing page twice in 14 days")
        s.step("How fast Sales follows up")
        s.item(.list, .sales, "First call within 2 working days")
        s.item(.list, .marketing, "Rejected leads go back to nurturing with a reason", decline: "Needs a CRM field first")
        s.complete()
        return s
    }

    /// Retro: learnings and four actions.
    static func retro() -> SessionScript {
        var s = SessionScript("retro", id: "20261201-100000-cccccc", started: "2026-12-01T10:00:00Z")
        s.step("What we're looking back on")
        s.answer(.sales, "The Q4 webinar campaign: we hoped for 40 qualified meetings.")
        s.step("What went well")
        s.item(.list, .sales, "Lee's team briefed us before the webinar", agreed: false)
        s.step("What I contributed")
        s.item(.list, .marketing, "I sent the visitor list without asking what Sales needed from it", agreed: false)
        s.item(.list, .sales, "I stopped opening the report instead of saying it didn't help me", agreed: false)
        s.step("What I will do differently")
        s.item(.list, .marketing, "Ask Sales which fields they need before building the next report", agreed: false)
        s.step("Actions")
        s.item(.action, .marketing, "Add contact names and job titles to the weekly lead report", ["owner": "Lee", "due": "2026-12-04"])
        s.item(.action, .sales, "Share win/loss notes monthly", ["owner": "Dana", "due": "2027-01-15"])
        s.item(.action, .sales, "Call every webinar lead within 2 days", ["owner": "Dana", "due": "2026-12-20"])
        s.item(.action, .marketing, "Build a lead-status view both teams can see", ["owner": "Lee", "due": "2027-02-01"])
        s.step("Acknowledge each other")
        s.answer(.sales, "Lee, thank you for rebuilding the report in a week.")
        s.answer(.marketing, "Dana, thank you for telling me straight what didn't work.")
        s.complete()
        return s
    }

    /// Review: marks the retro's first action done.
    static func review() -> SessionScript {
        var s = SessionScript("review", id: "20261208-100000-dddddd", started: "2026-12-08T10:00:00Z")
        s.step("Walk the commitments")
        s.events.append(.commitmentUpdated(ref: "20261201-100000-cccccc/i5", status: .done, note: "", due: nil))
        s.complete()
        return s
    }

    /// Solo prep by Dana.
    static func prep() -> SessionScript {
        var s = SessionScript(
            "prep", id: "20261209-080000-eeeeee", started: "2026-12-09T08:00:00Z", participants: Participants(solo: "Dana"))
        s.step("Why it matters")
        s.answer(.sales, "Half our pipeline leaks between MQL and first call.")
        s.step("What we ask of leadership")
        s.item(.list, .sales, "One marketing-ops hire by February")
        s.step("Other questions they might ask")
        s.item(.list, .sales, "Why not just buy more leads? Because conversion, not volume, is the constraint.")
        s.step("Questions for your counterpart")
        s.item(.list, .sales, "Can Lee confirm the €1.2m pipeline baseline?")
        s.complete()
        return s
    }

    /// The co-created example: goals, roles, retro and review.
    static func coCreated(hostile: Bool = false) -> Plan {
        PlanBuilder.build(sessions: [goals(hostile: hostile).pair, roles().pair, retro().pair, review().pair], generated: generated)
    }

    /// The repository root (Tests/AccordCoreTests/Plan/… → four levels up).
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes the example plan pages (plan.html, plan.md, slides.html, plan.csv, draft.html) into `dir`.
    static func writeExamplePages(into dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let solo = PlanBuilder.build(sessions: [prep().pair], generated: generated)
        try PlanHTML.render(coCreated()).write(to: dir.appendingPathComponent("plan.html"), atomically: false, encoding: .utf8)
        try PlanMarkdown.render(coCreated()).write(to: dir.appendingPathComponent("plan.md"), atomically: false, encoding: .utf8)
        try PlanSlides.render(coCreated()).write(to: dir.appendingPathComponent("slides.html"), atomically: false, encoding: .utf8)
        try PlanCSV.render(coCreated()).write(to: dir.appendingPathComponent("plan.csv"), atomically: false, encoding: .utf8)
        try PlanHTML.render(solo).write(to: dir.appendingPathComponent("draft.html"), atomically: false, encoding: .utf8)
    }
}
