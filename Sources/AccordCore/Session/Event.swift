#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything that happens in a session, as a fact. A session's state is the replay of its events
/// (`SessionState.replay`); the live REPL, resume, `show`, `replay`, the plan and the commitments
/// ledger all read the same events. Stored one per line in the transcript (see `EventRecord`).
public enum Event: Sendable, Equatable, Codable {
    /// The facilitator opens step `index` (0-based) of the playbook.
    case stepStarted(index: Int)
    /// A line a speaker typed at a prompt, exactly as typed (multi-line answers keep their newlines).
    case answer(speaker: Role, text: String)
    /// An item captured in the current step. `fields` holds structured parts (metric, baseline,
    /// target, date, owner, due, activity, sales, marketing…).
    case itemProposed(id: String, kind: Capture, by: Role, text: String, fields: [String: String])
    /// A structured field filled in after the facilitator chased it.
    case fieldSet(item: String, field: String, value: String)
    /// A lead agrees to an item.
    case agreed(item: String, by: Role)
    /// A lead declines an item; it goes to the parking lot, never dropped.
    case declined(item: String, by: Role, reason: String)
    /// An item (or a free-standing topic when `item` is nil) parked for later.
    case parked(item: String?, by: Role, text: String)
    /// The facilitator refused an answer and said why (e.g. two Accountables).
    case refused(speaker: Role, message: String)
    /// The facilitator asks a follow-up because the answer was vague.
    case followUp(speaker: Role, question: String)
    /// A note anyone can add with `/note`.
    case note(by: Role, text: String)
    /// The keyboard is handed to another lead (`/as NAME`).
    case handover(to: Role)
    /// A speaker ends their turn in a list step (empty line or `/next`).
    case turnEnded(speaker: Role)
    /// The step is skipped (`/skip`).
    case skipped(index: Int)
    /// Undo the latest undoable batch of events (`/undo`).
    case undo
    /// The blame-free coach flagged an answer before accepting it: the original, why, and a reframe.
    case coachFlag(speaker: Role, original: String, reason: String, suggestion: String)
    /// The speaker's choice after a coach flag: keep (the original stands) or rephrase.
    case coachChoice(speaker: Role, choice: CoachChoice)
    /// The open commitments of the pair from earlier sessions, shown at the start ("Last time you
    /// agreed…") and walked by a review step. Recorded so a replay shows the same list.
    case recap(commitments: [RecapItem])
    /// A commitment from an earlier session changes status (review playbook).
    case commitmentUpdated(ref: String, status: ReviewStatus, note: String, due: String?)
    /// The session was paused (`/quit`, EOF, Ctrl-D).
    case paused(reason: String)
    /// The session was picked up again.
    case resumed
    /// The last step is done.
    case completed
    /// The day the session takes as today (`YYYY-MM-DD`, from `--today`, `ACCORD_TODAY` or the
    /// clock), recorded when it starts and when it resumes on another day, so dates people say
    /// ("by 30 June", "in two weeks") resolve the same way on replay.
    case today(date: String)
    /// An item changed after it was captured (`/edit N`): its new text and fields. Agreement starts
    /// over; the earlier version stays in the transcript.
    case itemEdited(item: String, text: String, fields: [String: String])
}

/// One line of a transcript after the header: an event with its sequence number, time and batch.
///
/// A batch groups the events caused by one input line; `/undo` removes the latest batch.
public struct EventRecord: Sendable, Equatable, Codable {
    /// 1-based position in the transcript.
    public var seq: Int
    /// When it happened (UTC, ISO 8601 with seconds).
    public var at: String
    /// The input line this event belongs to (0 for lifecycle events that cannot be undone).
    public var batch: Int
    /// What happened.
    public var event: Event

    public init(seq: Int, at: String, batch: Int, event: Event) {
        self.seq = seq
        self.at = at
        self.batch = batch
        self.event = event
    }
}

/// The first line of every transcript.
public struct SessionHeader: Sendable, Equatable, Codable {
    /// Transcript format version.
    public var format: Int
    /// Unique, sortable id: `YYYYMMDD-HHMMSS-xxxxxx` (UTC time + random suffix).
    public var id: String
    /// The playbook's id.
    public var playbook: String
    /// Hash of the playbook's source text when the session began.
    public var playbookHash: String
    /// Who takes part.
    public var participants: Participants
    /// Optional session title.
    public var title: String?
    /// Start time, ISO 8601 UTC.
    public var started: String
    /// The playbook as it was at the start, so resume keeps the steps it started with.
    public var steps: Playbook

    public init(format: Int = 1, id: String, playbook: Playbook, participants: Participants, title: String?, started: String) {
        self.format = format
        self.id = id
        self.playbook = playbook.id
        self.playbookHash = playbook.contentHash
        self.participants = participants
        self.title = title
        self.started = started
        self.steps = playbook
    }
}

/// An open commitment from an earlier session, as recapped at the start of a session.
public struct RecapItem: Sendable, Equatable, Codable {
    /// `<sessionId>/<itemId>`.
    public var ref: String
    public var text: String
    public var owner: String
    public var due: String
    public var status: CommitmentStatus

    public init(ref: String, text: String, owner: String, due: String, status: CommitmentStatus) {
        self.ref = ref
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
    }
}
