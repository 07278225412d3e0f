#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where a session stands, as `accord list` shows it.
public enum SessionStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Started and not finished; can be resumed.
    case inProgress
    /// Paused on purpose (`/quit`, EOF, Ctrl-D): the last event is `.paused`.
    case paused
    /// The last step is done.
    case completed
    /// A corrupt line (or header): can be shown up to the damage, not resumed.
    case damaged
}

/// One row of `accord list`: what the store knows about a session without replaying it.
public struct SessionSummary: Sendable, Equatable, Codable {
    /// The session id (file name without `.jsonl`).
    public var id: String
    /// The playbook id ("" when the header is unreadable).
    public var playbook: String
    /// Who takes part.
    public var participants: Participants
    /// Optional title.
    public var title: String?
    /// Start time, ISO 8601 UTC ("" when the header is unreadable).
    public var started: String
    /// Status (see `SessionStatus`).
    public var status: SessionStatus
    /// Items agreed by both leads (from the injected summariser).
    public var agreed: Int
    /// Items parked or declined (from the injected summariser).
    public var parked: Int
    /// Number of event records read.
    public var events: Int
    /// Time of the last event, or `started` when there is none.
    public var lastAt: String
    /// `file:line: reason` when damaged.
    public var damage: String?

    public init(
        id: String, playbook: String, participants: Participants, title: String?, started: String,
        status: SessionStatus, agreed: Int, parked: Int, events: Int, lastAt: String, damage: String? = nil
    ) {
        self.id = id
        self.playbook = playbook
        self.participants = participants
        self.title = title
        self.started = started
        self.status = status
        self.agreed = agreed
        self.parked = parked
        self.events = events
        self.lastAt = lastAt
        self.damage = damage
    }

    /// The summary of a transcript read from disk, counting with `summarize`.
    public init(file: TranscriptFile, summarize: TranscriptStore.Summarizer) {
        let counts = summarize(file.header, file.records)
        let status: SessionStatus
        if counts.completed {
            status = .completed
        } else if file.damage != nil {
            status = .damaged
        } else if case .paused = file.records.last?.event {
            status = .paused
        } else {
            status = .inProgress
        }
        self.init(
            id: file.header.id, playbook: file.header.playbook, participants: file.header.participants,
            title: file.header.title, started: file.header.started, status: status,
            agreed: counts.agreed, parked: counts.parked, events: file.records.count,
            lastAt: file.records.last?.at ?? file.header.started, damage: file.damage)
    }

    /// The summary of a session whose header cannot be read.
    public static func unreadable(id: String, reason: String) -> SessionSummary {
        SessionSummary(
            id: id, playbook: "", participants: Participants(sales: "", marketing: ""), title: nil,
            started: "", status: .damaged, agreed: 0, parked: 0, events: 0, lastAt: "", damage: reason)
    }
}
