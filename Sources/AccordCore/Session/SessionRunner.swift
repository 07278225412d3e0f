#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where a running session's events go: the transcript writer (durable before it returns) or,
/// in tests, memory.
public protocol EventSink: AnyObject {
    /// Store `records` durably, in order.
    func append(_ records: [EventRecord]) throws
    /// Take the last `append` back, durably: it was written ahead of the coach's verdict, which then
    /// flagged the answer, and nothing shown depended on it. Only the last append can be withdrawn,
    /// once; anything else is a programming error.
    func withdrawLast() throws
}

/// Keeps records in memory (tests, previews).
public final class MemorySink: EventSink {
    public private(set) var records: [EventRecord] = []
    private var lastCount: Int?
    public init() {}
    public func append(_ records: [EventRecord]) throws {
        self.records += records
        lastCount = records.count
    }
    public func withdrawLast() throws {
        guard let n = lastCount else { preconditionFailure("nothing to withdraw") }
        records.removeLast(n)
        lastCount = nil
    }
}

/// Runs a session: asks, reads a line, lets the engine decide, stores the events durably, applies
/// them, shows them. The same loop serves a new session and a resumed one; nothing here touches
/// the terminal directly (the reader and `show` are injected).
public final class SessionRunner {
    /// How a run ended.
    public enum Result: Equatable {
        case completed
        case paused
    }

    public private(set) var state: SessionState
    public private(set) var records: [EventRecord]
    private let header: SessionHeader
    private let engine: SessionEngine
    private let sink: EventSink
    private let read: (String) -> LineInput
    private let show: ([ChatLine]) -> Void
    private let now: () -> String
    private var renderer: SessionRenderer
    /// The terminal's width now (proposals show side by side when it is wide enough).
    public var width: () -> Int = { 80 }
    private var batch: Int
    /// From this many bytes on, an answer is written while the coach reads it (`CoachAhead`); below
    /// it, the coach reads first. Tests set it to compare the two ways.
    public var readsAheadFrom = CoachAhead.minimumLength
    /// Supplies the plan preview for `/plan` (set by the caller; empty by default).
    public var planPreview: (SessionState) -> [ChatLine] = { _ in [] }
    /// Decides whether a Ctrl-C leaves (true) or only cleared the line (false).
    public var onInterrupt: () -> Bool = { false }
    /// Extra lines shown when a step opens (e.g. the latest plan for a `show: plan` step).
    public var onStepStart: (Step, SessionState) -> [ChatLine] = { _, _ in [] }

    /// - Parameters:
    ///   - read: reads one answer at a prompt (multi-line handling included).
    ///   - show: displays chat lines.
    ///   - state: the replay of `records`, when the caller already has it (resume): saves a second replay.
    public init(
        header: SessionHeader, records: [EventRecord], engine: SessionEngine, sink: EventSink,
        read: @escaping (String) -> LineInput, show: @escaping ([ChatLine]) -> Void,
        now: @escaping () -> String = SessionRunner.timestamp, state: SessionState? = nil
    ) {
        self.header = header
        self.records = records
        self.state = state ?? SessionState.replay(header: header, records: records)
        self.engine = engine
        self.sink = sink
        self.read = read
        self.show = show
        self.now = now
        self.renderer = SessionRenderer(participants: header.participants)
        self.batch = records.map(\.batch).max() ?? 0
    }

    /// ISO 8601 UTC with seconds.
    public static func timestamp() -> String {
        UTCTime.iso(Date())
    }

    /// Run until the session completes or pauses. Throws only when the transcript cannot be written.
    /// - Parameter today: the day the session takes as today (`YYYY-MM-DD`); recorded at the start,
    ///   and on resume when it differs from the day recorded last.
    public func run(openCommitments: [RecapItem] = [], today: String? = nil) throws -> Result {
        if !state.started {
            try commit(engine.opening(state, openCommitments: openCommitments, today: today), undoable: false)
        } else if !state.completed {
            let day: [Event] = today.flatMap { $0 == state.today ? nil : [.today(date: $0)] } ?? []
            try commit([.resumed] + day, undoable: false)
            if let step = state.step {
                renderer.width = width()
                show(
                    [
                        ChatLine(.heading, renderer.facilitator.heading(index: state.stepIndex, state: state)),
                        ChatLine(.facilitator, renderer.facilitator.words(of: step)),
                    ] + onStepStart(step, state)
                        + renderer.proposalLines(for: step, state: state))
            }
        }
        // The question is shown when what is pending changes, or when a new step opens with the
        // same kind of question (a text step followed by a list step for the same lead).
        var lastAsked: (pending: Pending, step: Int)?
        while true {
            if state.completed { return .completed }
            let pending = state.pending
            if lastAsked.map({ $0.pending != pending || $0.step != state.stepIndex }) ?? true {
                show(renderer.facilitator.ask(pending, state: state))
                lastAsked = (pending, state.stepIndex)
            }
            switch read(renderer.facilitator.prompt(for: pending, state: state)) {
            case .endOfInput:
                try commit([.paused(reason: "end of input")], undoable: false)
                return .paused
            case .interrupted:
                if onInterrupt() {
                    try commit([.paused(reason: "interrupted")], undoable: false)
                    return .paused
                }
            case .line(let line):
                // Over the answer limit: refused before the engine sees it, nothing stored, asked again.
                if AnswerLimit.exceeded(by: line) {
                    show([ChatLine(.facilitator, AnswerLimit.refusal)])
                    lastAsked = nil
                    continue
                }
                let outcome: SessionEngine.Outcome
                if let coach = engine.coach, line.utf8.count >= readsAheadFrom {
                    // A long answer is written while the coach reads it (`CoachAhead`): the write's
                    // fsync and the coach take about as long, so the answer costs about one of them.
                    let ahead = CoachAhead(coach: coach)
                    let guess = ahead.engine(engine).handle(line, state: state)
                    if !ahead.wasAsked {
                        outcome = guess
                    } else if !guess.quit, !guess.events.isEmpty, guess.events != [.undo] {
                        if try commit(guess.events, undoable: true, after: preface(guess), unless: ahead) { continue }
                        outcome = engine.handle(line, state: state)  // flagged: the write was withdrawn
                    } else {
                        outcome = ahead.flagged() ? engine.handle(line, state: state) : guess
                    }
                } else {
                    outcome = engine.handle(line, state: state)
                }
                show(preface(outcome))
                if outcome.quit {
                    try commit([.paused(reason: "quit")], undoable: false)
                    return .paused
                }
                if outcome.events == [.undo] {
                    guard canUndo else {
                        show([ChatLine(.facilitator, "Nothing to undo yet.")])
                        continue
                    }
                    try commit([.undo], undoable: false)
                    lastAsked = nil
                    continue
                }
                if !outcome.events.isEmpty { try commit(outcome.events, undoable: true) }
            }
        }
    }

    /// Whether an answer exists that `/undo` can take back.
    var canUndo: Bool {
        let live = SessionState.effective(records)
        return live.contains { $0.batch > 0 }
    }

    /// What an outcome shows before its events: its messages, the status block, the plan preview.
    private func preface(_ outcome: SessionEngine.Outcome) -> [ChatLine] {
        var lines = outcome.messages.map { ChatLine(.facilitator, $0) }
        if outcome.showStatus { lines += renderer.facilitator.status(state) }
        if outcome.showPlan { lines += planPreview(state) }
        return lines
    }

    /// Store events (plus any step changes they cause) durably as one batch, then apply and show
    /// `after` and them.
    ///
    /// With `ahead`, the events were decided with the coach reading ahead: once they are written, the
    /// coach's verdict is awaited; if it flagged the answer, the write is withdrawn, the state is
    /// rebuilt from the records (as `/undo` does), nothing is shown, and the result is false.
    @discardableResult
    private func commit(_ events: [Event], undoable: Bool, after: [ChatLine] = [], unless ahead: CoachAhead? = nil) throws -> Bool {
        let batchBefore = batch
        let batchID: Int
        if undoable {
            batch += 1
            batchID = batch
        } else {
            batchID = 0
        }
        // Applied in place (no copy of the state, so the cost does not grow with the session); if the
        // write below fails the run ends with the error, so memory is never ahead of a prompt.
        var pending: [EventRecord] = []
        var seq = records.last?.seq ?? 0
        var lines: [ChatLine] = []
        renderer.width = width()
        let at = now()  // one time for the batch: its records are one write
        func add(_ event: Event) {
            seq += 1
            let record = EventRecord(seq: seq, at: at, batch: batchID, event: event)
            pending.append(record)
            state.apply(record)
            let rendered = renderer.render(event, after: state, live: true)
            if case .stepStarted = event, let step = state.step, !rendered.isEmpty {
                // What the step shows (e.g. the latest plan) comes right after its title, before the
                // prompt that refers to it ("Above is the latest plan…").
                lines += [rendered[0]] + onStepStart(step, state) + rendered.dropFirst()
            } else {
                lines += rendered
            }
        }
        events.forEach(add)
        if events.contains(.undo) {
            state = SessionState.replay(header: header, records: records + pending)
        }
        while let next = engine.advance(state) { add(next) }
        try sink.append(pending)
        if let ahead, ahead.flagged() {
            try sink.withdrawLast()
            batch = batchBefore
            state = SessionState.replay(header: header, records: records)
            return false
        }
        records += pending
        show(after + lines)
        return true
    }
}
