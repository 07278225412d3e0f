#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `capture: commitments` — walk the pair's open commitments (recapped at the start): a status for
/// each, and after "slipped" or "dropped" what got in the way and the new date.
struct CommitmentsCapture: CaptureKind {
    var capture: Capture { .commitments }

    func pending(step: Step, state: SessionState) -> Pending {
        for r in state.recap {
            let owner = state.participants.ownerRole(stored: r.owner) ?? state.speaker
            guard let u = state.latestUpdate[r.ref] else { return .commitment(ref: r.ref, owner) }
            if ItemRules.needsFollowUp(u) { return .commitmentFollowUp(ref: r.ref, status: u.status, owner) }
        }
        return .stepDone
    }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        SessionEngine.Outcome(messages: ["(nothing to answer right now)"])
    }

    func reply(
        _ text: String, to pending: Pending, role: Role, step: Step, state: SessionState,
        engine: SessionEngine
    ) -> SessionEngine.Outcome? {
        let said = Event.answer(speaker: role, text: text)
        let context = state.understanding(role)
        switch pending {
        case .commitment(let ref, _):
            // With the old due date, "slipped 2 weeks" / "pushed back by a month" move it.
            let due = state.recap.first { $0.ref == ref }.flatMap { Day(iso: $0.due) }
            switch ReviewReplyParser.parse(text, context: context, due: due) {
            case .understood(var reply):
                // Keep the words as said: an explicit "new date …" wins; else the parser's date (it
                // knows the old due date: "slipped 2 weeks"); else the answer split here.
                if let rest = Reply.commitmentStatus(text)?.note {
                    if let marked = Self.marked(rest, today: state.day) {
                        reply.reason = marked.reason.isEmpty ? nil : marked.reason
                        reply.newDate = marked.date
                    } else if reply.newDate == nil {
                        let split = Self.split(rest, today: state.day)
                        reply.reason = split.reason.isEmpty ? nil : split.reason
                        reply.newDate = split.date
                    }
                }
                return SessionEngine.Outcome(events: [said] + Self.update(ref, reply, role: role, state: state))
            case .ask(let q):
                return SessionEngine.Outcome(events: [said, .refused(speaker: role, message: q.message)])
            case .refused(let r):
                return SessionEngine.Outcome(messages: [r.message])
            }
        case .commitmentFollowUp(let ref, let status, _):
            guard !text.isEmpty else {
                return SessionEngine.Outcome(messages: ["A few words, please — or /next to carry it forward as it is."])
            }
            // Reason and new date, in one answer or two, either order: what was said before is kept.
            let before = state.latestUpdate[ref]
            var reply = ReviewReply(status: status, reason: before?.note, newDate: DateFound.stored(before?.due, today: state.day))
            if status == .dropped {
                reply.reason = [before?.note ?? "", text.trimmed()].filter { !$0.isEmpty }.joined(separator: "; ")
                return SessionEngine.Outcome(events: [said] + Self.update(ref, reply, role: role, state: state))
            }
            let lower = text.lowercased()
            if let carry = lower.rangeOfText("carry") ?? lower.rangeOfText("carried") {
                reply.status = .carried
                let words = String(text[..<carry.lowerBound]).trimmed(" ,;.—–-")
                reply.reason = [before?.note ?? "", words].filter { !$0.isEmpty }.joined(separator: "; ")
                reply.newDate = nil
                return SessionEngine.Outcome(events: [said] + Self.update(ref, reply, role: role, state: state))
            }
            if case .ask(let q)? = DateParser.find(in: text, today: state.day), Self.marked(text, today: state.day) == nil {
                return SessionEngine.Outcome(events: [said, .refused(speaker: role, message: q.message)])
            }
            let split = Self.split(text, today: state.day)
            reply = reply.merging(ReviewReply(reason: split.reason.isEmpty ? nil : split.reason, newDate: split.date))
            return SessionEngine.Outcome(events: [said] + Self.update(ref, reply, role: role, state: state))
        default:
            return nil
        }
    }

    /// A slip's reason and new date from one answer, either order: the date after "new date",
    /// "moved to"… wins, else the date the parser finds (a phrase after "by", "until"… first); the
    /// reason is the rest, as said.
    static func split(_ text: String, today: Day) -> (reason: String, date: DateFound?) {
        if let marked = marked(text, today: today) { return marked }
        guard let found = DateParser.find(in: text, today: today)?.value else { return (text.trimmed(" ,;.—–-"), nil) }
        let rest = DateParser.removing(found, from: text).trimmed(" ,;.—–-")
        let filler: Set<String> = ["", "new date", "the new date is", "date", "to", "by", "moved to", "until"]
        return (filler.contains(rest.lowercased()) ? "" : rest, found)
    }

    /// "…; new date 2027-04-30", "moved to 20 February": the date after an explicit marker, and the
    /// answer without that phrase.
    static func marked(_ text: String, today: Day) -> (reason: String, date: DateFound?)? {
        let lower = text.lowercased()
        for marker in ["new date:", "new date is", "new date", "moved to", "move it to", "pushed to", "push it to", "now due"] {
            guard let r = lower.rangeOfText(marker) else { continue }
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
            let after = text.index(start, offsetBy: marker.count)
            let tail = String(text[after...])
            guard let found = DateParser.find(in: tail, today: today)?.value else { continue }
            let tailRest = DateParser.removing(found, from: tail).trimmed(" ,;.—–-")
            let reason = (String(text[..<start]).trimmed(" ,;.—–-") + (tailRest.isEmpty ? "" : "; " + tailRest)).trimmed(" ,;.—–-")
            return (reason, found)
        }
        return nil
    }

    /// The events for a review reply: the update, or the question when its date needs one.
    static func update(_ ref: String, _ reply: ReviewReply, role: Role, state: SessionState) -> [Event] {
        if let q = reply.dateQuestion, reply.newDate == nil { return [.refused(speaker: role, message: q.message)] }
        if let d = reply.newDate, d.isPast { return [.refused(speaker: role, message: DateAnswer.pastQuestion(d, today: state.day))] }
        let status = reply.status ?? .carried
        let due = status == .slipped ? reply.newDate?.day.iso : nil
        return [.commitmentUpdated(ref: ref, status: status, note: reply.reason ?? "", due: due)]
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        switch pending {
        case .commitment(let ref, let role):
            guard let r = state.recap.first(where: { $0.ref == ref }) else { return [] }
            return [
                ChatLine(
                    .facilitator,
                    "“\(r.text)” — \(facilitator.participants.ownerName(stored: r.owner)), due \(r.due). \(facilitator.participants.name(role)), where is it: done, in progress, slipped or dropped?"
                )
            ]
        case .commitmentFollowUp(let ref, let status, _):
            if status == .dropped { return [ChatLine(.facilitator, "Why drop it? A few words, so the next plan knows.")] }
            let so = state.latestUpdate[ref]
            if let due = so?.due {
                let echo = Day(iso: due).map { " \($0.echo)" } ?? ""
                return [
                    ChatLine(.facilitator, "New date \(due)\(echo) — noted. What got in the way? Describe the situation, not the person.")
                ]
            }
            if let reason = so?.note, !reason.isEmpty {
                return [ChatLine(.facilitator, "Noted: “\(reason)”. And the new date? e.g. “20 February”, or “carry forward”.")]
            }
            return [
                ChatLine(
                    .facilitator,
                    "What got in the way? Describe the situation, not the person. And the new date (e.g. “the data came late; new date 20 February”), or “carry forward”."
                )
            ]
        default:
            return []
        }
    }
}
