import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `TranscriptStore.listing()` (the list cache's lines, visited one at a time, refreshed over all
/// cores with the header fast path) against the one definition: `summary(of:)` of every file, read
/// alone with a fresh codec. Stores are generated, then damaged and torn in every way the reader
/// knows; the list is checked cold, warm, after changes and over a damaged cache.
@Suite struct SessionListTests {
    static func store(_ dir: URL) -> TranscriptStore {
        TranscriptStore(directory: dir, summaryVersion: Workspace.summaryVersion, summarize: Workspace.summarize)
    }

    /// The plain definition: every transcript summarised alone.
    static func plain(_ store: TranscriptStore) throws -> [SessionSummary] {
        try store.ids().map { store.summary(of: try store.url(for: $0)) }
    }

    /// A generated store with sessions damaged and torn in different ways.
    static func damagedStore(sessions: Int, seed: UInt64) throws -> URL {
        let dir = TestScratch.url("accord-session-list")
        try StoreGenerator.generate(into: dir, sessions: sessions, eventsPerSession: 20, seed: seed)
        let store = Self.store(dir)
        let ids = try store.ids()
        let record = #"{"at":"2026-11-22T10:00:59Z","batch":90,"event":{"note":{"by":"sales","text":"x"}},"seq":90}"#
        let group = #"{"at":"2026-11-22T10:00:59Z","batch":91,"event":{"note":{"by":"sales","text":"x"}},"group":3,"seq":91}"#
        let damage: [[UInt8]] = [
            Array("not json\n".utf8),  // damaged
            Array(record.dropLast(3).utf8),  // torn last line (no newline)
            Array((group + "\n" + record + "\n").utf8),  // a write of 3 lines with 2 there: torn
            Array((group + "\n" + group + "\n").utf8),  // a write cut short by another: damaged
            Array(record.replacingOccurrences(of: #""seq":90"#, with: #""seq":9223372036854775808"#).utf8) + [0x0A],  // out of range
            Array(record.utf8) + [0x00, 0x0A],  // NUL
            [0xFF, 0xFE, 0x0A],  // invalid UTF-8
            Array(repeating: UInt8(ascii: "a"), count: 70_000) + [0x0A],  // a line over 64 KB
            Array((record + "\n").utf8),  // intact
        ]
        for (k, id) in ids.enumerated() where k % 3 == 0 {
            try Fixture.appendBytes(damage[(k / 3) % damage.count], to: store.url(for: id))
        }
        // An unreadable header, and a header of another format version.
        try Data("{\"accord\":2,\"header\":{\"id\":1}}\n".utf8).write(to: store.url(for: ids[1]))
        let newer = try String(contentsOf: store.url(for: ids[2]), encoding: .utf8).replacingOccurrences(
            of: #"{"accord":2,"#, with: #"{"accord":9,"#)
        try newer.write(to: store.url(for: ids[2]), atomically: false, encoding: .utf8)
        return dir
    }

    func check(_ store: TranscriptStore, _ context: String) throws {
        let expected = try Self.plain(store)
        // The counts `Workspace.summarize` takes without a replay are the replay's.
        let replayed = TranscriptStore(directory: store.directory, summaryVersion: "replay") { header, records in
            let state = SessionState.replay(header: header, records: records)
            return (state.agreedCount, state.parkedCount, state.completed)
        }
        #expect(try Self.plain(replayed) == expected, "\(context)")
        #expect(try store.list() == expected, "\(context)")
        let listing = try store.listing()
        #expect(listing.count == expected.count)
        var visited: [SessionSummary] = []
        listing.forEachEntry { e in
            visited.append(e.summary)
            let st = PosixIO.fileStat((try? store.url(for: e.summary.id).path) ?? "")
            #expect(st.map { UInt64($0.st_ino) == e.stamp.ino && Int64($0.st_size) == e.stamp.size } == true)
        }
        #expect(visited == expected, "\(context)")
    }

    @Test func coldWarmAndChangedListsMatchEveryFileReadAlone() throws {
        let dir = try Self.damagedStore(sessions: 90, seed: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = Self.store(dir)
        let expected = try Self.plain(store)
        #expect(expected.contains { $0.status == .damaged && $0.damage?.contains(".jsonl:") == true })
        #expect(expected.contains { $0.status == .damaged && $0.started == "" })  // unreadable header
        #expect(expected.contains { $0.status == .completed } && expected.contains { $0.status == .paused })
        try check(store, "cold")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".cache/sessions.v1").path))
        try check(store, "warm")
        // A session grows, one is added, one removed.
        let ids = try store.ids()
        try Fixture.appendBytes(
            Array(#"{"at":"2026-11-22T10:00:59Z","batch":0,"event":{"completed":{}},"seq":99}"#.utf8) + [0x0A], to: store.url(for: ids[4]))
        try store.create(header: Fixture.header("20991122-100000-zzzzzz")).close()
        try store.create(header: Fixture.header("20000101-000000-aaaaaa")).close()
        try FileManager.default.removeItem(at: store.url(for: ids[7]))
        try check(store, "changed")
        try check(store, "warm again")
    }

    @Test func aDamagedOrForeignCacheIsRebuilt() throws {
        let dir = try Self.damagedStore(sessions: 30, seed: 5)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = Self.store(dir)
        _ = try store.list()
        let cache = dir.appendingPathComponent(".cache/sessions.v1")
        let good = try Data(contentsOf: cache)
        let lines = String(decoding: good, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A bad line at the end (after every id the merge needs), a bad number, an empty line in the
        // middle, no final newline, another summariser, and lines out of order.
        let variants: [String] = [
            lines.dropLast().joined(separator: "\n") + "\nzzz\tbad\n",
            lines.joined(separator: "\n").replacingOccurrences(of: "\tcompleted\t", with: "\tcompleted\tx"),
            lines[0..<5].joined(separator: "\n") + "\n\n" + lines[5...].joined(separator: "\n"),
            String(lines.joined(separator: "\n").dropLast()),
            lines.joined(separator: "\n").replacingOccurrences(of: Workspace.summaryVersion, with: "other"),
            ([lines[0]] + lines[1..<(lines.count - 1)].reversed()).joined(separator: "\n") + "\n",
        ]
        for (n, v) in variants.enumerated() {
            try Data(v.utf8).write(to: cache)
            try check(store, "variant \(n)")
            #expect(try Data(contentsOf: cache) == good, "variant \(n) is rewritten")
        }
    }

    @Test func theListCommandWritesWhatTheArrayPathWrites() throws {
        let dir = try Self.damagedStore(sessions: 600, seed: 9)  // more than 256: several JSON pieces
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = Self.store(dir)
        let all = try Self.plain(store)
        for pass in ["cold", "warm"] {
            let listing = try store.listing()
            var streamed = ""
            try ListCommand.writeJSON(count: listing.count, each: { listing.forEach($0) }, to: { streamed += $0 })
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            #expect(streamed == String(decoding: try enc.encode(all), as: UTF8.self) + "\n", "\(pass)")
            var table = ""
            ListCommand.write(count: listing.count, each: { listing.forEach($0) }, style: Style(enabled: false), to: { table += $0 })
            #expect(table == ListCommand.table(all, style: Style(enabled: false)), "\(pass)")
            #expect(table.contains("  damaged: "))
        }
        var empty = ""
        try ListCommand.writeJSON(count: 0, each: { [SessionSummary]().forEach($0) }, to: { empty += $0 })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(empty == String(decoding: try enc.encode([SessionSummary]()), as: UTF8.self) + "\n")
    }
}
