import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `CommitmentFold` (a session's commitments and final status changes, folded without a replay)
/// against its definition, `CommitmentScan.replayExtract` (`SessionState.replay`, then
/// `CommitmentLedger.commitments(in:)` and `finalCommitmentUpdates`): generated event sequences,
/// real sessions of every built-in playbook (reviews, parked, declined and agreed items, sessions
/// stopped half way), and damaged and torn files.
@Suite struct CommitmentFoldTests {
    static let playbooks = BuiltinPlaybooks.parseAll().playbooks

    static func fold(_ header: SessionHeader, _ records: [EventRecord], id: String = "20261122-100000-abcdef") -> CommitmentScan.Extract {
        CommitmentFold.extract(header: header, records: records, id: id)
    }

    static func plain(_ header: SessionHeader, _ records: [EventRecord], id: String = "20261122-100000-abcdef") -> CommitmentScan.Extract {
        CommitmentScan.replayExtract(header: header, records: records, id: id)
    }

    static func randomEvent(_ rng: inout SplitMix64) -> Event {
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        let id = "i\(rng.next() % 6)"  // i0 is never proposed below: an unknown id
        let role: Role = rng.next() % 2 == 0 ? .sales : .marketing
        let texts = [
            "Ship the deck", "Call the top ten accounts, owner Dana, by 2027-03-31", "Raise SQLs due Q2 2027", "  ", "x, due 2027-01",
        ]
        let values = ["Dana", "both", "", "2027-03-31", "Q3 2027", "lee"]
        func fields() -> [String: String] {
            var f: [String: String] = [:]
            for key in ["owner", "due", "date", "metric"] where rng.next() % 3 != 0 { f[key] = pick(values) }
            return f
        }
        switch rng.next() % 20 {
        case 0, 1, 2:
            let kind: Capture = rng.next() % 3 == 0 ? pick(Capture.allCases) : pick([.goal, .action])
            return .itemProposed(id: "i\(1 + rng.next() % 5)", kind: kind, by: role, text: pick(texts), fields: fields())
        case 3, 4, 5, 6: return .agreed(item: id, by: role)
        case 7: return .declined(item: id, by: role, reason: "r")
        case 8: return .parked(item: rng.next() % 2 == 0 ? id : nil, by: role, text: "p")
        case 9: return .itemEdited(item: id, text: pick(texts), fields: fields())
        case 10: return .undo
        case 11: return .completed
        case 12: return .stepStarted(index: Int(rng.next() % 8) - 1)
        case 13, 14: return .fieldSet(item: id, field: pick(["owner", "due", "date", "target"]), value: pick(values))
        case 15, 16:
            return .commitmentUpdated(
                ref: "20261101-090000-aaaaaa/i\(rng.next() % 3)", status: pick(ReviewStatus.allCases), note: pick(["", "late"]),
                due: rng.next() % 2 == 0 ? nil : "2027-05-01")
        default: return .answer(speaker: role, text: "a")
        }
    }

    @Test func theFoldIsTheReplayOnGeneratedSessions() {
        var rng = SplitMix64(seed: 71)
        var seen = (made: 0, updates: 0, parkedOrUnagreed: 0)
        for n in 0..<3_000 {
            let playbook = n % 2 == 0 ? samplePlaybook : Self.playbooks[n / 2 % Self.playbooks.count]
            let participants = n % 7 == 0 ? Participants(solo: "Sam") : Participants(sales: "Dana", marketing: "Lee")
            let header = SessionHeader(
                id: "20261122-100000-header", playbook: playbook, participants: participants, title: nil, started: "2026-11-22T10:00:00Z")
            let records = GeneratedRecords.make(&rng, event: Self.randomEvent)
            let fold = Self.fold(header, records)
            #expect(fold == Self.plain(header, records), "session \(n): \(records.map(\.event))")
            // What a cold `commitments` reads (`RecordDetail.commitments`) is all the fold needs.
            #expect(Self.fold(header, records.map(\.forCommitments)) == fold, "session \(n)")
            if !fold.made.isEmpty { seen.made += 1 }
            if fold.updates.count > 1 { seen.updates += 1 }
            let proposed = records.filter {
                guard case .itemProposed(_, .action, _, _, _) = $0.event else { return false }
                return true
            }.count
            if proposed > fold.made.count { seen.parkedOrUnagreed += 1 }
        }
        // The generator reaches every outcome often.
        #expect(seen.made > 300 && seen.updates > 300 && seen.parkedOrUnagreed > 300, "\(seen)")
    }

    /// The extraction `commitments` runs on one file, and its plain definition.
    static func extracted(_ store: TranscriptStore, _ id: String) -> (fast: CommitmentScan.Extract, plain: CommitmentScan.Extract) {
        let fast = CommitmentScan.extract(id: id, store: store, codec: EventLineCodec())
        guard let url = try? store.url(for: id), let file = try? TranscriptReader.read(url: url), file.damage == nil else {
            return (fast, CommitmentScan.Extract())
        }
        return (fast, CommitmentScan.replayExtract(header: file.header, records: file.records, id: id))
    }

    /// Real sessions through the engine, every built-in playbook with its example answers: reviews
    /// of earlier commitments, parked and declined items, solo prep, sessions stopped half way.
    static func realStore() throws -> RecapIndexTests.Store {
        let s = RecapIndexTests.Store()
        let a = Participants(sales: "Dana", marketing: "Lee")
        let b = Participants(sales: "Priya", marketing: "Omar")
        for playbook in playbooks.map(\.id) where playbook != "prep" {
            try s.start(playbook, a)
            try s.start(playbook, b, lines: 14)
        }
        for playbook in ["goals", "review", "retro", "review", "review"] { try s.start(playbook, a) }
        try s.start("review", b)
        try s.start("prep", Participants(solo: "Dana"))
        return s
    }

    @Test func theFoldIsTheReplayOnRealSessionsOfEveryPlaybook() throws {
        let s = try Self.realStore()
        let ids = try s.store.ids()
        var made = 0
        var updates = 0
        for id in ids {
            let (fast, plain) = Self.extracted(s.store, id)
            #expect(fast == plain, "\(id)")
            made += fast.made.count
            updates += fast.updates.count
        }
        #expect(ids.count == 2 * (Self.playbooks.count - 1) + 7)
        #expect(made >= 15 && updates > 5, "\(made) \(updates)")
        // The whole ledger: the cache the fold wrote, folded, is the fold of the replayed sessions.
        let states = try ids.map { id in
            let file = try TranscriptReader.read(url: try s.store.url(for: id))
            var state = SessionState.replay(header: file.header, records: file.records)
            state.id = id
            return state
        }
        let ledger = try CommitmentScan(store: s.store).ledger()
        #expect(ledger == CommitmentLedger.build(states))
        #expect(ledger.commitments.contains { $0.status == .done } && ledger.commitments.contains { $0.history.count >= 2 })
    }

    @Test func aDamagedFileGivesNothingAndATornOneItsCompleteWrites() throws {
        let s = try Self.realStore()
        let ids = try s.store.ids()
        let rich = ids.filter { !Self.extracted(s.store, $0).fast.made.isEmpty }
        try #require(rich.count >= 3)
        // Damaged: a line of garbage in the middle. Torn: the last write cut half way.
        let damaged = try s.store.url(for: rich[0])
        var lines = try String(contentsOf: damaged, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("{\"seq\": oops", at: lines.count / 2)
        try lines.joined(separator: "\n").write(to: damaged, atomically: false, encoding: .utf8)
        let torn = try s.store.url(for: rich[1])
        let bytes = try Data(contentsOf: torn)
        try bytes.prefix(bytes.count - 12).write(to: torn)
        // Garbage that is not a transcript at all.
        try Data("not a transcript\n".utf8).write(to: try s.store.url(for: rich[2]))
        for id in ids {
            let (fast, plain) = Self.extracted(s.store, id)
            #expect(fast == plain, "\(id)")
        }
        #expect(Self.extracted(s.store, rich[0]).fast == CommitmentScan.Extract())
        #expect(Self.extracted(s.store, rich[2]).fast == CommitmentScan.Extract())
        #expect(!Self.extracted(s.store, rich[1]).fast.made.isEmpty)
    }
}
