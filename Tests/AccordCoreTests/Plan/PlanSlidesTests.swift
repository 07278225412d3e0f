import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanSlidesTests {
    @Test func deckIsSelfContainedWellFormedAndNamesAPresenterOnEverySlide() throws {
        let plan = PlanBriefTests.withPrep()
        let html = PlanSlides.render(plan)
        try PythonCheck.wellFormed(html: html)
        #expect(!html.contains("https://") && !html.contains(" src=") && !html.contains("<link") && !html.contains("@import"))
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://"))
        let slides = html.components(separatedBy: "<section class=\"slide").dropFirst()
        #expect(slides.count == 7)
        #expect(slides.first?.contains("Presented together by Dana (Sales) and Lee (Marketing)") == true)
        for slide in slides.dropFirst() { #expect(slide.contains("Presented by <strong>")) }
        #expect(
            slides.contains { $0.contains("Presented by <strong>Dana</strong>") }
                && slides.contains { $0.contains("Presented by <strong>Lee</strong>") })
        // The story first, the ask last, open disagreements with how they will be resolved.
        let titles = [
            "The story: why, what, our ask", GoalsSection.title, "Roles and the hand-off", "Commitments timeline",
            "Open disagreements and how we will resolve them", AskSection.title,
        ]
        for (slide, title) in zip(slides.dropFirst(), titles) { #expect(slide.contains("<h2>\(PlanHTML.esc(title))</h2>"), "\(title)") }
        #expect(html.contains("How we resolve it:"))
        // Readable with scripts off: every slide is in the page; the script only moves between them.
        let script = try #require(html.range(of: "<script>")).upperBound
        #expect(html[script...].contains("ArrowRight") && !html[script...].contains("innerHTML"))
        #expect(html.contains("@page { size: landscape; margin: 0; }") && html.contains("break-after: page"))
    }

    @Test func aSectionsSlideJoinsTheDeckThroughTheRegistry() {
        // Every section that returns a slide is in the deck, between the story and the ask, in registry order.
        let plan = PlanExamples.coCreated()
        let deck = PlanPresentation(plan).turns.map(\.slide.part)
        let fromSections = PlanSectionRegistry.all.compactMap { $0.slideOf(plan)?.part }
        #expect(deck == ["story"] + fromSections + ["ask"])
        #expect(fromSections == [GoalsSection.key, RolesSection.key, CommitmentsSection.key, DisagreementsSection.key])
    }

    @Test func aDraftDeckSaysSo() {
        let html = PlanSlides.render(PlanBuilder.build(sessions: [PlanExamples.prep().pair], generated: PlanExamples.generated))
        #expect(html.contains("DRAFT — not yet co-created"))
    }
}
