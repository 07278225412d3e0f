/// Rebuilds what the screen showed during a session from its events, for `show` and `replay`:
/// the facilitator's words and questions, each lead's answer after their prompt, and what was
/// captured, agreed and parked — the same renderer as the live session, so they read alike.
public struct TranscriptPlayback {
    /// One screenful step: the lines one input (or one lifecycle event) produced, and when.
    public struct Group: Sendable, Equatable {
        public var at: String
        public var lines: [ChatLine]
    }

    /// The groups of a transcript, in order. Undone answers are left out (they did not count).
    public static func groups(header: SessionHeader, records: [EventRecord]) -> [Group] {
        let renderer = SessionRenderer(participants: header.participants)
        var state = SessionState(header: header)
        var lastAsked: Pending?
        var groups: [Group] = []
        var index = 0
        let live = SessionState.effective(records)
        while index < live.count {
            let batch = live[index].batch
            var end = index + 1
            if batch > 0 { while end < live.count && live[end].batch == batch { end += 1 } }
            var lines: [ChatLine] = []
            if batch > 0 {
                let pending = state.pending
                if pending != lastAsked {
                    lines += renderer.facilitator.ask(pending, state: state)
                    lastAsked = pending
                }
            }
            for record in live[index..<end] {
                state.apply(record)
                lines += renderer.render(record.event, after: state, live: false)
                if case .stepStarted = record.event { lastAsked = nil }
            }
            if !lines.isEmpty { groups.append(Group(at: live[index].at, lines: lines)) }
            index = end
        }
        return groups
    }

    /// The opening lines of a show or replay: title, who, when.
    public static func banner(header: SessionHeader, state: SessionState) -> [ChatLine] {
        let p = header.participants
        let who = p.solo ? "\(p.sales), solo prep (drafts only)" : "\(p.display(.sales)) and \(p.display(.marketing))"
        let status = state.completed ? "completed" : state.paused ? "paused" : "in progress"
        var lines = [
            ChatLine(.heading, "\(header.steps.title)\(header.title.map { " — \($0)" } ?? "")"),
            ChatLine(.info, "Session \(header.id) · \(who) · started \(header.started) · \(status)"),
        ]
        if !state.completed {
            lines.append(ChatLine(.info, "Not finished: accord resume \(header.id) picks it up."))
        }
        return lines
    }
}
