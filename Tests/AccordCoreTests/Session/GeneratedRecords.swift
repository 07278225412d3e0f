import AccordBenchSupport

@testable import AccordCore

/// Random record sequences for the tests that check a fast path against `SessionState.replay`
/// (`SessionCountsTests`, `CommitmentFoldTests`): 1–60 records, batches that grow at random, lifecycle
/// events (and one record in ten) in batch 0. Each suite brings its own mix of events.
enum GeneratedRecords {
    static func make(_ rng: inout SplitMix64, event: (inout SplitMix64) -> Event) -> [EventRecord] {
        var records: [EventRecord] = []
        var batch = 1
        for seq in 1...Int(1 + rng.next() % 60) {
            if rng.next() % 3 == 0 { batch += 1 }
            let event = event(&rng)
            let lifecycle = event == .completed || rng.next() % 10 == 0
            records.append(EventRecord(seq: seq, at: "2026-11-22T10:00:\(seq % 60)Z", batch: lifecycle ? 0 : batch, event: event))
        }
        return records
    }
}
