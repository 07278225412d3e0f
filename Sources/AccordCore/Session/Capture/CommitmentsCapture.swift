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
                return SessionEngine.Outcome(messages: ["Done, in progress, slipped or dropped? (add a few words after a comma if you like)"])
            }
            let due: String? = reply.status == .slipped ? FieldParser.dateAfter(["date ", "to ", "by ", "until "], in: reply.note, lower: reply.note.lowercased()) : nil
            return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: reply.status, note: reply.note, due: due)])
        case .commitmentFollowUp(let ref, let status, _):
            guard !text.isEmpty else { return SessionEngine.Outcome(messages: ["A few words, please — or /next to carry it forward as it is."]) }
            if status == .dropped {
                return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: .dropped, note: text, due: nil)])
            }
            let lower = text.lowercased()
            let due = FieldParser.normalizeDate(text) ?? FieldParser.dateAfter(["date ", "to ", "by ", "until ", "new date ", "moved to "], in: text, lower: lower)
                ?? text.split(whereSeparator: { $0 == "," || $0 == ";" }).lazy.compactMap { FieldParser.normalizeDate(String($0)) }.first
            if due == nil, !lower.contains("carry") {
                return SessionEngine.Outcome(events: [said, .refused(speaker: role, message: "And the new date? YYYY-MM-DD, or say “carry forward”.")])
            }
            return SessionEngine.Outcome(events: [said, .commitmentUpdated(ref: ref, status: due == nil ? .carried : .slipped, note: text, due: due)])
        default:
            return nil
        }
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        switch pending {
        case .commitment(let ref, let role):
            guard let r = state.recap.first(where: { $0.ref == ref }) else { return [] }
            return [ChatLine(.facilitator, "“\(r.text)” — \(r.owner), due \(r.due). \(facilitator.participants.name(role)), where is it: done, in progress, slipped or dropped?")]
        case .commitmentFollowUp(_, let status, _):
            return [ChatLine(.facilitator, status == .dropped
                ? "Why drop it? A few words, so the next plan knows."
                : "What got in the way? Describe the situation, not the person. And the new date (YYYY-MM-DD), or “carry forward”.")]
        default:
            return []
        }
    }
}
