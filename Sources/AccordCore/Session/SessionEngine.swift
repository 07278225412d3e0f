#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The facilitator's decisions: given the state and one typed line, which events happen.
///
/// Pure: no I/O, no clock. The runner appends the events to the transcript, applies them, and asks
/// `advance` whether the step is finished. Messages are transient replies (help, status, hints) that
/// change nothing and are not stored.
public struct SessionEngine: Sendable {
    /// Checks an answer for blaming language; returns (reason, suggestion) when it flags.
    public var coach: (@Sendable (String, Role) -> (reason: String, suggestion: String)?)?

    public init(coach: (@Sendable (String, Role) -> (reason: String, suggestion: String)?)? = nil) {
        self.coach = coach
    }

    /// What one input line leads to.
    public struct Outcome: Sendable, Equatable {
        /// Facts to store and apply, in order.
        public var events: [Event] = []
        /// Transient replies from the facilitator (not stored).
        public var messages: [String] = []
        /// `/quit`: pause and leave.
        public var quit = false
        /// `/plan`: show the plan preview.
        public var showPlan = false
        /// `/status` or `/who`: show the status block.
        public var showStatus = false

        public init(events: [Event] = [], messages: [String] = []) {
            self.events = events
            self.messages = messages
        }
    }

    /// The opening events of a new session: the recap of open commitments (when the playbook asks
    /// for it, or a step walks them) and the first step.
    public func opening(_ state: SessionState, openCommitments: [RecapItem], today: String? = nil) -> [Event] {
        var events: [Event] = today.map { [.today(date: $0)] } ?? []
        if state.playbook.opensWithRecap, !openCommitments.isEmpty { events.append(.recap(commitments: openCommitments)) }
        events.append(state.playbook.steps.isEmpty ? .completed : .stepStarted(index: 0))
        return events
    }

    /// The event that moves the session on when the current step has nothing left to ask.
    public func advance(_ state: SessionState) -> Event? {
        guard state.pending == .stepDone else { return nil }
        let next = state.stepIndex + 1
        return next < state.playbook.steps.count ? .stepStarted(index: next) : .completed
    }

    /// Handle one typed line (an answer or a slash command).
    public func handle(_ line: String, state: SessionState) -> Outcome {
        let trimmed = line.trimmingWhitespaceSet()  // not NSString, which cost ~2 M instructions for a 5 KB answer
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") {
            return command(trimmed, state: state)
        }
        let text = trimmed.hasPrefix("//") ? String(trimmed.dropFirst()) : line
        return answer(text, state: state)
    }

    // MARK: answers

    func answer(_ raw: String, state: SessionState) -> Outcome {
        let text = raw.trimmed()  // not NSString: ~2 M instructions for a 5 KB answer
        let pending = state.pending
        if case .coachChoice(let role) = pending, let flag = state.pendingCoach {
            switch CoachChoice.typed(text) {
            case .keep:
                var out = accept(flag.original, role: role, pending: state.basePending, state: state, coached: true)
                out.events.insert(.coachChoice(speaker: role, choice: .keep), at: 0)
                return out
            case .rephrase:
                return Outcome(
                    events: [.coachChoice(speaker: role, choice: .rephrase)], messages: ["Go ahead — type it the way you'd like it noted."])
            case nil:
                break
            }
            var out = accept(text, role: role, pending: state.basePending, state: state, coached: false)
            out.events.insert(.coachChoice(speaker: role, choice: .rephrase), at: 0)
            return out
        }
        return accept(text, role: pending.role ?? state.speaker, pending: pending, state: state, coached: false)
    }

    /// What the coach reads of an answer: the whole answer, or for a record each field's value and each
    /// `;`-separated part of it ("segment: mid-market", "sales learned: …"), so that a long line of fields
    /// is read as the fields people typed, not as one statement (the coach's model reads a statement as a
    /// bag of words, and a line of many fields adds up many small weights). A field declared `quote`
    /// (someone else's words, such as the buyer's in a win/loss record) is not read, whether it is
    /// labelled in the line or is the field the facilitator asked for.
    static func coachedParts(of text: String, step: Step, pending: Pending) -> [String] {
        guard step.capture == .record else { return [text] }
        var asked: String?
        if case .field(_, let field, _) = pending { asked = field }
        let quoted = Set(step.fields.filter(\.quote).map(\.name))
        return RecordLine.parts(of: text, fields: step.fields).flatMap { part -> [String] in
            if let field = part.field ?? asked, quoted.contains(field) { return [] }
            return part.text.split(separator: ";").map { $0.trimmingWhitespaceSet() }.filter { !$0.isEmpty }
        }
    }

    func accept(_ text: String, role: Role, pending: Pending, state: SessionState, coached: Bool) -> Outcome {
        guard let step = state.step else {
            return Outcome(messages: ["This session is complete. /plan shows what you agreed; /quit leaves."])
        }
        if !coached, step.coach, !text.isEmpty, let coach,
            let flag = Self.coachedParts(of: text, step: step, pending: pending).lazy.compactMap({ coach($0, role) }).first
        {
            return Outcome(events: [.coachFlag(speaker: role, original: text, reason: flag.reason, suggestion: flag.suggestion)])
        }
        let said = Event.answer(speaker: role, text: text)
        switch pending {
        case .field(let id, let field, _):
            guard !text.isEmpty else {
                let example =
                    ["baseline": "18% (or unknown)", "target": "25%", "date": "31 March", "due": "15 January", "owner": "both"][field]
                    ?? "…"
                return Outcome(messages: ["Type the \(field), e.g. `\(example)` — or /park to park this item for now."])
            }
            guard let item = state.item(id) else { return Outcome(messages: ["(nothing to answer right now)"]) }
            switch item.kind.kind.validate(field: field, answer: text, item: item, role: role, state: state) {
            case .success(let values):
                // The chased field first, then any other the answer stated, in chase order.
                let order = [field] + item.kind.kind.requiredFields.filter { $0 != field } + values.keys.sorted()
                var seen = Set<String>()
                let sets = order.filter { values[$0] != nil && seen.insert($0).inserted }
                    .map { Event.fieldSet(item: id, field: $0, value: values[$0]!) }
                return Outcome(events: [said] + sets)
            case .failure(let problem): return Outcome(events: [said, .refused(speaker: role, message: problem.message)])
            }
        case .agreement(let id, _):
            guard let reply = Reply.yesNo(text) else {
                return Outcome(messages: [
                    "I didn't hear a yes or a no in “\(text.prefix(40))”. e.g. `yes`, or `no, not before Q2` (or /park to set it aside)."
                ])
            }
            return Outcome(events: [
                said,
                reply.yes
                    ? .agreed(item: id, by: role)
                    : .declined(item: id, by: role, reason: reply.reason),
            ])
        case .answer:
            return answerStep(text, role: role, step: step, state: state)
        case .raciRow, .commitment, .commitmentFollowUp:
            return step.capture.kind.reply(text, to: pending, role: role, step: step, state: state, engine: self)
                ?? Outcome(messages: ["(nothing to answer right now)"])
        case .coachChoice, .notStarted, .stepDone, .finished:
            return Outcome(messages: ["(nothing to answer right now)"])
        }
    }

    func answerStep(_ text: String, role: Role, step: Step, state: SessionState) -> Outcome {
        step.capture.kind.answer(text, role: role, step: step, state: state, engine: self)
    }

    func propose(_ kind: Capture, text: String, fields: [String: String], by role: Role, step: Step, state: SessionState) -> [Event] {
        let id = state.nextItemID
        var events: [Event] = [.itemProposed(id: id, kind: kind, by: role, text: text, fields: fields)]
        if step.agree, !state.solo { events.append(.agreed(item: id, by: role)) }
        return events
    }
}
