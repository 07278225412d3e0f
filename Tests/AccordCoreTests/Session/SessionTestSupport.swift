@testable import AccordCore

/// A small playbook that exercises every capture the engine knows.
let samplePlaybook = Playbook(
    id: "sample", title: "Sample", purpose: "Exercise the engine.",
    steps: [
        Step(title: "Check-in", prompt: "{sales}, {marketing}: how are you?", who: .each, capture: .text),
        Step(title: "Joint goals", prompt: "Merge your goals.", who: .either, capture: .goal, agree: true),
        Step(title: "Roles", prompt: "Assign R/A/C/I.", who: .either, capture: .raci, activities: ["Lead scoring", "Hand-off"]),
        Step(title: "Actions", prompt: "Who does what by when?", who: .each, capture: .action, agree: true, coach: true),
        Step(title: "Sign-off", prompt: "Do you both agree?", who: .each, capture: .agreement),
    ])

/// Drives a session with no terminal: every line goes through the same runner as the REPL.
struct Harness {
    var header: SessionHeader
    var sink = MemorySink()
    var shown: [ChatLine] = []

    init(playbook: Playbook = samplePlaybook, participants: Participants = Participants(sales: "Dana", marketing: "Lee")) {
        header = SessionHeader(
            id: "20261122-100000-abcdef", playbook: playbook, participants: participants, title: nil, started: "2026-11-22T10:00:00Z")
    }

    /// Run the lines; returns the runner's final state and result.
    mutating func run(_ lines: [String], coach: SessionEngine = SessionEngine(), recap: [RecapItem] = []) throws -> (
        SessionState, SessionRunner.Result
    ) {
        let reader = ScriptedLineReader(lines)
        var collected: [ChatLine] = []
        let runner = SessionRunner(
            header: header, records: sink.records, engine: coach, sink: sink,
            read: { reader.read(prompt: $0) }, show: { collected += $0 }, now: { "2026-11-22T10:00:00Z" })
        let result = try runner.run(openCommitments: recap)
        shown += collected
        return (runner.state, result)
    }

    var text: String { shown.map(\.text).joined(separator: "\n") }
}
