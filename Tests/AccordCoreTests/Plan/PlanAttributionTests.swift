import Foundation
import Testing

@testable import AccordCore

/// Truthful attribution: joint items read as joint; a line kept after a coach nudge is never a fact
/// for leadership; open disagreements show in every format.
@Suite struct PlanAttributionTests {
    static let kept = "Sales never follows up on the webinar leads we send them"
    static let rephrased = "Follow-up on webinar leads took 6 days on average"

    /// A retro where Lee keeps one flagged line and rephrases another.
    static func retroWithKeptLine() -> SessionScript {
        var s = SessionScript("retro", id: "20261201-100000-cccccc", started: "2026-12-01T10:00:00Z")
        s.step("Facts and timeline")
        s.item(.list, .sales, "Webinars ran 12 Sep, 26 Sep and 10 Oct", agreed: false)
        s.events.append(
            .coachFlag(
                speaker: .marketing, original: kept, reason: "Generalises about Sales ('never')", suggestion: "Ask what got in the way"))
        s.events.append(.coachChoice(speaker: .marketing, choice: .keep))
        s.item(.list, .marketing, kept, agreed: false)
        s.events.append(
            .coachFlag(speaker: .marketing, original: "Sales ignored the list", reason: "Blames", suggestion: "Say what happened"))
        s.events.append(.coachChoice(speaker: .marketing, choice: .rephrase))
        s.item(.list, .marketing, rephrased, agreed: false)
        s.step("Actions")
        s.item(.action, .marketing, "Send attendee list with contact names within 24 hours", ["owner": "Lee", "due": "2026-12-15"])
        s.complete()
        return s
    }

    static func plan() -> Plan {
        PlanBuilder.build(
            sessions: [PlanExamples.goals().pair, PlanExamples.roles().pair, retroWithKeptLine().pair], generated: PlanExamples.generated)
    }

    /// The text of `rendered` outside the "In their own words" section (Markdown or HTML).
    static func outsideOwnViews(_ rendered: String, markdown: Bool) -> String {
        let start = markdown ? "\n## \(OwnViewsSection.title)\n" : "<section id=\"\(OwnViewsSection.key)\">"
        guard let a = rendered.range(of: start) else { return rendered }
        let end = markdown ? "\n## " : "</section>"
        let b = rendered.range(of: end, range: a.upperBound..<rendered.endIndex)?.lowerBound ?? rendered.endIndex
        return String(rendered[..<a.lowerBound]) + String(rendered[b...])
    }

    @Test func aKeptNudgedLineIsAbsentFromTheFactsInEveryFormat() throws {
        let plan = Self.plan()
        #expect(!plan.context.contains { $0.text.contains(Self.kept) })
        #expect(plan.context.contains { $0.text == Self.rephrased }, "a rephrased line is a fact as rephrased")
        #expect(plan.ownViews.map(\.text) == [Self.kept] && plan.ownViews.first?.by == "Lee")

        let md = PlanMarkdown.render(plan)
        let html = PlanHTML.render(plan)
        #expect(md.contains("Lee’s own view (kept after the coach’s nudge)") && md.contains(Self.kept))
        #expect(html.contains("Lee’s own view (kept after the coach’s nudge)"))
        #expect(!Self.outsideOwnViews(md, markdown: true).contains(Self.kept), "Markdown facts, brief")
        #expect(!Self.outsideOwnViews(html, markdown: false).contains(PlanHTML.esc(Self.kept)), "HTML facts, brief")
        #expect(!PlanHTML.renderBrief(plan).contains(PlanHTML.esc(Self.kept)))
        #expect(!PlanSlides.render(plan).contains(PlanHTML.esc(Self.kept)), "slides")
        #expect(!PlanCSV.render(plan).contains(Self.kept), "CSV")
        #expect(!PlanPreview.lines(plan).contains { $0.text.contains(Self.kept) && !$0.text.contains("own view") }, "preview")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PlanJSON.render(plan).utf8)) as? [String: Any])
        for (key, value) in json where key != OwnViewsSection.key {
            let text = String(decoding: try JSONSerialization.data(withJSONObject: ["v": value]), as: UTF8.self)
            #expect(!text.contains("never follows up"), "JSON \(key)")
        }
        #expect(try PlanJSON.decode(PlanJSON.render(plan)) == plan)
        try PythonCheck.validate(json: PlanJSON.render(plan), schema: PlanRenderTests.schema)
    }

    @Test func agreedItemsReadAsJointNotAsOnePersons() {
        let plan = PlanExamples.coCreated()
        let md = PlanMarkdown.render(plan)
        let html = PlanHTML.render(plan)
        #expect(md.contains("- Weekly funnel report by stage, sent Monday by Marketing _(agreed by both · proposed by Lee)_"))
        #expect(!md.contains("Lee: Weekly funnel report"))
        #expect(
            html.contains(
                "Weekly funnel report by stage, sent Monday by Marketing <span class=\"joint\">agreed by both · proposed by Lee</span>"))
        // Statements nobody agreed to stay in the speaker's name.
        #expect(md.contains("- Dana: The Q4 webinar campaign"))
    }

    @Test func openDisagreementsShowInEveryFormat() throws {
        let plan = PlanExamples.coCreated()
        let budget = "Double event budget"
        #expect(PlanMarkdown.render(plan).components(separatedBy: budget).count - 1 >= 2, "brief and appendix")
        #expect(PlanHTML.renderBrief(plan).contains(budget))
        #expect(PlanHTML.render(plan).contains(budget))
        let slides = PlanSlides.render(plan)
        #expect(slides.contains(budget) && slides.contains("How we resolve it"))
        #expect(PlanJSON.render(plan).contains(budget))
        #expect(PlanPreview.lines(plan).contains { $0.text.contains(budget) })
        // The CSV lists agreed items, and each open disagreement as "not agreed".
        #expect(
            PlanCSV.render(plan).split(separator: "\r\n").contains {
                $0.hasPrefix("disagreement,") && $0.contains(budget) && $0.contains(",not agreed,")
            })
    }
}
