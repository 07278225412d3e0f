import Foundation
import Testing

@testable import AccordCore

@Suite struct BuiltinPlaybookTests {
    /// The repository root, from this file's path (Tests/AccordCoreTests/Playbook/…).
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func builtin(_ id: String) throws -> Playbook {
        try #require(PlaybookLibrary.load(extraDirectories: []).library.playbook(id: id))
    }

    @Test func embeddedFilesMatchPromptsDirectory() throws {
        let dir = Self.repoRoot.appendingPathComponent("prompts")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        let embedded = BuiltinPlaybooks.texts
        #expect(embedded.map(\.name) == names, "prompts/ and the embedded playbooks differ: run scripts/embed-prompts")
        for name in names {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let text = embedded.first { $0.name == name }?.text
            #expect(text == onDisk, "prompts/\(name) changed since it was embedded: run scripts/embed-prompts")
        }
    }

    @Test func everyBuiltinParses() {
        let result = BuiltinPlaybooks.parseAll()
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description).joined(separator: "\n"))")
        #expect(
            result.playbooks.map(\.id).sorted() == ["goals", "insights", "prep", "retro", "review", "roles", "segments", "sla", "winloss"])
        for p in result.playbooks {
            #expect(p.source == "built-in:\(p.id).md")
            #expect(!p.purpose.isEmpty && p.steps.count >= 3)
            #expect(p.contentHash.count == 16)
        }
    }

    @Test func goalsProposeSeparatelyThenMerge() throws {
        let goals = try builtin("goals")
        #expect(goals.recap)
        let proposals = goals.steps.filter { $0.capture == .goal && !$0.agree }
        #expect(Set(proposals.map(\.who)) == [.sales, .marketing])
        let merge = try #require(goals.steps.first { $0.title.lowercased().contains("merge") })
        #expect(merge.capture == .goal && merge.agree)
        let mergeIndex = try #require(goals.steps.firstIndex(of: merge))
        #expect(proposals.allSatisfy { goals.steps.firstIndex(of: $0)! < mergeIndex })
        #expect(goals.steps.last?.capture == .agreement)
        #expect(
            PlaybookCommands.check(path: Self.repoRoot.appendingPathComponent("prompts/goals.md").path)
                == ("ok: goals (8 steps)\n", .ok))
    }

    /// The content playbooks declare the records a seasoned leader would ask for, and the funnel
    /// records in goals, sla and review are drawn by the funnel section.
    @Test func contentPlaybooksDeclareTheirRecords() throws {
        func fields(_ id: String, _ step: String) throws -> [String] {
            try #require(try builtin(id).steps.first { $0.title == step }).fields.map(\.name)
        }
        #expect(
            try fields("winloss", "The deals") == [
                "deal", "segment", "size", "outcome", "competitor", "decision criteria", "main reason",
                "in their words", "messaging", "marketing could have provided", "sales learned", "closed",
            ])
        #expect(
            try fields("segments", "How each segment buys").starts(with: [
                "segment", "buying committee", "triggers", "where they research", "cycle days",
                "content that helps", "disqualifiers",
            ]))
        #expect(try fields("insights", "Content requests") == ["asset", "asked by", "stage", "segment", "due", "owner"])
        #expect(try fields("sla", "What Sales commits to").starts(with: ["commitment", "target", "measured by"]))
        for (id, step) in [("goals", "The funnel"), ("sla", "The funnel today"), ("review", "The funnel now")] {
            let s = try #require(try builtin(id).steps.first { $0.title == step })
            #expect(s.capture == .record && FunnelSection.isFunnel(s.fields), "\(id): \(step)")
        }
        #expect(
            try builtin("review").steps.contains {
                $0.title == "SLA adherence" && $0.fields.map(\.name).starts(with: ["commitment", "agreed", "actual", "period"])
            })
    }

    @Test func rolesMapsAllNineActivitiesAndTheHandOff() throws {
        let roles = try builtin("roles")
        let raci = try #require(roles.steps.first { $0.capture == .raci })
        #expect(raci.activities.count == 9)
        let wanted = [
            "lead definition", "lead scoring", "nurturing", "hand-off", "follow-up", "win/loss",
            "customer insight", "content for sales", "crm hygiene",
        ]
        for w in wanted { #expect(raci.activities.contains { $0.lowercased().contains(w) }, "missing \(w)") }
        #expect(raci.prompt.contains("Exactly one A"))
        #expect(roles.steps.filter { $0.capture == .list && $0.agree }.count >= 3)
        #expect(roles.steps.contains { $0.prompt.contains("contact names") })
        #expect(roles.steps.last?.capture == .agreement)
    }

    @Test func retroIsBlameFree() throws {
        let retro = try builtin("retro")
        #expect(retro.recap)
        #expect(retro.steps.first?.capture == .agreement)
        #expect(retro.steps.filter(\.coach).count >= 2)
        let action = try #require(retro.steps.first { $0.capture == .action })
        #expect(action.agree)
        #expect(retro.steps.contains { $0.prompt.contains("what did *I* do") })
        #expect(retro.steps.contains { $0.prompt.contains("differently next time") })
    }

    @Test func reviewWalksCommitmentsAndPrepShowsPlan() throws {
        let review = try builtin("review")
        let walk = try #require(review.steps.first { $0.capture == .commitments })
        #expect(walk.coach)
        #expect(review.steps.contains { $0.capture == .action })
        let prep = try builtin("prep")
        #expect(prep.steps.first?.show == .plan)
        #expect(prep.steps.allSatisfy { PlaybookPlaceholders.names(in: $0.prompt).isEmpty })
        #expect(prep.steps.contains { $0.title.lowercased().contains("counterpart") })
    }
}

@Suite struct PlaybookReadmeTests {
    @Test func readmeExampleIsAValidPlaybook() throws {
        let url = BuiltinPlaybookTests.repoRoot.appendingPathComponent("prompts/README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: "```markdown\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let p = try PlaybookParser.parse(example, source: "README example")
        #expect(p.steps.map(\.capture) == [.text, .goal, .raci])
        #expect(p.steps[2].activities == ["Lead scoring", "Hand-off to Sales"])
    }
}
