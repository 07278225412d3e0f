import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `accord list` from the cache is what reading every transcript gives, and its streamed outputs
/// are what one `JSONEncoder` pass and one table render give.
@Suite struct ListOutputTests {
    func store(_ n: Int) throws -> (TranscriptStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-list-\(UUID().uuidString)")
        try StoreGenerator.generate(into: dir, sessions: n, eventsPerSession: 30, seed: 11)
        return (TranscriptStore(directory: dir, summaryVersion: Workspace.summaryVersion, summarize: Workspace.summarize), dir)
    }

    func plain(_ store: TranscriptStore) throws -> [SessionSummary] {
        try store.ids().map { store.summary(of: try store.url(for: $0)) }
    }

    @Test func jsonInPiecesIsOneEncoderPass() throws {
        let (store, dir) = try store(600)
        defer { try? FileManager.default.removeItem(at: dir) }
        let summaries = try store.list()
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for slice in [summaries, Array(summaries.prefix(1)), Array(summaries.prefix(256)), Array(summaries.prefix(257)), []] {
            var got = ""
            var pieces = 0
            try ListCommand.writeJSON(slice) {
                got += $0
                pieces += 1
            }
            #expect(got == String(decoding: try enc.encode(slice), as: UTF8.self) + "\n", "\(slice.count) sessions")
            #expect(pieces == max(1, (slice.count + 255) / 256))
        }
    }

    @Test func cacheGivesWhatReadingEveryFileGives() throws {
        let (store, dir) = try store(120)
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = try plain(store)
        #expect(try store.list() == expected)  // cold: writes the cache
        #expect(try store.list() == expected)  // warm
        // The cache's lines out of order, one line damaged, then a huge file: each is ignored or rebuilt.
        let path = dir.appendingPathComponent(".cache/sessions.v1")
        var lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1...].reverse()
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        #expect(try store.list() == expected)
        try ("accord-session-cache\t1\t\(Workspace.summaryVersion)\nx\ty\n").write(to: path, atomically: true, encoding: .utf8)
        #expect(try store.list() == expected)
        try Data(repeating: 0x41, count: 8 << 20).write(to: path)
        #expect(try store.list() == expected)
        #expect(try store.list() == expected)
        // A table in pieces is the same table.
        #expect(ListCommand.table(expected, style: Style(enabled: false)).hasPrefix("SESSION"))
    }
}
