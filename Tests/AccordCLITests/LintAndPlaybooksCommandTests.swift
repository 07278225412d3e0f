import Foundation
import Testing

/// `accord lint` and `accord playbooks` through the binary.
@Suite("accord lint and playbooks")
struct LintAndPlaybooksCommandTests {
    static let mixed = """
        Sales never follows up on the webinar leads we send them
        I will send the attendee list within 24 hours
        Marketing always sends us junk leads
        We agreed to review the funnel monthly

        """

    private func write(_ text: String, _ name: String, in s: CLIStore) throws -> String {
        let path = s.base + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func lintFlagsOneLinePerBlamingStatement() throws {
        let s = try CLIStore()
        let r = try s.run(["lint", try write(Self.mixed, "notes.txt", in: s)])
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("1: \"Sales never follows up") == true)
        #expect(lines.last?.hasPrefix("3: \"Marketing always sends us junk leads\"") == true)
        #expect(lines.allSatisfy { $0.contains(" — ") && $0.contains("Try: ") })
    }

    @Test func lintCleanFileMissingFileStdinAndJSON() throws {
        let s = try CLIStore()
        let clean = try s.run(["lint", try write("I will call every question-asker within 2 working days\n", "clean.txt", in: s)])
        #expect(clean.status == 0)
        #expect(clean.out.isEmpty || !clean.out.contains("\""))
        let missing = try s.run(["lint", s.base + "/nope.txt"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("nope.txt"))
        let stdin = try s.run(["lint", "-"], input: Self.mixed)
        #expect(stdin.status == 1)
        let json = try s.run(["lint", "--json", try write(Self.mixed, "notes.txt", in: s)])
        #expect(json.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(doc["checked"] as? Int == 4)
        #expect(doc["flagged"] as? Int == 2)
        let flags = try #require(doc["flags"] as? [[String: Any]])
        #expect(flags.compactMap { $0["line"] as? Int } == [1, 3])
        #expect(flags.allSatisfy { $0["reason"] is String && $0["suggestion"] is String })
    }

    @Test func playbooksListsTheBuiltIns() throws {
        let s = try CLIStore()
        let r = try s.run(["playbooks"])
        #expect(r.status == 0)
        for id in ["goals", "roles", "retro", "review", "prep"] {
            #expect(r.out.contains("\n\(id) "), "\(id) missing from:\n\(r.out)")
        }
    }

    @Test func checkingAMalformedPlaybookNamesFileAndLine() throws {
        let s = try CLIStore()
        let bad = try write("# Bad\nid: bad\npurpose: x\n\n## Step\nwho: nobody\ncapture: nonsense\n\nHello\n", "bad.md", in: s)
        let r = try s.run(["playbooks", "check", bad])
        #expect(r.status == 65)
        let text = r.out + r.err
        #expect(text.contains("\(bad):6: who: \"nobody\""))
        #expect(text.contains("\(bad):7: capture: \"nonsense\""))
        let good = try s.run(["playbooks", "check", CLIStore.root.appendingPathComponent("prompts/retro.md").path])
        #expect(good.status == 0)
    }

    @Test func aNewPlaybookInThePromptsDirectoryIsListedAndRunsWithoutRecompiling() throws {
        let s = try CLIStore()
        let dir = s.base + "/prompts"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = try write(
            """
            # Pipeline check-in
            id: pipeline
            purpose: A ten-minute weekly look at the shared funnel.

            ## This week
            who: each
            capture: text

            {sales}, {marketing}: one number each from this week's funnel report that surprised you.

            ## One action
            who: either
            capture: action
            agree: yes

            One action for the coming week, with an owner and a due date.

            """, "prompts/pipeline.md", in: s)
        let list = try s.run(["playbooks", "--prompts", dir])
        #expect(list.status == 0)
        #expect(list.out.contains("pipeline") && list.out.contains("Pipeline check-in"))
        let input = """
            SQLs up 12% week on week
            Only 40% of hand-offs had a phone number
            Add phone number to the hand-off form, owner Lee, due 2026-12-04
            yes


            """
        let r = try s.run(["start", "pipeline", "--sales", "Dana", "--marketing", "Lee", "--prompts", dir], input: input)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Dana, Lee: one number each"))
        #expect(
            r.out.contains(
                "── Pipeline check-in: done ──\nAgreed by both (1):\n  ✓ Add phone number to the hand-off form, owner Lee, due 2026-12-04"))
        #expect(r.out.contains("Parking lot: empty."))
        let commitments = try s.run(["commitments", "--today", "2026-11-30"])
        #expect(commitments.out.contains("Add phone number to the hand-off form"))
    }
}
