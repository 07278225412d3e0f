import Foundation
import Testing

/// `accord plan` through the binary, on the example sessions.
@Suite("accord plan")
struct PlanCommandTests {
    static let schema = CLIStore.root.appendingPathComponent("docs/plan.schema.json")

    @Test func markdownShowsAgreedItemsAndParksDisagreementsSeparately() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["plan"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("**Status:** co-created by both leads"))
        #expect(r.out.contains("## Joint goals"))
        // The example store is made by the current engine: the goal's metric is read from its line.
        #expect(r.out.contains("| SQL to opportunity rate | 18% → 25% | 2027-03-31 | Dana and Lee |"))
        #expect(r.out.contains("## Roles and responsibilities"))
        #expect(r.out.contains("## Hand-off agreement"))
        #expect(r.out.contains("## Commitments"))
        #expect(r.out.contains("slipped: Two reps left in October"))
        #expect(r.out.contains("in progress: 21% now"))
        // The parked goal appears under "Open disagreements", not among the joint goals.
        let open = try #require(r.out.range(of: "## Open disagreements"))
        let parked = try #require(r.out.range(of: "Double event pipeline", options: .backwards))
        #expect(open.upperBound < parked.lowerBound)
        let goals = try #require(r.out.range(of: "## Joint goals"))
        #expect(!r.out[goals.upperBound..<open.lowerBound].contains("Double event pipeline"))
        #expect(r.out.contains("declined by Lee: “not before we see the Q1 event numbers”"))
    }

    @Test func jsonValidatesAgainstTheSchema() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["plan", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        try CLIPython.validate(json: r.out, schema: Self.schema)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(doc["status"] as? String == "co-created")
        let disagreements = try #require(doc["disagreements"] as? [[String: Any]])
        #expect(disagreements.count == 1)
        #expect((disagreements.first?["text"] as? String)?.hasPrefix("Double event pipeline") == true)
    }

    @Test func htmlIsWellFormed() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["plan", "--format", "html"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("<!DOCTYPE html>"))
        try CLIPython.wellFormed(html: r.out)
        #expect(r.out.contains("Open disagreements"))
    }

    @Test func aGoalTypedAsAScriptTagIsEscapedInHTML() throws {
        let s = try CLIStore()
        let script = try CLIStore.script("goals").replacingOccurrences(
            of: "Raise SQL to opportunity rate from 18% to 25% by 2027-03-31, owner Dana and Lee",
            with: "<script>alert(1)</script> from 18% to 25% by 2027-03-31, owner Dana and Lee")
        let run = try s.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: script)
        #expect(run.status == 0)
        let html = try s.run(["plan", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.out.contains("<script>alert(1)"))
        try CLIPython.wellFormed(html: html.out)
        let json = try s.run(["plan", "--format", "json"])
        try CLIPython.validate(json: json.out, schema: Self.schema)
        #expect(json.out.contains("<script>alert(1)</script>"), "JSON keeps the text as typed")
    }

    @Test func aSoloSessionsPlanIsADraft() throws {
        let s = try CLIStore()
        let prep = try s.runExample("prep")
        #expect(prep.status == 0)
        let id = try #require(try s.sessions().first?.id)
        let md = try s.run(["plan", id])
        #expect(md.status == 0, "\(md.err)")
        #expect(md.out.contains("DRAFT — not yet co-created"))
        let json = try s.run(["plan", id, "--format", "json"])
        try CLIPython.validate(json: json.out, schema: Self.schema)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(doc["status"] as? String == "draft")
        let html = try s.run(["plan", id, "--format", "html"])
        #expect(html.out.contains("DRAFT — not yet co-created"))
        try CLIPython.wellFormed(html: html.out)
    }

    @Test func withNoSessionItPicksTheLatestCompletedSessionOfEachPlaybook() throws {
        let s = try CLIStore.withCommittedExamples()
        let before = try s.sessions()
        let oldGoals = try #require(before.first { $0.playbook == "goals" }?.id)
        // A newer goals session for the same pair, and an unfinished retro (not completed).
        #expect(try s.runExample("goals").status == 0)
        #expect(try s.run(["start", "retro", "--sales", "Dana", "--marketing", "Lee"], input: "yes\n").status == 0)
        let after = try s.sessions()
        let newGoals = try #require(after.last { $0.playbook == "goals" }?.id)
        #expect(newGoals != oldGoals)
        let unfinished = try #require(after.first { $0.status != "completed" }?.id)
        let r = try s.run(["plan", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let ids = (doc["sessions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let playbooks = (doc["sessions"] as? [[String: Any]] ?? []).compactMap { $0["playbook"] as? String }
        #expect(ids.contains(newGoals) && !ids.contains(oldGoals))
        #expect(!ids.contains(unfinished))
        // The pair's solo prep brings the story, the ask and who presents what; it does not make
        // the co-created plan a draft (its items stay drafts by their author).
        #expect(Set(playbooks) == ["goals", "roles", "retro", "review", "prep"])
        #expect(playbooks.count == 5)
        #expect(doc["status"] as? String == "co-created")
    }

    @Test func outputFileIsReadableByTheOwnerOnly() throws {
        let s = try CLIStore.withCommittedExamples()
        let path = s.base + "/plan.html"
        let r = try s.run(["plan", "--format", "html", "-o", path])
        #expect(r.status == 0, "\(r.err)")
        #expect(try s.mode(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        // An existing, wider file is tightened too.
        let md = s.base + "/plan.md"
        FileManager.default.createFile(atPath: md, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        #expect(try s.run(["plan", "-o", md]).status == 0)
        #expect(try s.mode(md) == 0o600)
        #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("# "))
    }

    @Test func csvFormatHasOneRowPerAgreedItemAndOpensInPython() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["plan", "--format", "csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("kind,text,owner,due,status,session\r\n"))
        let path = s.base + "/plan.csv"
        try Data(r.out.utf8).write(to: URL(fileURLWithPath: path))
        let rows = try CLIPython.run(
            """
            import csv, json, sys
            with open(sys.argv[1], encoding='utf-8', newline='') as f:
                print(json.dumps(list(csv.reader(f))))
            """, [path])
        let table = try JSONDecoder().decode([[String]].self, from: Data(rows.utf8))
        #expect(table.count > 20)
        for row in table { #expect(row.count == 6, "\(row)") }
        #expect(
            table.contains {
                $0[0] == "goal" && $0[1] == "Raise SQL to opportunity rate from 18% to 25%" && $0[2] == "Dana and Lee"
                    && $0[4] == "in-progress"
            })
        #expect(table.contains { $0[0] == "disagreement" && $0[4] == "not agreed" })
    }

    @Test func slidesNameAPresenterOnEverySlide() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["plan", "--format", "slides"])
        #expect(r.status == 0, "\(r.err)")
        try CLIPython.wellFormed(html: r.out)
        let slides = r.out.components(separatedBy: "<section class=\"slide").dropFirst()
        #expect(slides.count == 7)
        #expect(slides.dropFirst().allSatisfy { $0.contains("Presented by <strong>") })
        // Dana's prep gave her the story and the ask, and Lee the goals, roles and the hand-off.
        #expect(slides.dropFirst().first?.contains("Presented by <strong>Dana</strong>") == true)
        #expect(slides.first { $0.contains("<h2>Joint goals</h2>") }?.contains("Presented by <strong>Lee</strong>") == true)
        #expect(slides.last?.contains("Presented by <strong>Dana</strong>") == true)
    }

    /// Lee keeps the line the coach flagged in the retro: it stays in the transcript, and in every
    /// format of the plan it is only Lee's own view, never a fact for leadership.
    @Test func aLineKeptAfterTheCoachsNudgeIsNeverAFactInAnyFormat() throws {
        let s = try CLIStore()
        let kept = "Sales never follows up on the webinar leads we send them"
        for name in ["goals", "roles"] { #expect(try s.runExample(name).status == 0) }
        let script = try CLIStore.script("retro").replacingOccurrences(
            of: kept + "\nFollow-up on webinar leads took 6 days on average; I want to understand what got in the way\n",
            with: kept + "\nkeep\n")
        #expect(script.contains(kept + "\nkeep\n"))
        let retro = try s.run(["start", "retro", "--sales", "Dana", "--marketing", "Lee"], input: script)
        #expect(retro.status == 0, "\(retro.err)")
        let id = try #require(try s.sessions().last { $0.playbook == "retro" }?.id)  // roles may have started in the same second
        #expect(try s.run(["show", id]).out.contains(kept), "the transcript keeps it")

        let md = try s.run(["plan"]).out
        let facts = try #require(md.range(of: "## Facts and context"))
        let factsEnd = md.range(of: "\n## ", range: facts.upperBound..<md.endIndex)?.lowerBound ?? md.endIndex
        #expect(!md[facts.upperBound..<factsEnd].contains(kept))
        #expect(md.contains("- _Lee’s own view (kept after the coach’s nudge)_: \(kept)"))
        #expect(md.components(separatedBy: kept).count - 1 == 1, "once, as Lee's view")
        let html = try s.run(["plan", "--format", "html"]).out
        #expect(html.components(separatedBy: kept).count - 1 == 1)
        #expect(html.contains("<section id=\"ownViews\"><h2>In their own words</h2>"))
        #expect(!(try s.run(["plan", "--format", "slides"]).out.contains(kept)))
        #expect(!(try s.run(["plan", "--format", "csv"]).out.contains(kept)))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try s.run(["plan", "--format", "json"]).out.utf8)) as? [String: Any])
        #expect(!String(describing: json["context"] ?? "").contains(kept))
        #expect(String(describing: json["ownViews"] ?? "").contains(kept))
    }
}
