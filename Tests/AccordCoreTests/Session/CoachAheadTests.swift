import Dispatch
import Foundation
import Testing

@testable import AccordCore

/// A long answer is written while the coach reads it (`CoachAhead`): what is stored and shown must be
/// exactly what the coach-first way stores and shows, flagged or not.
@Suite("The coach reading ahead of a long answer")
struct CoachAheadTests {
    /// Counts the appends and withdrawals a runner makes, keeping the records in memory.
    final class CountingSink: EventSink {
        let inner = MemorySink()
        var appends = 0
        var withdrawals = 0
        var onAppend: () -> Void = {}
        func append(_ records: [EventRecord]) throws {
            appends += 1
            try inner.append(records)
            onAppend()
        }
        func withdrawLast() throws {
            withdrawals += 1
            try inner.withdrawLast()
        }
    }

    static let filler = String(repeating: "We shared the webinar list and the first calls started two days later. ", count: 20)
    /// A retro's list steps, both coached; then an action step where the other side agrees.
    static let playbook = Playbook(
        id: "ahead", title: "Ahead", purpose: "Long answers.",
        steps: [
            Step(title: "Went well", prompt: "What went well?", who: .either, capture: .list, coach: true),
            Step(title: "Went badly", prompt: "What got in the way?", who: .either, capture: .list, coach: true),
            Step(title: "Actions", prompt: "Who does what by when?", who: .each, capture: .action, agree: true, coach: true),
        ])
    /// Long answers (over `CoachAhead.minimumLength`) the coach passes and flags, the coach's choices,
    /// short ones, an empty line that ends a step, and a long answer where a yes or no is asked.
    static let script = [
        "The webinar went well. " + filler,
        "Sales never follows up. " + filler,
        "",
        "They never read the brief. " + filler,
        "rephrase",
        "We read the brief late. " + filler,
        "Marketing never calls back",
        "",
        "Nobody was on call for the launch. " + filler,
        "",
        "",
        "Agree the hand-off fields. " + filler + " Owner Dana, due 2027-05-01",
        "They never agree to anything. " + filler,
        "yes",
    ]

    static let engine = SessionEngine(coach: { text, _ in
        text.contains("never") ? ("That puts it on the other team.", "What got in the way?") : nil
    })

    /// Runs the script with the coach reading ahead from `from` bytes; returns what was stored and shown.
    static func run(readsAheadFrom from: Int, sink: CountingSink = CountingSink()) throws -> (
        records: [EventRecord], shown: [ChatLine], sink: CountingSink, state: SessionState
    ) {
        let header = SessionHeader(
            id: "20261122-100000-abcdef", playbook: playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: nil, started: "2026-11-22T10:00:00Z")
        let reader = ScriptedLineReader(script)
        var shown: [ChatLine] = []
        let runner = SessionRunner(
            header: header, records: [], engine: engine, sink: sink, read: { reader.read(prompt: $0) }, show: { shown += $0 },
            now: { "2026-11-22T10:00:00Z" })
        runner.readsAheadFrom = from
        _ = try runner.run()
        #expect(runner.records == sink.inner.records)
        return (sink.inner.records, shown, sink, runner.state)
    }

    @Test func aLongAnswerIsStoredAndShownAsWhenTheCoachReadsFirst() throws {
        let first = try Self.run(readsAheadFrom: .max)
        let ahead = try Self.run(readsAheadFrom: CoachAhead.minimumLength)
        #expect(ahead.records == first.records)
        #expect(ahead.shown == first.shown)
        #expect(ahead.state.items.map(\.text) == first.state.items.map(\.text))
        // The long answers went ahead: the two flagged in the list steps were written, then withdrawn
        // (the one where a yes or no was asked led to no write).
        #expect(first.sink.withdrawals == 0)
        #expect(ahead.sink.withdrawals == 2)
        #expect(ahead.sink.appends == first.sink.appends + 2)
        // And the coach did its work: kept, rephrased, kept, and the reply to the agreement.
        #expect(first.state.coachFlags.map(\.choice) == [.keep, .rephrase, .keep, .rephrase])
        #expect(first.state.items.contains { $0.text.hasPrefix("Sales never follows up") })
        #expect(!first.state.items.contains { $0.text.hasPrefix("They never read the brief") })
        #expect(first.state.items.contains { $0.text.hasPrefix("Nobody was on call") })
    }

    @Test func theCoachReadsWhileTheAnswerIsWritten() throws {
        // The coach waits (up to 10 s) for the answer's write: had it been asked first, the write could
        // not have happened while it waited, and its wait would have timed out. (A check the helper has
        // not finished is made again on the runner's thread after the write: it finds the write made.)
        final class Seen: @unchecked Sendable {
            let written = DispatchSemaphore(value: 0)
            let lock = NSLock()
            var duringWrite = 0
            var timedOut = 0
        }
        let seen = Seen()
        let engine = SessionEngine(coach: { text, _ in
            if seen.written.wait(timeout: .now() + 10) == .success {
                seen.written.signal()  // for the other thread's check of the same statement, if any
                seen.lock.withLock { seen.duringWrite += 1 }
            } else {
                seen.lock.withLock { seen.timedOut += 1 }
            }
            return nil
        })
        let sink = CountingSink()
        sink.onAppend = { seen.written.signal() }
        let header = SessionHeader(
            id: "20261122-100000-abcdef", playbook: Self.playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: nil, started: "2026-11-22T10:00:00Z")
        let reader = ScriptedLineReader(["The webinar went well. " + Self.filler])
        let runner = SessionRunner(
            header: header, records: [], engine: engine, sink: sink, read: { reader.read(prompt: $0) }, show: { _ in })
        _ = try runner.run()
        #expect(seen.lock.withLock { seen.duringWrite } >= 1)
        #expect(seen.lock.withLock { seen.timedOut } == 0)
        #expect(runner.state.items.contains { $0.text.hasPrefix("The webinar went well") })
    }

    @Test func theAnswerDoesNotWaitForAHelperThatHasNotFinished() throws {
        // The helper's checks are held until the run is over: the runner makes each check itself once
        // the write returns, and the answers are stored and shown as when the coach reads first.
        final class Held: @unchecked Sendable {
            let release = DispatchSemaphore(value: 0)
            let lock = NSLock()
            var finished = 0
            let runner = pthread_self()
        }
        let held = Held()
        let engine = SessionEngine(coach: { text, role in
            if pthread_equal(pthread_self(), held.runner) == 0 {
                _ = held.release.wait(timeout: .now() + 10)
                held.lock.withLock { held.finished += 1 }
            }
            return Self.engine.coach!(text, role)
        })
        let header = SessionHeader(
            id: "20261122-100000-abcdef", playbook: Self.playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: nil, started: "2026-11-22T10:00:00Z")
        let reader = ScriptedLineReader(Self.script)
        var shown: [ChatLine] = []
        let sink = CountingSink()
        let runner = SessionRunner(
            header: header, records: [], engine: engine, sink: sink, read: { reader.read(prompt: $0) }, show: { shown += $0 },
            now: { "2026-11-22T10:00:00Z" })
        runner.readsAheadFrom = CoachAhead.minimumLength
        _ = try runner.run()
        // No held check had finished when the run ended (had the runner waited for one, it would
        // have, after 10 s); let them go.
        #expect(held.lock.withLock { held.finished } == 0)
        for _ in 0..<64 { held.release.signal() }
        let first = try Self.run(readsAheadFrom: .max)
        #expect(sink.inner.records == first.records)
        #expect(shown == first.shown)
        #expect(sink.withdrawals == 2)
    }

    @Test func aShortAnswerIsReadByTheCoachFirst() throws {
        let sink = CountingSink()
        let header = SessionHeader(
            id: "20261122-100000-abcdef", playbook: Self.playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: nil, started: "2026-11-22T10:00:00Z")
        let reader = ScriptedLineReader(["Marketing never calls back"])
        let runner = SessionRunner(
            header: header, records: [], engine: Self.engine, sink: sink, read: { reader.read(prompt: $0) }, show: { _ in })
        _ = try runner.run()
        // Flagged before anything was written: nothing to withdraw.
        #expect(sink.withdrawals == 0)
        #expect(runner.state.coachFlags.count == 1)
        #expect(!runner.state.items.contains { $0.text.hasPrefix("Marketing never") })
    }
}
