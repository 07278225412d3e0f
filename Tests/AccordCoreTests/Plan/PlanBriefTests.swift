import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanBriefTests {
    /// The example plan with Dana's solo prep, where she assigns the story's parts.
    static func withPrep(presenters: [String] = ["Dana: the story and the ask", "Lee: the goals, roles and the hand-off"]) -> Plan {
        var prep = PlanExamples.prep()
        prep.events.removeLast()  // .completed
        prep.step("Who presents which part")
        for line in presenters { prep.item(.list, .sales, line) }
        prep.complete()
        return PlanBuilder.build(
            sessions: [
                PlanExamples.goals().pair, PlanExamples.roles().pair, PlanExamples.retro().pair,
                PlanExamples.review().pair, prep.pair,
            ], generated: PlanExamples.generated)
    }

    /// A plan with more of everything than a page holds, and long words.
    static func overfull() -> Plan {
        var goals = SessionScript(
            "goals", id: "20261120-090000-aaaaaa", started: "2026-11-20T09:00:00Z",
            title: String(repeating: "A very long plan title ", count: 4))
        goals.step("Merge into joint goals")
        for i in 1...7 {
            goals.goal(
                .sales, "Goal \(i): " + String(repeating: "raise the rate of qualified conversations with named contacts ", count: 3),
                metric: "Goal \(i) "
                    + String(repeating: "conversion of marketing-qualified leads into opportunities ", count: 2), baseline: "\(10 + i)%",
                target: "\(40 + i)%",
                date: "2027-0\(i % 9 + 1)-15", owner: "Dana & Lee")
        }
        goals.complete()
        var retro = SessionScript("retro", id: "20261201-100000-cccccc", started: "2026-12-01T10:00:00Z")
        retro.step("Actions")
        for i in 1...9 {
            retro.item(
                .action, i % 2 == 0 ? .sales : .marketing,
                "Action \(i): " + String(repeating: "send the attendee list with names and questions ", count: 4),
                ["owner": i % 2 == 0 ? "Dana" : "Lee", "due": "2026-12-\(10 + i)"])
        }
        retro.complete()
        var prep = SessionScript(
            "prep", id: "20261209-080000-eeeeee", started: "2026-12-09T08:00:00Z", participants: Participants(solo: "Dana"))
        prep.step("What we ask of leadership")
        for i in 1...6 {
            prep.item(.list, .sales, "Ask \(i): " + String(repeating: "approve two hires and a budget for the events ", count: 5))
        }
        prep.complete()
        var parked = SessionScript("goals", id: "20261125-090000-ffffff", started: "2026-11-25T09:00:00Z")
        parked.step("Merge into joint goals")
        for i in 1...5 {
            parked.goal(
                .marketing, "Parked \(i) " + String(repeating: "double the event budget ", count: 6), metric: "Budget \(i)", baseline: "1",
                target: "2",
                date: "2027-03-31", owner: "Lee", decline: String(repeating: "not before the Q1 numbers ", count: 5))
        }
        parked.complete()
        return PlanBuilder.build(sessions: [parked.pair, goals.pair, retro.pair, prep.pair], generated: PlanExamples.generated)
    }

    @Test func briefHasEveryPartInOrderBeforeTheAppendix() throws {
        let plan = Self.withPrep()
        #expect(plan.status == .coCreated, "a solo prep beside co-created sessions does not draft the plan")
        let md = PlanMarkdown.render(plan)
        let parts = [
            "## Brief for leadership", "**What we agreed:** Dana (Sales) and Lee (Marketing) agreed 3 joint goals", "**Joint goals**",
            "**Our ask of leadership** _(Prepared by Dana in a solo prep; Lee to confirm)_", "1. One marketing-ops hire by February",
            "**Top commitments**", "**Hand-off:**", "**Still open:**", "**Who presents what:**", "**Sign-off:**",
            "# Appendix: the full plan", "## Joint goals",
        ]
        var at = md.startIndex
        for part in parts {
            let r = try #require(md.range(of: part, range: at..<md.endIndex), "\(part)")
            at = r.upperBound
        }
        let html = PlanHTML.render(plan)
        let brief = try #require(html.range(of: "<section class=\"brief\" id=\"brief\">"))
        let appendix = try #require(html.range(of: "<div class=\"appendix\" id=\"appendix\">"))
        #expect(brief.upperBound < appendix.lowerBound)
        #expect(html[brief.upperBound..<appendix.lowerBound].contains("signature and date"))
        #expect(PlanHTMLStyle.css.contains(".brief { break-after: page;"))
    }

    /// The repository's example store (goals, roles, retro, review, Dana's solo prep), read from a copy.
    static func exampleStore() throws -> Plan {
        let dir = TestScratch.url("example-store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = PlanExamples.repoRoot.appendingPathComponent("transcripts")
        // The first five sessions (goals … prep); the content sessions after them have tests of their own.
        let files = Array(
            try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".jsonl") }.sorted().prefix(5))
        for f in files { try FileManager.default.copyItem(at: source.appendingPathComponent(f), to: dir.appendingPathComponent(f)) }
        let store = TranscriptStore(directory: dir)
        let sessions = try files.map { f -> (header: SessionHeader, state: SessionState) in
            let file = try store.read(id: String(f.dropLast(6)))
            return (file.header, Workspace.state(of: file))
        }
        #expect(sessions.map(\.header.playbook) == ["goals", "roles", "retro", "review", "prep"])
        return PlanBuilder.build(sessions: sessions, generated: ISO8601DateFormatter().date(from: "2026-11-30T09:00:00Z")!)
    }

    @Test func exampleStoreBriefHasTheAskAndWhoPresents() throws {
        let plan = try Self.exampleStore()
        #expect(plan.status == .coCreated)
        let brief = PlanBrief(plan)
        #expect(
            brief.ask.map(\.text) == [
                "Approve backfilling the two open sales roles by February",
                "A decision that the event pipeline target waits for the Q1 event numbers",
            ])
        #expect(brief.askNote == "Prepared by Dana in a solo prep; Lee to confirm")
        #expect(
            brief.presenters.map(\.parts) == [
                ["the story", "the commitments", "the ask"], ["the goals", "roles and the hand-off", "open disagreements"],
            ])
        #expect(brief.handoff?.hasPrefix("Sales-ready lead: a named contact at a target account") == true)
        #expect(brief.openCommitments == 3 && brief.disagreements.count == 1)
    }

    @Test func briefCountsWhatDoesNotFit() {
        let plan = Self.overfull()
        let brief = PlanBrief(plan)
        #expect(brief.goals.count == PlanBrief.maxGoals && brief.moreGoals == 3)
        #expect(brief.ask.count == PlanBrief.maxAsk && brief.moreAsk == 3)
        #expect(
            brief.commitments.count == PlanBrief.maxCommitments
                && brief.moreCommitments == plan.commitments.count - PlanBrief.maxCommitments)
        #expect(brief.disagreements.count == PlanBrief.maxDisagreements && brief.moreDisagreements == 3)
        let html = PlanHTML.renderBrief(plan)
        #expect(html.contains("+ 3 more in the appendix"))
        #expect(PlanMarkdown.render(plan).contains("- + 3 more in the appendix"))
        // Top commitments: the earliest due first.
        #expect(brief.commitments.first?.due == "2026-12-11")
    }

    @Test func presentersComeFromPrepAndBothLeadsPresent() {
        let plan = Self.withPrep()
        let deck = PlanPresentation(plan)
        let byPart = Dictionary(uniqueKeysWithValues: deck.turns.map { ($0.slide.part, ($0.presenter, $0.assigned)) })
        #expect(byPart["story"]! == (.sales, true) && byPart["ask"]! == (.sales, true))
        #expect(byPart["goals"]! == (.marketing, true) && byPart["roles"]! == (.marketing, true))
        // Unassigned parts alternate: commitments after Lee's roles slide go to Dana, and so on.
        #expect(byPart["commitments"]! == (.sales, false))
        #expect(byPart["disagreements"]! == (.marketing, false))
        #expect(deck.turns.map(\.slide.part) == ["story", "goals", "roles", "commitments", "disagreements", "ask"])
        #expect(
            PlanMarkdown.render(plan).contains(
                "**Who presents what:** Dana (Sales): the story; the commitments; the ask · Lee (Marketing): the goals; roles and the hand-off; open disagreements"
            ))

        // With no assignment at all, voices alternate from the first slide.
        let plain = PlanPresentation(PlanExamples.coCreated())
        #expect(plain.turns.map(\.presenter) == [.sales, .marketing, .sales, .marketing, .sales, .marketing])
        #expect(!plain.turns.contains { $0.assigned })

        // A side or "me" names a lead too.
        let sides = PlanPresentation(Self.withPrep(presenters: ["Marketing: the story", "me: the goals", "Lee: the task of control"]))
        #expect(sides.turns.first { $0.slide.part == "ask" }?.assigned == false, "\"task\" is not the ask")
        #expect(sides.turns.first { $0.slide.part == "roles" }?.assigned == false, "\"control\" is not roles")
        #expect(sides.turns.first { $0.slide.part == "story" }?.presenter == .marketing)
        #expect(sides.turns.first { $0.slide.part == "goals" }?.presenter == .sales)
    }

    @Test func briefPrintsOnExactlyOnePageAtA4AndLetter() throws {
        guard ChromiumPrint.available else {
            print("chromium, pdfinfo or pdftotext not installed: the print check ran on the structure only")
            return
        }
        for plan in [
            try Self.exampleStore(), Self.withPrep(), Self.overfull(),
            PlanBuilder.build(sessions: [PlanExamples.prep().pair], generated: PlanExamples.generated),
        ] {
            if let keep = ProcessInfo.processInfo.environment["ACCORD_KEEP_PRINT_HTML"] {  // to look at the pages by hand
                try PlanHTML.render(plan).write(toFile: "\(keep)/\(plan.title.prefix(12)).html", atomically: true, encoding: .utf8)
            }
            for size in ["A4", "letter"] {
                if plan.sessions.count == 5 {  // the example store: the brief printed alone
                    let brief = try ChromiumPrint.print(PlanHTML.renderBrief(plan), size: size)
                    #expect(brief.pages == 1, "\(plan.title) at \(size): \(brief.pages) pages")
                }
                let full = try ChromiumPrint.print(PlanHTML.render(plan), size: size)
                #expect(full.pages >= 2)
                #expect(full.text[0].contains("signature and date") && full.text[0].uppercased().contains("BRIEF FOR LEADERSHIP"))
                #expect(full.text.count > 1 && full.text[1].uppercased().hasPrefix("APPENDIX: THE FULL PLAN"), "the appendix starts page 2")
            }
        }
    }

    @Test func deckPrintsOneSlidePerLandscapePage() throws {
        guard ChromiumPrint.available else {
            print("chromium, pdfinfo or pdftotext not installed: the deck print check ran on the structure only")
            return
        }
        for plan in [try Self.exampleStore(), Self.overfull()] {
            let html = PlanSlides.render(plan)
            let slides = html.components(separatedBy: "<section class=\"slide").count - 1
            let pdf = try ChromiumPrint.print(html, size: nil)
            #expect(pdf.pages == slides, "\(plan.title): \(pdf.pages) pages for \(slides) slides")
            for (i, page) in pdf.text.enumerated().dropFirst() { #expect(page.contains("Presented by"), "page \(i + 1)") }
        }
    }
}
