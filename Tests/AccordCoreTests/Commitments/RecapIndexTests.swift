import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `RecapIndex` (the recap at start, without reading the store) must give exactly what the plain
/// definition gives — `CommitmentScan.ledger().open(for:)` over the whole store — after sessions of
/// the same pair, of other pairs, solo, after a file arrives from elsewhere, and with damaged files.
@Suite struct RecapIndexTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    final class Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-recap-\(UUID().uuidString)")
        lazy var store = TranscriptStore(directory: dir, summaryVersion: Workspace.summaryVersion, summarize: Workspace.summarize)
        var clock = Date(timeIntervalSince1970: 1_790_000_000)
        var rng = SplitMix64(seed: 3)
        var lastRecap: [RecapItem] = []
        let playbooks = BuiltinPlaybooks.parseAll().playbooks
        deinit { try? FileManager.default.removeItem(at: dir) }

        func script(_ name: String, _ p: Participants) throws -> [String] {
            let text = try String(
                contentsOf: RecapIndexTests.root.appendingPathComponent("transcripts/examples/\(name).txt"), encoding: .utf8)
            return text.components(separatedBy: "\n").map {
                $0.replacingOccurrences(of: "Dana", with: p.sales).replacingOccurrences(of: "Lee", with: p.solo ? "Lee" : p.marketing)
            }
        }

        /// Starts a session as `accord start` does; returns whether the recap was served by the index
        /// and checks it against the plain definition.
        @discardableResult
        func start(_ playbook: String, _ p: Participants, lines: Int? = nil) throws -> Bool {
            let expected = try CommitmentScan(store: store).ledger().open(for: p).map(\.recapItem)
            let pb = try #require(playbooks.first { $0.id == playbook })
            let recap = RecapIndex(store: store, participants: p, recap: pb.opensWithRecap)
            if pb.opensWithRecap { #expect(recap.openCommitments == expected, "\(playbook) \(p)") }
            lastRecap = recap.openCommitments
            clock = clock.addingTimeInterval(86_400)
            let header = SessionHeader(
                id: SessionID.make(now: clock, random: &rng), playbook: pb, participants: p, title: nil,
                started: UTCTime.iso(clock))
            let writer = try recap.create(id: header.id) { try store.create(header: header) }
            var answers = try script(playbook, p)
            if let lines { answers = Array(answers.prefix(lines)) }
            var next = 0
            let runner = SessionRunner(
                header: header, records: [], engine: Workspace.engine, sink: writer,
                read: { _ in
                    guard next < answers.count else { return .endOfInput }
                    next += 1
                    return .line(answers[next - 1])
                }, show: { _ in })
            _ = try runner.run(openCommitments: recap.openCommitments)
            recap.finish(state: runner.state) { writer.close() }
            return recap.servedFromIndex
        }
    }

    let pairA = Participants(sales: "Dana", marketing: "Lee")
    let pairB = Participants(sales: "Priya", marketing: "Omar")

    @Test func sameRecapAsTheLedgerAcrossSessions() throws {
        let s = Store()
        try s.start("goals", pairA)  // an empty store: nothing to recap or track
        #expect(try !s.start("goals", pairB))  // the first index is built from the store
        #expect(try !s.start("retro", pairA))  // A has no file yet
        try s.start("goals", pairB)
        #expect(try s.start("review", pairA))  // served by the index: B's sessions do not concern A
        #expect(s.lastRecap.count >= 3)
        #expect(s.lastRecap.allSatisfy { $0.ref.contains("/") && !$0.owner.isEmpty })
        #expect(try s.start("review", Participants(sales: "lee", marketing: "DANA")))  // the same pair, either role
        #expect(try !s.start("prep", Participants(solo: "Dana")))  // solo: every pair with Dana
        #expect(try !s.start("goals", pairA, lines: 12))  // Dana's solo session was after A's file: rebuilt
        #expect(try s.start("retro", pairA))  // the paused session is watched
        try s.start("roles", pairB)  // no recap, but folded into B's file
        #expect(try s.start("goals", pairB))
        #expect(try !s.store.ids().isEmpty)
    }

    @Test func aFileFromElsewhereIsSeen() throws {
        let s = Store()
        try s.start("goals", pairA)
        try s.start("retro", pairA)
        // A session arrives as with `git pull`: copied in, with a new id and its commitments.
        let source = try #require(try s.store.ids().first)
        let text = try String(contentsOf: s.store.url(for: source), encoding: .utf8)
        s.clock = s.clock.addingTimeInterval(86_400)
        let id = SessionID.make(now: s.clock, random: &s.rng)
        try text.replacingOccurrences(of: source, with: id).write(to: s.store.url(for: id), atomically: false, encoding: .utf8)
        #expect(try !s.start("review", pairA))  // rebuilt, and equal to the ledger (checked in start)
        #expect(try s.start("retro", pairA))
    }

    @Test func aGrowingWatchedSessionIsSeen() throws {
        let s = Store()
        try s.start("goals", pairA, lines: 14)  // paused
        try s.start("retro", pairA)
        #expect(try s.start("retro", pairA))
        // The paused session grows (a session running in another terminal): the store directory
        // does not change, the file's size does.
        let paused = try #require(try s.store.ids().first)
        let file = try s.store.read(id: paused)
        let line = try EventLineCodec().encodeLines([
            EventRecord(
                seq: (file.records.last?.seq ?? 0) + 1, at: UTCTime.iso(s.clock),
                batch: 0, event: .resumed)
        ])
        let handle = try FileHandle(forWritingTo: s.store.url(for: paused))
        handle.seekToEndOfFile()
        handle.write(line)
        try handle.close()
        #expect(try !s.start("review", pairA))
        #expect(try s.start("review", pairA))
    }

    @Test func damagedOrHugeIndexFilesAreRebuilt() throws {
        let s = Store()
        try s.start("goals", pairA)
        try s.start("retro", pairA)
        let cache = s.dir.appendingPathComponent(".cache")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("recap") }
        #expect(files.count >= 2)
        let garbage: [Data] = [
            Data(), Data("accord-recap\t1\n".utf8), Data([0xFF, 0xFE, 0x0A]),
            Data("accord-recap-pair\t1\tx\t9\tpair\tdana\tlee\nO\ta\n".utf8),
            Data(repeating: 0x41, count: RecapIndex.maxPairBytes + 10),
        ]
        for g in garbage {
            for f in files { try g.write(to: cache.appendingPathComponent(f)) }
            #expect(try !s.start("review", pairA))
        }
        #expect(try s.start("retro", pairA))
    }
}
