import Foundation

/// A whole transcript file: the reader (header, records, groups, torn tails, damage), then what
/// every command does with what it read — replay, the list summary (its counts must be the
/// replay's, and the outline reading `list` uses must give the same), rendering each event, the
/// commitments extraction (the fold, on the commitments' reading, must be the replay's) — and the writer's view (where a resume
/// would cut).
enum FuzzTranscriptFile {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let url = URL(fileURLWithPath: "/fuzz/20261122-100000-fuzz00.jsonl")
        let outline = try? TranscriptReader.parse(Array(bytes), url: url, codec: EventLineCodec(), detail: .outline)
        let forCommitments = try? TranscriptReader.parse(Array(bytes), url: url, codec: EventLineCodec(), detail: .commitments)
        guard let file = try? TranscriptReader.parse(Array(bytes), url: url, codec: EventLineCodec()) else {
            precondition(outline == nil, "the outline read a file the full reading rejects")
            precondition(forCommitments == nil, "the commitments' reading read a file the full reading rejects")
            return
        }
        precondition(forCommitments == file.forCommitments, "the commitments' reading is not the full reading for commitments")
        precondition(file.completeLength <= bytes.count, "complete length past the end")
        // What a cold `list` reads: the full reading outlined, and the same summary.
        precondition(outline == file.outline, "the outline reading is not the full reading outlined")
        precondition(
            outline.map { SessionSummary(file: $0, summarize: Workspace.summarize) }
                == SessionSummary(file: file, summarize: Workspace.summarize),
            "the list's summary differs when read as an outline")
        let state = SessionState.replay(header: file.header, records: file.records)
        let counts = Workspace.summarize(file.header, file.records)
        precondition(
            counts.agreed == state.agreedCount && counts.parked == state.parkedCount && counts.completed == state.completed,
            "the list's counts differ from the replay's")
        _ = SessionSummary(file: file, summarize: Workspace.summarize)
        let renderer = SessionRenderer(participants: file.header.participants)
        var live = SessionState(header: file.header)
        for record in file.records.prefix(200) {
            live.apply(record)
            _ = renderer.render(record.event, after: live, live: false)
        }
        // The commitments extraction a cold `commitments` runs (`CommitmentFold`, on the records it
        // reads) must be the replay's.
        let id = "20261122-100000-fuzz00"
        precondition(
            CommitmentFold.extract(header: file.header, records: file.records.map(\.forCommitments), id: id)
                == CommitmentScan.replayExtract(header: file.header, records: file.records, id: id),
            "the commitments fold differs from the replay's")
    }
}
