import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanSectionRegistryTests {
    /// Names of the types in Sources/ that declare conformance to `PlanSection` or `PlanEntrySection`.
    static func declaredSectionTypes() throws -> Set<String> {
        let root = PlanExamples.repoRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:enum|struct|class|extension)\s+(\w+)\s*:[^{]*\bPlan(?:Entry)?Section\b"#)
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { names.insert(String(text[r])) }
            }
        }
        return names
    }

    @Test func everySectionTypeIsRegistered() throws {
        let declared = try Self.declaredSectionTypes()
        let registered = Set(PlanSectionRegistry.all.map { String(describing: $0) })
        #expect(declared.count >= 14)
        #expect(
            declared.subtracting(registered).isEmpty,
            "declared but not in PlanSectionRegistry.all: \(declared.subtracting(registered).sorted())")
        #expect(registered.subtracting(declared).isEmpty)
    }

    @Test func keysTitlesAndStepKeysAreUnique() {
        let all = PlanSectionRegistry.all
        #expect(Set(all.map { $0.key }).count == all.count)
        #expect(Set(all.map { $0.title }).count == all.count)
        let steps = all.compactMap { $0.stepKey }
        #expect(Set(steps).count == steps.count)
        #expect(steps.map(\.rawValue) == PlaybookParser.planValues)
    }

    @Test func stepKeysAreOnlyThoseSectionsDeclare() {
        for key in PlanStepKey.all { #expect(PlanStepKey(rawValue: key.rawValue.uppercased()) == key) }
        #expect(PlanStepKey(rawValue: "goals") == nil)  // goals reach the plan by their capture, not a plan: key
        #expect(PlanStepKey(rawValue: "nonsense") == nil)
        // Stored playbooks may name a key this build does not know: it decodes, it just feeds nothing.
        let step = try? JSONDecoder().decode(
            Step.self,
            from: Data(
                #"{"title":"S","prompt":"P","who":"each","capture":"text","agree":false,"coach":false,"activities":[],"line":3,"plan":"funnel"}"#
                    .utf8))
        #expect(step?.plan?.rawValue == "funnel")
    }

    @Test func schemaFileIsGeneratedFromTheSections() throws {
        let file = try String(contentsOf: PlanExamples.repoRoot.appendingPathComponent("docs/plan.schema.json"), encoding: .utf8)
        if let out = ProcessInfo.processInfo.environment["ACCORD_WRITE_PLAN_SCHEMA"] {
            try PlanSchema.text.write(toFile: out, atomically: true, encoding: .utf8)
        }
        #expect(file == PlanSchema.text, "docs/plan.schema.json is stale: regenerate it (docs/plan.md, \"Adding a plan section\")")
        // Every section is a required property with its own schema.
        let required = PlanSchema.document["required"]
        for s in PlanSectionRegistry.all {
            #expect(PlanSchema.document["properties"]?[s.key] == s.schema)
            if case .array(let keys)? = required { #expect(keys.contains(.string(s.key))) }
        }
    }

    @Test func jsonHasEveryRegisteredSectionAndNothingElse() throws {
        let json = PlanJSON.render(PlanExamples.coCreated())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let keys = Set(object.keys)
        guard case .object(let properties)? = PlanSchema.document["properties"] else {
            Issue.record("no properties")
            return
        }
        #expect(keys == Set(properties.map(\.0)).subtracting(["draftReason"]))
    }

    /// Every non-empty section shows under the same title in Markdown, HTML and the preview.
    @Test func titlesAreTheSameInEveryFormat() {
        for plan in PlanRenderTests.realisticPlans {
            let md = PlanMarkdown.render(plan)
            let html = PlanHTML.render(plan)
            let preview = PlanPreview.lines(plan).map(\.text)
            for s in PlanSectionRegistry.all where !s.isEmpty(in: plan) {
                #expect(md.contains("\n## \(s.title)\n"), "\(s.title) in Markdown")
                #expect(html.contains("<section id=\"\(s.key)\"><h2>\(PlanHTML.esc(s.title))</h2>"), "\(s.title) in HTML")
                if !s.previewBody(plan).isEmpty { #expect(preview.contains("\(s.title):"), "\(s.title) in the preview") }
            }
        }
        let md = PlanMarkdown.render(PlanExamples.coCreated())
        #expect(
            md.contains("## How we keep score") && !PlanPreview.lines(PlanExamples.coCreated()).contains { $0.text == "Keeping score:" })
    }
}
