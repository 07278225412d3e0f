import Foundation
import Testing

/// `accord search` over the committed example store.
@Suite("Search")
struct SearchCommandTests {
    /// A word that occurs in an event of `kind` in the example store, found by reading the files.
    private func word(in kind: String, key: String, box: CLIStore) throws -> String {
        for url in E2E.transcripts(in: box.store) {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let event = object[kind] as? [String: Any] ?? (object["event"] as? [String: Any])?[kind] as? [String: Any],
                    let text = event[key] as? String
                else { continue }
                if let long = text.split(separator: " ").map(String.init).first(where: { $0.count >= 6 && $0.allSatisfy(\.isLetter) }) {
                    return long
                }
            }
        }
        throw SearchTestFailure(description: "no \(kind) event with \(key) in the example store")
    }

    struct SearchTestFailure: Error, CustomStringConvertible { var description: String }

    @Test func findsAWordFromAnAnswerAParkedReasonAndANote() throws {
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        for (kind, key, source) in [("answer", "text", "answer"), ("declined", "reason", "parked"), ("note", "text", "note")] {
            let needle = try word(in: kind, key: key, box: box)
            let result = try box.run(["search", needle, "--json"])
            #expect(result.status == 0, "\(result.err)")
            let matches = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]] ?? []
            #expect(
                matches.contains {
                    ($0["source"] as? String) == source && (($0["line"] as? String) ?? "").lowercased().contains(needle.lowercased())
                },
                "'\(needle)' from a \(kind) not found: \(result.out)")
            for match in matches {
                #expect((match["session"] as? String)?.isEmpty == false)
                #expect((match["speaker"] as? String)?.isEmpty == false)
                #expect(((match["date"] as? String) ?? "").count == 10)
            }
            // Text output: the heading and the line, the word highlighted with colour on.
            let text = try box.run(["search", needle.uppercased(), "--color", "always"])
            #expect(text.out.contains("\u{1B}[1;31m"))
            #expect(text.out.contains(" match"))
        }
    }

    @Test func filtersByPlaybookAndDate() throws {
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let all = try JSONSerialization.jsonObject(with: Data(try box.run(["search", "e", "--json"]).out.utf8)) as? [[String: Any]] ?? []
        #expect(!all.isEmpty)
        let retro =
            try JSONSerialization.jsonObject(with: Data(try box.run(["search", "e", "--playbook", "retro", "--json"]).out.utf8))
            as? [[String: Any]] ?? []
        #expect(!retro.isEmpty && retro.count < all.count)
        #expect(retro.allSatisfy { ($0["playbook"] as? String) == "retro" })
        let future = try box.run(["search", "e", "--since", "2999-01-01"])
        #expect(future.out.hasPrefix("No match"))
        #expect(try box.run(["search", "e", "--since", "yesterday"]).status == 64)
    }
}
