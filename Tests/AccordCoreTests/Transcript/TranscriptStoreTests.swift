import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

@Suite("Transcript store")
struct TranscriptStoreTests {
    @Test func idsAreSortableFileNameSafe() {
        var rng = SplitMix64(seed: 1)
        let a = SessionID.make(now: Date(timeIntervalSince1970: 1_795_341_600), random: &rng)  // 2026-11-22 10:00 UTC
        let b = SessionID.make(now: Date(timeIntervalSince1970: 1_795_341_601), random: &rng)
        #expect(a.hasPrefix("20261122-100000-"))
        #expect(a.count == 22 && SessionID.isSafe(a))
        #expect(a < b)
        #expect(SessionID.make() != SessionID.make())
    }

    @Test func resolvesPrefixesFullIdsAndFileNames() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        for id in ["20261122-100000-aaaaaa", "20261122-103000-bbbbbb", "20261123-090000-cccccc"] {
            try store.create(header: Fixture.header(id)).close()
        }
        #expect(try store.resolve("20261123") == "20261123-090000-cccccc")
        #expect(try store.resolve("20261122-100000-aaaaaa") == "20261122-100000-aaaaaa")
        #expect(try store.resolve("20261122-100000-aaaaaa.jsonl") == "20261122-100000-aaaaaa")
        #expect(try store.resolve(" 20261122-103000-BBB ") == "20261122-103000-bbbbbb")
        #expect(throws: AccordTranscriptError.ambiguous("20261122-10", candidates: ["20261122-100000-aaaaaa", "20261122-103000-bbbbbb"])) {
            try store.resolve("20261122-10")
        }
        #expect(throws: AccordTranscriptError.notFound("2025")) { try store.resolve("2025") }
        for trick in ["../20261122-100000-aaaaaa", "/etc/passwd", "a/b", "..", "2026\u{0}1122", "", "x y", "\u{1b}[2J", "20261122.lock"] {
            #expect(throws: AccordTranscriptError.invalidID(trick)) { try store.resolve(trick) }
            #expect(throws: AccordTranscriptError.invalidID(trick)) { try store.url(for: trick) }
        }
        let message = "\(AccordTranscriptError.invalidID("\u{1b}[2J"))"
        #expect(!message.contains("\u{1b}"))
    }

    @Test func listReflectsNewAndAppendedSessionsThroughTheCache() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        #expect(try TranscriptStore(directory: tmp.url.appendingPathComponent("missing")).list().isEmpty)
        let a = "20261122-100000-aaaaaa"
        let w = try store.create(header: Fixture.header(a))
        try w.append([Fixture.record(1, .itemProposed(id: "g1", kind: .goal, by: .sales, text: "x", fields: [:]))])
        #expect(try store.list().map(\.events) == [1])
        try w.append([
            Fixture.record(2, .agreed(item: "g1", by: .sales)), Fixture.record(3, .agreed(item: "g1", by: .marketing)),
            Fixture.record(4, .parked(item: nil, by: .sales, text: "p")), Fixture.record(5, .paused(reason: "eof")),
        ])
        var list = try store.list()
        #expect(list.count == 1)
        #expect(list[0].events == 5 && list[0].agreed == 1 && list[0].parked == 1 && list[0].status == .paused)
        #expect(list[0].lastAt == Fixture.record(5, .undo).at)
        #expect(list[0].title == "Q3 plan" && list[0].participants.sales == "Dana" && list[0].playbook == "goals")
        try w.append([Fixture.record(6, .completed)])
        w.close()
        let b = "20261122-110000-bbbbbb"
        try store.create(header: Fixture.header(b, title: "tab\there\nnew\\line")).close()
        list = try store.list()
        #expect(list.map(\.id) == [a, b])
        #expect(list[0].status == .completed)
        // A second list comes from the cache and is identical (including escaped text).
        #expect(try store.list() == list)
        #expect(list[1].title == "tab\there\nnew\\line")
        // Removing a file removes it from the list.
        try FileManager.default.removeItem(at: store.url(for: a))
        #expect(try store.list().map(\.id) == [b])
    }

    @Test func cacheIsUsedWhenFilesAreUnchanged() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        try store.create(header: Fixture.header("20261122-100000-aaaaaa")).close()
        _ = try store.list()
        // Doctor the cached title: if list() reuses the cache, the doctored value shows.
        let cache = tmp.url.appendingPathComponent(".cache/sessions.v1")
        let text = try String(contentsOf: cache, encoding: .utf8).replacingOccurrences(of: "+Q3 plan", with: "+cached")
        try text.write(to: cache, atomically: false, encoding: .utf8)
        #expect(try store.list().first?.title == "cached")
        // A different summariser version ignores it.
        let other = TranscriptStore(directory: tmp.url, summaryVersion: "v2")
        #expect(try other.list().first?.title == "Q3 plan")
    }

    @Test func corruptCacheIsRebuilt() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        try StoreGenerator.generate(into: tmp.url, sessions: 20, eventsPerSession: 30, seed: 3)
        let expected = try store.list()
        let cache = tmp.url.appendingPathComponent(".cache/sessions.v1")
        for garbage: [UInt8] in [[], [0xFF, 0x00, 0x0A], Array("accord-session-cache\t1\tsimple-1\nx\t1\n".utf8)] {
            try Data(garbage).write(to: cache)
            #expect(try store.list() == expected)
        }
        var bytes = try Array(Data(contentsOf: cache))
        bytes.removeLast(7)  // truncated cache
        try Data(bytes).write(to: cache)
        #expect(try store.list() == expected)
        #expect(expected.count == 20)
        #expect(expected.allSatisfy { $0.events == 30 })
    }

    @Test func mergedStoresListEverything() throws {
        let tmp = TempDir()
        let one = tmp.url.appendingPathComponent("one")
        let two = tmp.url.appendingPathComponent("two")
        let merged = tmp.url.appendingPathComponent("merged")
        try StoreGenerator.generate(into: one, sessions: 15, eventsPerSession: 20, seed: 1)
        try StoreGenerator.generate(into: two, sessions: 12, eventsPerSession: 20, seed: 2)
        _ = try TranscriptStore(directory: one).list()
        _ = try TranscriptStore(directory: two).list()
        try FileManager.default.createDirectory(at: merged, withIntermediateDirectories: true)
        for dir in [one, two] {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".jsonl") {
                try FileManager.default.copyItem(at: dir.appendingPathComponent(name), to: merged.appendingPathComponent(name))
            }
        }
        let list = try TranscriptStore(directory: merged).list()
        #expect(list.count == 27)
        #expect(list.map(\.id) == list.map(\.id).sorted())
        #expect(Set(list.map(\.id)).count == 27)
    }

    @Test func generatorWritesRealisticSessions() throws {
        let tmp = TempDir()
        try StoreGenerator.generate(into: tmp.url, sessions: 30, eventsPerSession: 50, seed: 9)
        let store = TranscriptStore(directory: tmp.url)
        let list = try store.list()
        #expect(list.count == 30)
        #expect(list.contains { $0.status == .completed })
        #expect(list.allSatisfy { $0.status != .damaged && $0.events == 50 })
        let file = try store.read(id: list[0].id)
        #expect(
            file.records.contains {
                if case .itemProposed(_, _, _, _, let f) = $0.event { return f["owner"] != nil && f["due"] != nil }
                return false
            })
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCORD_BENCH"] == "1"))
    func benchListTenThousandSessions() throws {
        let tmp = TempDir()
        let clock = ContinuousClock()
        let gen = try clock.measure { try StoreGenerator.generate(into: tmp.url, sessions: 10_000, eventsPerSession: 50, seed: 42) }
        let store = TranscriptStore(directory: tmp.url)
        var cold: [SessionSummary] = []
        let coldTime = try clock.measure { cold = try store.list() }
        var warm: [SessionSummary] = []
        var warmTimes: [Duration] = []
        for _ in 0..<5 { warmTimes.append(try clock.measure { warm = try store.list() }) }
        let w = try store.open(id: cold[500].id)
        try w.append([Fixture.record(51, .note(by: .sales, text: "x"))])
        w.close()
        let oneChanged = try clock.measure { _ = try store.list() }
        print("BENCH generate=\(gen) listCold=\(coldTime) listWarm=\(warmTimes) listOneChanged=\(oneChanged)")
        #expect(warm == cold)
        #expect(warm.count == 10_000)
    }
}
