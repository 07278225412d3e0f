import Foundation
import Testing

/// The committed example store (`transcripts/`) and the example answer scripts
/// (`transcripts/examples/*.txt`), through the built binary with pipes.
@Suite("Example store and scripts")
struct ExampleStoreTests {
    @Test func committedTranscriptsReadWithoutDamageAndAreComplete() throws {
        let names = CLIStore.committedTranscripts(all: true)
        #expect((2...12).contains(names.count), "transcripts/ should hold a small example store, found \(names)")
        let s = try CLIStore.withCommittedExamples(all: true)
        let sessions = try s.sessions()
        #expect(sessions.count == names.count)
        #expect(Set(sessions.map(\.playbook)) == ["goals", "roles", "retro", "review", "prep", "sla", "segments", "insights", "winloss"])
        #expect(sessions.filter { $0.playbook == "winloss" }.count == 2, "two win/loss sessions, for the roll-up")
        for session in sessions {
            #expect(session.status == "completed", "\(session.id) is \(session.status)")
            let shown = try s.run(["show", session.id])
            #expect(shown.status == 0)
            #expect(shown.err.isEmpty, "show \(session.id) warned: \(shown.err)")
            #expect(shown.out.contains(": done ──"))
        }
        // Reading never changes the files (a clone's 0644 stays as it is; only writers tighten).
        for name in names { #expect(try s.mode(s.store + "/" + name) == 0o644) }
        let list = try s.run(["list"])
        #expect(list.status == 0 && list.err.isEmpty)
        #expect(list.out.contains("Dana (solo)"))
    }

    /// The example scripts are ordinary answers, frank about misses and trade-offs; the coach nudges
    /// the one blaming line the retro script holds on purpose and nothing else (docs/coach.md: a
    /// model that nudges the product's own neutral content is not shipped).
    @Test func theCoachNudgesOnlyTheRetroScriptsBlamingLine() throws {
        let folder = CLIStore.root.appendingPathComponent("transcripts/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .map { String($0.dropLast(4)) }.sorted()
        #expect(names.count >= 10, "\(names)")
        let nudge = "A thought before I note that:"
        for name in names {
            let s = try CLIStore()
            let r = try s.run(CLIStore.startArguments(name), input: try CLIStore.script(name))
            #expect(r.status == 0, "\(name): \(r.err)")
            let lines = r.out.split(separator: "\n")
            let nudged = lines.indices.filter { lines[$0].contains(nudge) }.map { lines[$0 - 1] }
            if name == "retro" {
                #expect(nudged.count == 1 && nudged.allSatisfy { $0.contains("Sales never follows up on the webinar leads") }, "\(nudged)")
            } else {
                #expect(nudged.isEmpty, "\(name): \(nudged)")
            }
        }
    }

    @Test func committedStoreIgnoresLocalState() throws {
        let ignore = try String(contentsOf: CLIStore.root.appendingPathComponent("transcripts/.gitignore"), encoding: .utf8)
        #expect(ignore.contains("*.lock") && ignore.contains(".cache/"))
    }

    @Test func everyExampleScriptRunsItsPlaybookEndToEnd() throws {
        let s = try CLIStore()
        let goals = try s.runExample("goals")
        #expect(goals.status == 0, "\(goals.err)")
        #expect(goals.out.contains("── Co-create shared goals: done ──\nAgreed by both (11):"))
        #expect(goals.out.contains("  ✓ stage: lead — count: 420; period: August 2026"))
        #expect(goals.out.contains("Parking lot — open, to come back to (1):\n  ⏸ Double event pipeline"))
        // The date is said once: "by Q2 2027" is not followed by "by 2027-06-30".
        #expect(!goals.out.contains("by Q2 2027, owner Lee, by 2027-06-30"))

        let roles = try s.runExample("roles")
        #expect(roles.status == 0, "\(roles.err)")
        #expect(roles.out.contains("── Roles and responsibilities across the funnel: done ──\nAgreed by both ("))
        #expect(roles.out.contains("Parking lot: empty."))

        let retro = try s.runExample("retro")
        #expect(retro.status == 0, "\(retro.err)")
        #expect(retro.out.contains("── Blame-free retrospective: done ──\nAgreed by both (2):"))
        #expect(retro.out.contains("Last time you agreed to 3 things that are still open:"))

        let review = try s.runExample("review")
        #expect(review.status == 0, "\(review.err)")
        #expect(review.out.contains("Last time you agreed to 5 things that are still open:"))
        #expect(
            review.out.contains(
                "── Review open commitments: done ──\nAgreed by both (7):\n  ✓ stage: lead — count: 470; period: October 2026"))
        #expect(review.out.contains("  ✓ Agree a follow-up cover plan while we hire, owner Dana, due 2026-12-18"))
        #expect(review.out.contains("Commitments reviewed (5): 2 done, 1 in progress, 1 slipped, 1 dropped."))

        let prep = try s.runExample("prep")
        #expect(prep.status == 0, "\(prep.err)")
        #expect(prep.out.contains("── Prepare for a leadership review: done ──\nDRAFT — not yet co-created"))
        #expect(prep.out.contains("The ask of leadership (2):\n  • Approve backfilling the two open sales roles by February"))
        #expect(prep.out.contains("Take these to your counterpart (2):"))
        #expect(prep.out.contains("Who presents what (2):\n  • Dana: the story and the ask"))
        // Its first step shows the latest agreed plan, between the step title and the prompt that
        // refers to it ("Above is the latest plan…").
        let title = try #require(prep.out.range(of: "Step 1 of 10 · Where the plan stands"))
        let preview = try #require(prep.out.range(of: "Plan preview"))
        let above = try #require(prep.out.range(of: "Above is the latest plan"))
        #expect(title.upperBound < preview.lowerBound && preview.upperBound < above.lowerBound)
        #expect(prep.out.contains("Dana (Sales) & Lee (Marketing) agreed: 3 joint goals"))

        for run in [goals, roles, retro, review, prep] {
            #expect(run.out.contains("Saved as "))
            #expect(!run.bytes.contains(0x1B), "piped output has no escape sequences")
        }
        let sessions = try s.sessions()
        #expect(Set(sessions.map(\.playbook)) == ["goals", "roles", "retro", "review", "prep"])
        #expect(sessions.allSatisfy { $0.status == "completed" })
    }

    @Test func resumingAClonedTranscriptTightensItsPermissions() throws {
        let s = try CLIStore()
        let lines = try CLIStore.script("retro").split(separator: "\n", omittingEmptySubsequences: false)
        let first = try s.run(
            ["start", "retro", "--sales", "Dana", "--marketing", "Lee"], input: lines.prefix(4).joined(separator: "\n") + "\n")
        #expect(first.status == 0)
        #expect(first.out.contains("Session paused and saved."))
        let session = try #require(try s.sessions().first)
        let file = s.store + "/" + session.id + ".jsonl"
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try s.run(["list"]).status == 0)
        #expect(try s.run(["show", session.id]).status == 0)
        #expect(try s.mode(file) == 0o644)
        let rest = try s.run(["resume", session.id], input: lines.dropFirst(4).joined(separator: "\n"))
        #expect(rest.status == 0, "\(rest.err)")
        #expect(rest.out.contains("── Blame-free retrospective: done ──"))
        #expect(try s.mode(file) == 0o600)
    }
}
