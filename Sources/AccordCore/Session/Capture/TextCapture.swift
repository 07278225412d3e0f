/// `capture: text` — one free-text answer per speaker, kept in the transcript (and in the plan when
/// the step names a `plan:` section).
struct TextCapture: CaptureKind {
    var capture: Capture { .text }

    func answer(_ text: String, role: Role, step: Step, state: SessionState, engine: SessionEngine) -> SessionEngine.Outcome {
        guard !text.isEmpty else { return SessionEngine.Outcome(messages: ["Type your answer — or /next to pass."]) }
        return SessionEngine.Outcome(events: [.answer(speaker: role, text: text), .turnEnded(speaker: role)])
    }

    func ask(_ pending: Pending, step: Step, state: SessionState, facilitator: Facilitator) -> [ChatLine] {
        guard case .answer(let role) = pending else { return [] }
        let soloSide = facilitator.participants.solo && step.who != .either
        return step.who == .each || soloSide ? [ChatLine(.facilitator, "\(facilitator.addressee(role, step: step)), your turn.")] : []
    }
}
