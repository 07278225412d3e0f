/// How much of each record line a reader keeps.
///
/// `accord list` needs only which events a session has, their item ids, roles, batches and the time
/// of the last one; building a `String` of every answer, proposal and field and freeing it again was
/// most of a cold `list` (docs/performance.md, "Cold `list`, fourth pass"). A line is validated the
/// same way at either level — the same lines are accepted, the same are damage — only what is kept
/// differs.
enum RecordDetail: Sendable, Equatable {
    /// The whole record.
    case full
    /// The record's outline (`EventRecord.outline`): texts and times left empty.
    case outline
    /// What a session's commitments are folded from (`EventRecord.forCommitments`): the record
    /// without the texts `CommitmentFold` never reads.
    case commitments
}

extension EventRecord {
    /// The record as a reader at `detail` keeps it: itself, `outline` or `forCommitments`.
    func kept(at detail: RecordDetail) -> EventRecord {
        switch detail {
        case .full: return self
        case .outline: return outline
        case .commitments: return forCommitments
        }
    }

    /// The record as `RecordDetail.outline` keeps it: the same `seq`, `batch`, event case, roles,
    /// closed values (kind, status, choice), numbers and item ids; `at` and every other string
    /// empty (an optional one stays absent or becomes empty), `fields` and a recap's list empty.
    ///
    /// This is the definition of the outline: the reader's outline mode must give exactly this
    /// for every line the full decode accepts (`RecordOutlineTests`, the `transcript-line` and
    /// `transcript-file` fuzz targets).
    var outline: EventRecord {
        EventRecord(seq: seq, at: "", batch: batch, event: event.outline)
    }
}

extension Event {
    /// See `EventRecord.outline`.
    var outline: Event {
        switch self {
        case .stepStarted, .handover, .turnEnded, .skipped, .undo, .coachChoice, .resumed, .completed, .agreed:
            return self
        case .answer(let speaker, _): return .answer(speaker: speaker, text: "")
        case .itemProposed(let id, let kind, let by, _, _): return .itemProposed(id: id, kind: kind, by: by, text: "", fields: [:])
        case .fieldSet(let item, _, _): return .fieldSet(item: item, field: "", value: "")
        case .declined(let item, let by, _): return .declined(item: item, by: by, reason: "")
        case .parked(let item, let by, _): return .parked(item: item, by: by, text: "")
        case .refused(let speaker, _): return .refused(speaker: speaker, message: "")
        case .followUp(let speaker, _): return .followUp(speaker: speaker, question: "")
        case .note(let by, _): return .note(by: by, text: "")
        case .coachFlag(let speaker, _, _, _): return .coachFlag(speaker: speaker, original: "", reason: "", suggestion: "")
        case .recap: return .recap(commitments: [])
        case .commitmentUpdated(_, let status, _, let due):
            return .commitmentUpdated(ref: "", status: status, note: "", due: due.map { _ in "" })
        case .paused: return .paused(reason: "")
        case .today: return .today(date: "")
        case .itemEdited(let item, _, _): return .itemEdited(item: item, text: "", fields: [:])
        }
    }
}

extension TranscriptFile {
    /// The file as `TranscriptReader.parse(…, detail: .outline)` reads it: every record's outline,
    /// the last one keeping its `at` (what `SessionSummary.lastAt` shows); header, warnings, damage
    /// and lengths unchanged.
    var outline: TranscriptFile {
        var out = self
        out.records = records.map(\.outline)
        if let last = records.last { out.records[out.records.count - 1].at = last.at }
        return out
    }
}
