import AccordBenchSupport
import Testing

@testable import AccordCore

/// `SessionCounts` (what `list` shows, counted without a replay) against its definition,
/// `SessionState.replay`: the same agreed and parked counts and completion on generated event
/// sequences with undo, edits, ids proposed twice, unknown ids, declines, parked topics, steps
/// restarted after completion, co-created and solo.
@Suite struct SessionCountsTests {
    static func header(_ participants: Participants) -> SessionHeader {
        SessionHeader(
            id: "20261122-100000-abcdef", playbook: samplePlaybook, participants: participants, title: nil,
            started: "2026-11-22T10:00:00Z")
    }

    static func randomEvent(_ rng: inout SplitMix64) -> Event {
        let id = "i\(rng.next() % 6)"  // i0 is never proposed below: an unknown id
        let role: Role = rng.next() % 2 == 0 ? .sales : .marketing
        switch rng.next() % 17 {
        case 0, 1:
            return .itemProposed(
                id: "i\(1 + rng.next() % 5)", kind: Capture.allCases[Int(rng.next() % 8)], by: role, text: "t", fields: [:])
        case 2, 3, 4, 13, 14, 15: return .agreed(item: id, by: role)
        case 5: return .declined(item: id, by: role, reason: "r")
        case 6: return .parked(item: id, by: role, text: "p")
        case 7: return .parked(item: nil, by: role, text: "topic")
        case 8: return .itemEdited(item: id, text: "e", fields: ["owner": "Dana"])
        case 9: return .undo
        case 10: return .completed
        case 11: return .stepStarted(index: Int(rng.next() % 6))
        case 12: return .fieldSet(item: id, field: "owner", value: "Lee")
        default: return .answer(speaker: role, text: "a")
        }
    }

    @Test func theCountsAreTheReplaysOnGeneratedSessions() {
        var rng = SplitMix64(seed: 44)
        var seen = (agreed: 0, parked: 0, completed: 0)
        for n in 0..<3_000 {
            let header = Self.header(n % 5 == 0 ? Participants(solo: "Sam") : Participants(sales: "Dana", marketing: "Lee"))
            let records = GeneratedRecords.make(&rng, event: Self.randomEvent)
            let state = SessionState.replay(header: header, records: records)
            let counts = SessionCounts(header: header, records: records)
            // `list` counts from the records' outlines (no texts): the same counts.
            #expect(SessionCounts(header: header, records: records.map(\.outline)) == counts)
            #expect(TranscriptStore.simpleSummary(header, records.map(\.outline)) == TranscriptStore.simpleSummary(header, records))
            #expect(
                counts == SessionCounts(agreed: state.agreedCount, parked: state.parkedCount, completed: state.completed),
                "session \(n): \(records.map(\.event))")
            if counts.agreed > 0 { seen.agreed += 1 }
            if counts.parked > 0 { seen.parked += 1 }
            if counts.completed { seen.completed += 1 }
        }
        // The generator reaches every outcome often.
        #expect(seen.agreed > 300 && seen.parked > 300 && seen.completed > 300, "\(seen)")
    }

    @Test func theWorkspaceSummarizerIsTheCounts() {
        let header = Self.header(Participants(sales: "Dana", marketing: "Lee"))
        let records = [
            EventRecord(seq: 1, at: "a", batch: 1, event: .itemProposed(id: "i1", kind: .goal, by: .sales, text: "t", fields: [:])),
            EventRecord(seq: 2, at: "b", batch: 1, event: .agreed(item: "i1", by: .sales)),
            EventRecord(seq: 3, at: "c", batch: 2, event: .agreed(item: "i1", by: .marketing)),
            EventRecord(seq: 4, at: "d", batch: 3, event: .parked(item: nil, by: .sales, text: "x")),
            EventRecord(seq: 5, at: "e", batch: 0, event: .completed),
        ]
        let summary = Workspace.summarize(header, records)
        #expect(summary.agreed == 1 && summary.parked == 1 && summary.completed)
    }
}
