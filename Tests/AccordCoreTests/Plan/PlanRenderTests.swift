import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanRenderTests {
    static let schema = PlanExamples.repoRoot.appendingPathComponent("docs/plan.schema.json")

    static var realisticPlans: [Plan] {
        let g = PlanExamples.generated
        return [
            PlanExamples.coCreated(),
            PlanExamples.coCreated(hostile: true),
            PlanBuilder.build(sessions: [PlanExamples.goals().pair], generated: g),
            PlanBuilder.build(sessions: [PlanExamples.roles().pair], generated: g),
            PlanBuilder.build(sessions: [PlanExamples.retro().pair, PlanExamples.review().pair], generated: g),
            PlanBuilder.build(sessions: [PlanExamples.prep().pair], generated: g),
            PlanBuilder.build(sessions: [PlanExamples.goals().pair, PlanExamples.prep().pair], generated: g),
            PlanBuilder.build(sessions: [], generated: g),
        ]
    }

    @Test func jsonValidatesAgainstTheSchema() throws {
        for plan in Self.realisticPlans {
            let json = PlanJSON.render(plan)
            #expect(json.contains("\"schema\" : \"https://accord.local/schemas/plan-v1.json\""))
            #expect(json.contains("\"version\" : 1"))
            do { try PythonCheck.validate(json: json, schema: Self.schema) } catch {
                Issue.record("\(plan.title): \(error)")
            }
            #expect(try PlanJSON.decode(json) == plan)
        }
    }

    @Test func jsonKeysAreSorted() {
        let json = PlanJSON.render(PlanExamples.coCreated())
        let top = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(top == top.sorted())
    }

    @Test func htmlIsWellFormedAndSelfContained() throws {
        for plan in Self.realisticPlans {
            let html = PlanHTML.render(plan)
            do { try PythonCheck.wellFormed(html: html) } catch { Issue.record("\(plan.title): \(error)") }
            #expect(!html.contains("<script"))
            #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://"))
            #expect(!html.contains("https://"))
            #expect(html.contains("@page { size: auto; margin: 12mm 14mm; }"))
            #expect(html.contains("@media print"))
        }
    }

    @Test func userTextIsEscapedInHTMLAndMarkdown() {
        let plan = PlanExamples.coCreated(hostile: true)
        let html = PlanHTML.render(plan)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let md = PlanMarkdown.render(plan)
        #expect(!md.contains("<script>"))
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(PlanHTML.esc("a&b<c>\"d'e\u{1b}[31m") == "a&amp;b&lt;c&gt;&quot;d&#39;e[31m")
    }

    @Test func parkedItemsAppearUnderOpenDisagreements() throws {
        let plan = PlanExamples.coCreated()
        let md = PlanMarkdown.render(plan)
        let open = try #require(md.range(of: "## Open disagreements"))
        let after = md[open.upperBound...]
        let end = after.range(of: "\n## ")?.lowerBound ?? after.endIndex
        let section = after[..<end]
        #expect(section.contains("Double event budget"))
        #expect(section.contains("declined by Dana: “Not until we see the Q1 event results”"))
        #expect(section.contains("Who owns partner-sourced leads?"))
        let html = PlanHTML.render(plan)
        let disagreements = try #require(html.range(of: "<section id=\"disagreements\">"))
        #expect(html[disagreements.upperBound...].contains("Double event budget"))
    }

    @Test func soloPlanIsMarkedDraftEverywhere() {
        let plan = PlanBuilder.build(sessions: [PlanExamples.prep().pair], generated: PlanExamples.generated)
        #expect(PlanMarkdown.render(plan).contains("DRAFT — not yet co-created"))
        #expect(PlanHTML.render(plan).contains("DRAFT — not yet co-created"))
        #expect(PlanJSON.render(plan).contains("\"status\" : \"draft\""))
        #expect(PlanMarkdown.render(plan).contains("## Questions to take to your counterpart"))
        let co = PlanExamples.coCreated()
        #expect(!PlanMarkdown.render(co).contains("DRAFT"))
        #expect(!PlanHTML.render(co).contains("DRAFT"))
    }

    @Test func htmlHasTheVisuals() {
        let html = PlanHTML.render(PlanExamples.coCreated())
        // Each goal's bar in the brief and again in the appendix.
        #expect(html.components(separatedBy: "<svg class=\"bar\"").count - 1 == 6)
        #expect(html.contains("<svg class=\"timeline\""))
        #expect(html.contains("<span class=\"pill A\">A</span>"))
        #expect(html.contains("Sales <strong>Dana</strong>"))
    }

    @Test func leadingNumbers() {
        #expect(PlanText.leadingNumber("18%")! == (18, true))
        #expect(PlanText.leadingNumber("€1.2m")! == (1.2, false))
        #expect(PlanText.leadingNumber("about 1,200 a month")! == (1200, false))
        #expect(PlanText.leadingNumber("72h.")! == (72, false))
        #expect(PlanText.leadingNumber("none yet") == nil)
        #expect(PlanSVG.goalBar(baseline: "unknown", target: "25%") == nil)
    }

    @Test func writesTheExamplePages() throws {
        let dir = TestScratch.url("plan-example")
        defer { try? FileManager.default.removeItem(at: dir) }
        try PlanExamples.writeExamplePages(into: dir)
        for name in ["plan.html", "plan.md", "slides.html", "plan.csv", "draft.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
    }
}
