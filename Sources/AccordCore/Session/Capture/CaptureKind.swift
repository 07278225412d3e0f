/// One kind of playbook capture (`capture: goal` …): how a step of that kind waits, reads an
/// answer, chases and validates the fields an item still needs, and how it reads on screen.
///
/// Each kind lives in its own file next to this one; `CaptureKinds.all` lists them. Adding a kind
/// is a new `Capture` case, one new file implementing this protocol, and one line in
/// `CaptureKinds.all` (see "Adding a capture kind" in docs/engine.md). Every requirement has a
/// default below, so a kind only writes what makes it different.
protocol CaptureKind: Sendable {
    /// The playbook value this kind implements.
    var capture: Capture { get }
    /// The fields an item of this kind must have before it is accepted, in the order they are chased.
    var requiredFields: [String] { get }
    /// The fields this item must have (default: `requiredFields`; a record's depend on its step).
    func requiredFields(for item: Item) -> [String]
    /// Whether each item of this kind must be agreed by both leads, whatever the step's `agree` says.
    var alwaysAgreed: Bool { get }
    /// Whether `/status` numbers its items (so `/edit N` can change them).
    var numbered: Bool { get }

    /// What the step waits for when no item of it is open.
    func pending(step: Step, state: SessionState) -> Pending
    /// Parse the structured fields out of one typed line (a goal's baseline, target, date, owner).
    func fields(fromLine text: String, state: SessionState) -> [String: String]
    /// Parse an answer typed while the step waits for `.answer`.
    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome
    /// Parse an answer to a pending this kind owns (a R/A/C/I row, a commitment's status); nil when
    /// `pending` is not one of them.
    func reply(
        _ text: String, to pending: Pending, role: Role, step: Step, state: SessionState,
        engine: SessionEngine
    ) -> SessionEngine.Outcome?
    /// Chase: the facilitator's question for a missing field of `item`.
    func question(for field: String, item: Item, participants: Participants) -> String
    /// Validate a chased field's answer typed by `role`: the fields to set (the chased one, and any
    /// other the answer states), normalised; the failure is what the facilitator says.
    func validate(field: String, answer: String, item: Item, role: Role, state: SessionState) -> Result<[String: String], FieldProblem>

    /// Render: the facilitator's question for a pending this kind owns (`.answer`, `.raciRow`, …).
    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine]
    /// Render: one item as a sentence, for agreement questions, summaries and the plan.
    func describe(_ item: Item, participants: Participants) -> String
    /// Render: the line shown when an item of this kind is captured.
    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine]
    /// Render: the question asking `role` to agree to `item`.
    func askAgreement(_ item: Item, role: Role, facilitator: Facilitator) -> [ChatLine]

    /// Reduce: bookkeeping in the state when an item of this kind is proposed.
    func proposed(_ item: Item, into state: inout SessionState)
}

extension CaptureKind {
    var requiredFields: [String] { [] }
    func requiredFields(for item: Item) -> [String] { requiredFields }
    var alwaysAgreed: Bool { false }
    var numbered: Bool { true }

    /// By default a step takes one turn per answerer (`who:`), or one answer for `who: either`.
    func pending(step: Step, state: SessionState) -> Pending { state.turnPending(for: step) }

    func reply(
        _ text: String, to pending: Pending, role: Role, step: Step, state: SessionState,
        engine: SessionEngine
    ) -> SessionEngine.Outcome? { nil }

    func fields(fromLine text: String, state: SessionState) -> [String: String] { [:] }

    func question(for field: String, item: Item, participants: Participants) -> String {
        ItemRules.question(for: field, item: item, participants: participants)
    }

    func validate(field: String, answer: String, item: Item, role: Role, state: SessionState) -> Result<[String: String], FieldProblem> {
        ItemRules.validate(field: field, answer: answer, participants: state.participants).map { [field: $0] }
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] { [] }

    func describe(_ item: Item, participants: Participants) -> String { item.text }

    func noted(_ item: Item, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.captured, "  + \(capture.rawValue) from \(facilitator.participants.name(item.by)): \(facilitator.describe(item))")]
    }

    func askAgreement(_ item: Item, role: Role, facilitator: Facilitator) -> [ChatLine] {
        [ChatLine(.facilitator, "\(facilitator.participants.name(role)), do you agree to: “\(facilitator.describe(item))”? (yes / no)")]
    }

    func proposed(_ item: Item, into state: inout SessionState) {}
}

/// The registry of capture kinds, keyed by `Capture`.
enum CaptureKinds {
    /// Every capture kind. A new kind is one line here (a test fails when a `Capture` case has none).
    static let all: [any CaptureKind] = [
        TextCapture(),
        ListCapture(),
        GoalCapture(),
        ActionCapture(),
        RACICapture(),
        AgreementCapture(),
        CommitmentsCapture(),
        RecordCapture(),
    ]

    /// `all`, keyed by the capture each implements (the first wins if two claim the same one).
    static let byCapture: [Capture: any CaptureKind] = Dictionary(all.map { ($0.capture, $0) }, uniquingKeysWith: { first, _ in first })
}

extension Capture {
    /// The kind that implements this capture (free text if none is registered, which a test forbids).
    var kind: any CaptureKind { CaptureKinds.byCapture[self] ?? TextCapture() }
}

extension SessionState {
    /// What a step that takes turns waits for: the next answerer's `.answer`, or `.stepDone`.
    func turnPending(for step: Step) -> Pending {
        let remaining = answerers(for: step).filter { !turnsDone.contains($0) }
        if remaining.isEmpty || (step.who == .either && !turnsDone.isEmpty) { return .stepDone }
        return .answer(remaining.contains(speaker) ? speaker : remaining[0])
    }
}

extension Facilitator {
    /// How the facilitator addresses the one answering a step: the name, or "Answering as Sales"
    /// in a solo session's sided steps.
    func addressee(_ role: Role, step: Step) -> String {
        participants.solo && step.who != .either ? "Answering as \(role.label)" : participants.name(role)
    }
}

extension SessionEngine {
    /// The events for one line of a list-like step: an empty line ends the speaker's turn; anything
    /// else is proposed as an item with `fields` (after `extra`, e.g. a follow-up).
    func proposeLine(
        _ text: String, role: Role, step: Step, state: SessionState, fields: [String: String],
        itemText: String? = nil, extra: [Event] = []
    ) -> Outcome {
        guard !text.isEmpty else { return Outcome(events: [.turnEnded(speaker: role)]) }
        return Outcome(
            events: [.answer(speaker: role, text: text)] + extra
                + propose(step.capture, text: itemText ?? text, fields: fields, by: role, step: step, state: state))
    }
}
