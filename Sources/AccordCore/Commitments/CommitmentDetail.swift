extension EventRecord {
    /// The record as `RecordDetail.commitments` keeps it: what `CommitmentFold` reads, without the
    /// texts it never reads, which a cold `commitments` would otherwise build and free for every
    /// record of the store (docs/performance.md, "Cold `commitments`, fifth pass"). `at` is empty
    /// except on a status change (its time is the change's); an answer's text is empty; an item's
    /// text is empty unless the item is a goal or an action. Everything else is as in full.
    ///
    /// This is the definition: the reader's `.commitments` mode must give exactly this for every
    /// line the full decode accepts, and the fold must give from it what it gives from the full
    /// records (`CommitmentDetailTests`, the `transcript-line` fuzz target).
    var forCommitments: EventRecord {
        switch event {
        case .commitmentUpdated:
            return self
        case .answer(let speaker, _):
            return EventRecord(seq: seq, at: "", batch: batch, event: .answer(speaker: speaker, text: ""))
        case .itemProposed(let id, let kind, let by, _, let fields) where CommitmentKind(capture: kind) == nil:
            return EventRecord(seq: seq, at: "", batch: batch, event: .itemProposed(id: id, kind: kind, by: by, text: "", fields: fields))
        default:
            return EventRecord(seq: seq, at: "", batch: batch, event: event)
        }
    }
}

extension TranscriptFile {
    /// The file as `TranscriptReader.parse(…, detail: .commitments)` reads it: every record
    /// `forCommitments`; header, warnings, damage and lengths unchanged.
    var forCommitments: TranscriptFile {
        var out = self
        out.records = records.map(\.forCommitments)
        return out
    }
}
