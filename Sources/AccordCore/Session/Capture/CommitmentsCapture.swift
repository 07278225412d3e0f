import Foundation

/// `capture: commitments` — walk the pair's open commitments (recapped at the start): a status for
/// each, and after "slipped" or "dropped" what got in the way and the new date.
struct CommitmentsCapture: CaptureKind {
    var capture: Capture { .commitments }

    func pending(step: Step, state: SessionState) -> Pending {
        for r in state.recap {
            let owner = state.participants.role(named: r.owner) ?? state.speaker
            guard let u = state.latestUpdate[r.ref] else { return .commitment(ref: r.ref, owner) }
            if ItemRules.needsFollowUp(u) { return .commitmentFollowUp(ref: r.ref, status: u.status, owner) }
        }
        return .stepDone
    }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        SessionEngine.Outcome(messages: ["(nothing to answer right now)"])
    }

    func reply(_ text: String, to pending: Pending, role: Role, step: Step, state: SessionState,
               engine: SessionEngine) -> SessionEngine.Outcome? {
        let said = Event.answer(speaker: role, text: text)
        switch pending {
        case .commitment(let ref, _):
            guard let reply = Reply.commitmentStatus(text) else {
                return SessionEngine.Outcome(messages: ["I didn't catch a status in “\(text)”. Done, in progress, slipped or dropped? e.g. “slipped: the report came late; new date 20 February”."])
            }
            guard reply.status == .slipped else {
                return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: reply.status, note: reply.note, due: nil)])
            }
            let parts = Self.slip(reply.note, state: state)
            return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: .slipped, note: parts.reason, due: parts.due)])
        case .commitmentFollowUp(let ref, let status, _):
            guard !text.isEmpty else { return SessionEngine.Outcome(messages: ["A few words, please — or /next to carry it forward as it is."]) }
            if status == .dropped {
                return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: .dropped, note: text, due: nil)])
            }
            // Reason and new date, in one answer or two, either order: what was said before is kept.
            let before = state.latestUpdate[ref]
            let parts = Self.slip(text, state: state)
            let earlier = before?.note ?? ""
            let reason = parts.reason.isEmpty ? earlier : earlier.isEmpty ? parts.reason : "\(earlier); \(parts.reason)"
            let due = parts.due ?? before?.due
            if due == nil, text.lowercased().contains("carry") {
                return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: .carried, note: reason, due: nil)])
            }
            return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: .slipped, note: reason, due: due)])
        default:
            return nil
        }
    }

    /// A slip's reason and new date from one answer: the date after "by", "to", "until", "new date",
    /// "moved to", or the answer itself; the reason is the answer unless it only states the date.
    static func slip(_ text: String, state: SessionState) -> (reason: String, due: String?) {
        let lower = text.lowercased()
        let due = FieldParser.normalizeDate(text)
            ?? FieldParser.dateAfter(["new date ", "moved to ", "date ", "to ", "by ", "until "], in: text, lower: lower)
            ?? text.split(whereSeparator: { $0 == "," || $0 == ";" }).lazy.compactMap { FieldParser.normalizeDate(String($0)) }.first
        var rest = lower.trimmingCharacters(in: .whitespaces)
        for lead in ["new date:", "new date", "moved to", "date:", "date", "to", "by", "until", "the new date is", "carry forward", "carry"] where rest.hasPrefix(lead) {
            rest = String(rest.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
        }
        let onlyDate = due != nil && (rest.isEmpty || FieldParser.normalizeDate(rest) != nil)
        let carryOnly = ["carry forward", "carry", "carried forward"].contains(lower.trimmingCharacters(in: CharacterSet(charactersIn: " .")))
        return (onlyDate || carryOnly ? "" : text, due)
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        switch pending {
        case .commitment(let ref, let role):
            guard let r = state.recap.first(where: { $0.ref == ref }) else { return [] }
            return [ChatLine(.facilitator, "“\(r.text)” — \(r.owner), due \(r.due). \(facilitator.participants.name(role)), where is it: done, in progress, slipped or dropped?")]
        case .commitmentFollowUp(let ref, let status, _):
            if status == .dropped { return [ChatLine(.facilitator, "Why drop it? A few words, so the next plan knows.")] }
            let so = state.latestUpdate[ref]
            if let due = so?.due {
                return [ChatLine(.facilitator, "New date \(due) — noted. What got in the way? Describe the situation, not the person.")]
            }
            if let reason = so?.note, !reason.isEmpty {
                return [ChatLine(.facilitator, "Noted: “\(reason)”. And the new date? e.g. “20 February”, or “carry forward”.")]
            }
            return [ChatLine(.facilitator, "What got in the way? Describe the situation, not the person. And the new date (e.g. “the data came late; new date 20 February”), or “carry forward”.")]
        default:
            return []
        }
    }
}
