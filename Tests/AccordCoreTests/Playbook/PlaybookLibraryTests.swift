import Foundation
import Testing

@testable import AccordCore

@Suite struct PlaybookLibraryTests {
    /// A fresh temporary directory holding the given files.
    func directory(_ files: [String: String]) throws -> String {
        let dir = TestScratch.url("accord-pb")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return dir.path
    }

    static func playbook(id: String, title: String, steps: Int = 1) -> String {
        var text = "# \(title)\nid: \(id)\npurpose: Testing.\n"
        for i in 1...steps { text += "\n## Step \(i)\nwho: each\n\nSay something, {sales}.\n" }
        return text
    }

    @Test func builtinsComeInSessionOrder() {
        let (library, errors) = PlaybookLibrary.load(extraDirectories: [])
        #expect(errors.isEmpty)
        #expect(library.ids == ["goals", "roles", "retro", "review", "prep", "insights", "segments", "sla", "winloss"])
    }

    @Test func extraDirectoryOverridesByIdAndAddsNew() throws {
        let dir = try directory([
            "my-goals.md": Self.playbook(id: "goals", title: "Our goals", steps: 2),
            "kickoff.md": Self.playbook(id: "kickoff", title: "Kick-off"),
            "README.md": "not a playbook",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (library, errors) = PlaybookLibrary.load(extraDirectories: [dir])
        #expect(errors.isEmpty)
        #expect(library.ids == ["goals", "roles", "retro", "review", "prep", "insights", "segments", "sla", "winloss", "kickoff"])
        #expect(library.playbook(id: "goals")?.title == "Our goals")
        #expect(library.playbook(id: "goals")?.source == dir + "/my-goals.md")
        let listing = PlaybookCommands.list(library)
        #expect(listing.contains("kickoff   Kick-off"))
        #expect(listing.contains(dir + "/kickoff.md"))
        #expect(listing.contains("built-in"))
        #expect(listing.hasPrefix("ID"))
    }

    @Test func malformedFileIsReportedButDoesNotHideOthers() throws {
        let dir = try directory([
            "bad.md": "# Bad\nid: bad\npurpose: x.\n\n## Step\nwho: everyone\n",
            "good.md": Self.playbook(id: "good", title: "Good"),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (library, errors) = PlaybookLibrary.load(extraDirectories: [dir])
        #expect(library.playbook(id: "good") != nil)
        #expect(library.playbook(id: "bad") == nil)
        #expect(
            errors.map(\.description) == [
                "\(dir)/bad.md:5: step \"Step\" has no prompt",
                "\(dir)/bad.md:6: who: \"everyone\" is not one of sales, marketing, each, either",
            ])
    }

    @Test func laterDirectoryWinsAndMissingDirectoryIsReported() throws {
        let a = try directory(["x.md": Self.playbook(id: "x", title: "From A")])
        let b = try directory(["x.md": Self.playbook(id: "x", title: "From B")])
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        let (library, errors) = PlaybookLibrary.load(extraDirectories: [a, b, "/nonexistent/accord"])
        #expect(library.playbook(id: "x")?.title == "From B")
        #expect(errors.map(\.description) == ["/nonexistent/accord: no such playbook directory"])
    }

    @Test func checkCommand() throws {
        let dir = try directory([
            "ok.md": Self.playbook(id: "ok", title: "OK", steps: 2),
            "bad.md": "# Bad\npurpose: x.\n\n## S\ncapture: raci\n\nGo, {owner}.\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(PlaybookCommands.check(path: dir + "/ok.md") == ("ok: ok (2 steps)\n", .ok))
        let bad = PlaybookCommands.check(path: dir + "/bad.md")
        #expect(bad.exitCode == .dataError)
        #expect(
            bad.output == """
                \(dir)/bad.md:1: missing "id:" after the title
                \(dir)/bad.md:4: step "S" captures raci but lists no activities (add "activities: A; B; C")
                \(dir)/bad.md:7: unknown placeholder {owner}; only {sales} and {marketing} are replaced

                """)
        let missing = PlaybookCommands.check(path: dir + "/missing.md")
        #expect(missing.exitCode == .ioError)
        #expect(missing.output.contains("cannot read"))
    }
}
