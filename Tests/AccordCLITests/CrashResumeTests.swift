import AccordCore
import Foundation
import Testing

/// `kill -9` at random points of a live session in a real pseudo-terminal, then `accord resume`.
///
/// The guarantee checked is "accepted ⇒ durable": once the next prompt has appeared after an answer,
/// that answer is in the transcript. A kill between the `write()` and the `fsync` cannot be aimed at
/// from outside (and a SIGKILL does not lose page-cache data anyway; only a power cut could), so an
/// answer typed but not yet followed by its next prompt may or may not be there — both are accepted,
/// as long as the file reads without damage and the session resumes and completes.
///
/// `ACCORD_CRASH_POINTS=N` sets the number of kill points (default 5, for CI); `ACCORD_CRASH_SEED`
/// repeats a run. `scripts/crash-test` runs 50.
@Suite("Crash and resume (kill -9 in a PTY)", .serialized)
struct CrashResumeTests {
    /// Conversation events after `k` script lines were read, for every `k` (reference, in process).
    static func reference(lines: [String], participants: Participants) throws -> [[Event]] {
        let playbook = try #require(PlaybookLibrary.load(extraDirectories: []).library.playbook(id: "goals"))
        let header = SessionHeader(
            id: "20260101-000000-aaaaaa", playbook: playbook, participants: participants,
            title: nil, started: "2026-01-01T00:00:00Z")
        final class Box {
            var runner: SessionRunner?
            var snapshots: [[Event]] = []
        }
        let box = Box()
        let sink = MemorySink()
        var next = 0
        box.runner = SessionRunner(
            header: header, records: [], engine: Workspace.engine, sink: sink,
            read: { _ in
                box.snapshots.append(E2E.conversation(sink.records))
                guard next < lines.count else { return .endOfInput }
                next += 1
                return .line(lines[next - 1])
            }, show: { _ in })
        let result = try box.runner!.run(today: CommitmentReport.todayString())  // the same today as the binary's runs
        #expect(result == .completed, "the goals example script should complete the session")
        box.snapshots.append(E2E.conversation(sink.records))
        return box.snapshots
    }

    struct Outcome {
        var lost = 0
        var problems: [String] = []
    }

    /// One kill point: accept `accepted` lines (each followed by its next prompt), optionally type
    /// one more and kill after `delay` microseconds, else kill at the prompt; then check and resume.
    static func crashAndResume(
        lines: [String], reference: [[Event]], accepted: Int, typeOneMore: Bool,
        delay: UInt32, label: String
    ) throws -> Outcome {
        var outcome = Outcome()
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = AccordBinary.environment(root: root, extra: ["ACCORD_NOHISTORY": "1"])
        let store = root + "/store"
        let pty = try PTYSession(
            AccordBinary.path, arguments: ["start", "goals", "--sales", "Dana", "--marketing", "Lee"],
            environment: env, columns: 250)
        try pty.expectPrompt("› ", timeout: 60)
        for line in lines.prefix(accepted) {
            pty.send(line + "\r")
            try pty.expectPrompt("› ", timeout: 60)
        }
        var typed = accepted
        if typeOneMore && accepted < lines.count {
            pty.send(lines[accepted] + "\r")
            typed += 1
            if delay > 0 { usleep(delay) }
        }
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit(timeout: 60)

        let files = E2E.transcripts(in: store)
        guard files.count == 1 else {
            outcome.problems.append("\(label): expected one transcript, found \(files.count)")
            outcome.lost = accepted
            return outcome
        }
        let file = try TranscriptReader.read(url: files[0])
        if let damage = file.damage { outcome.problems.append("\(label): damaged after kill: \(damage)") }
        for warning in file.warnings where !warning.contains("last line is incomplete") {
            outcome.problems.append("\(label): unexpected warning \(warning)")
        }
        let events = E2E.conversation(file.records)
        // The stored conversation must be exactly the reference after some j ≥ accepted lines.
        let candidates = (accepted...min(typed, lines.count)).filter { reference[$0] == events }
        guard let stored = candidates.last else {
            let prefix =
                (0...lines.count).last { k in reference[k].count <= events.count && Array(events.prefix(reference[k].count)) == reference[k]
                } ?? 0
            outcome.lost = max(0, accepted - prefix)
            outcome.problems.append(
                "\(label): transcript holds \(events.count) events; expected the state after \(accepted)…\(typed) lines (lost \(outcome.lost))"
            )
            return outcome
        }

        // Resume (piped) with the rest of the script; the session must complete with the full conversation.
        let id = E2E.id(of: files[0])
        let rest = lines[stored...].map { $0 + "\n" }.joined()
        let resumed = try E2E.run(["resume", id], input: rest, environment: env)
        if resumed.status != 0 { outcome.problems.append("\(label): resume exited \(resumed.status): \(resumed.stderr)") }
        let after = try TranscriptReader.read(url: files[0])
        if after.damage != nil || !after.warnings.isEmpty {
            outcome.problems.append("\(label): after resume: damage \(after.damage ?? "-"), warnings \(after.warnings)")
        }
        if E2E.conversation(after.records) != reference[lines.count] {
            outcome.problems.append("\(label): resumed session does not match a run without a crash")
        }
        if stored < lines.count, !String(decoding: resumed.stdout, as: UTF8.self).contains("resuming \(id)") {
            outcome.problems.append("\(label): resume did not say it was resuming")
        }
        return outcome
    }

    static func run(points: Int, seed: UInt64) throws -> (lost: Int, problems: [String]) {
        let lines = try E2E.exampleLines("goals")
        let reference = try reference(lines: lines, participants: Participants(sales: "Dana", marketing: "Lee"))
        var rng = SeededGenerator(seed: seed)
        var lost = 0
        var problems: [String] = []
        for point in 0..<points {
            let accepted = Int.random(in: 0..<lines.count, using: &rng)
            let typeOneMore = Bool.random(using: &rng)
            let delay = typeOneMore ? UInt32.random(in: 0...30_000, using: &rng) : 0
            let label = "kill point \(point + 1) (after \(accepted) lines\(typeOneMore ? ", +1 typed, \(delay) µs" : ""))"
            let outcome = try crashAndResume(
                lines: lines, reference: reference, accepted: accepted,
                typeOneMore: typeOneMore, delay: delay, label: label)
            lost += outcome.lost
            problems += outcome.problems
        }
        return (lost, problems)
    }

    @Test(.timeLimit(.minutes(60)))
    func answersAcceptedBeforeKill9SurviveAndTheSessionResumesToCompletion() throws {
        let env = ProcessInfo.processInfo.environment
        let points = env["ACCORD_CRASH_POINTS"].flatMap(Int.init) ?? 5
        let seed = env["ACCORD_CRASH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...999_999)
        print("crash test: seed \(seed), \(points) kill points (repeat with ACCORD_CRASH_SEED=\(seed))")
        let result = try Self.run(points: points, seed: seed)
        print("crash test: \(points) kill points, \(result.lost) lost answers, \(result.problems.count) problems, seed \(seed)")
        for problem in result.problems { print("crash test: \(problem)") }
        #expect(result.lost == 0, "seed \(seed)")
        #expect(result.problems.isEmpty, "seed \(seed): \(result.problems.joined(separator: "\n"))")
    }

    // MARK: Torn writes

    /// The goals example run in process into a real transcript, with the file size at every prompt:
    /// `sizes[0]` after the header, `sizes[k + 1]` once the write for `k` lines is acknowledged.
    static func recordedRun(lines: [String], store: TranscriptStore, id: String) throws -> (header: SessionHeader, sizes: [Int]) {
        let playbook = try #require(PlaybookLibrary.load(extraDirectories: []).library.playbook(id: "goals"))
        let header = SessionHeader(
            id: id, playbook: playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: nil, started: "2026-01-01T00:00:00Z")
        let writer = try store.create(header: header)
        defer { writer.close() }
        let url = try store.url(for: id)
        func size() -> Int { (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? -1 }
        var sizes = [size()]
        var next = 0
        let runner = SessionRunner(
            header: header, records: [], engine: Workspace.engine, sink: writer,
            read: { _ in
                sizes.append(size())
                guard next < lines.count else { return .endOfInput }
                next += 1
                return .line(lines[next - 1])
            }, show: { _ in })
        _ = try runner.run()
        sizes.append(size())
        return (header, sizes)
    }

    /// Cuts each multi-record write (the opening, and every answer that stores more than one record)
    /// at every byte offset: the reader must give exactly the conversation before that write — no
    /// acknowledged answer lost, no part of the torn one kept — and resuming must ask again and end
    /// like a run without a crash. Resumes every 16th offset (every offset with ACCORD_TORN_ALL=1).
    @Test func aTornMultiRecordWriteIsDroppedWholeAndTheQuestionAskedAgain() throws {
        let lines = try E2E.exampleLines("goals")
        let reference = try Self.reference(lines: lines, participants: Participants(sales: "Dana", marketing: "Lee"))
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = TranscriptStore(directory: URL(fileURLWithPath: root + "/store"))
        let id = "20260101-000000-torn00"
        let (_, sizes) = try Self.recordedRun(lines: lines, store: store, id: id)
        let url = try store.url(for: id)
        let full = try Data(contentsOf: url)
        let everyOffset = ProcessInfo.processInfo.environment["ACCORD_TORN_ALL"] == "1"
        var cuts = 0
        var resumes = 0
        var lost = 0
        var partial = 0
        var problems: [String] = []
        // The write after the prompt for k lines: bytes sizes[k]..<sizes[k + 1]; before it, reference[k - 1].
        for k in 0..<(sizes.count - 1) where sizes[k + 1] > sizes[k] {
            let write = full[sizes[k]..<sizes[k + 1]]
            guard write.filter({ $0 == 0x0A }).count > 1 else { continue }
            let before = k == 0 ? [] : reference[k - 1]
            for offset in 0..<write.count {
                cuts += 1
                try full.prefix(sizes[k] + offset).write(to: url)
                let file = try TranscriptReader.read(url: url)
                let events = E2E.conversation(file.records)
                if file.damage != nil { problems.append("write \(k) cut at \(offset): damaged \(file.damage!)") }
                if events.count > before.count { partial += 1 }
                if events.count < before.count { lost += 1 }
                if events != before, events.count == before.count { problems.append("write \(k) cut at \(offset): other events") }
                guard everyOffset || offset % 16 == 0 || offset == write.count - 1 else { continue }
                resumes += 1
                let writer = try store.open(id: id)
                let records = try #require(writer.transcript).records
                var rest = lines[max(0, k - 1)...].makeIterator()
                let runner = SessionRunner(
                    header: try #require(writer.transcript).header, records: records, engine: Workspace.engine, sink: writer,
                    read: { _ in rest.next().map(LineInput.line) ?? .endOfInput }, show: { _ in })
                _ = try runner.run()
                writer.close()
                let after = try TranscriptReader.read(url: url)
                if E2E.conversation(after.records) != reference[lines.count] || after.damage != nil || !after.warnings.isEmpty {
                    problems.append("write \(k) cut at \(offset): the resumed session differs from a run without a crash")
                }
            }
        }
        print(
            "torn writes: \(cuts) cuts, \(resumes) resumes, \(lost) lost acknowledged answers, \(partial) partial answers, \(problems.count) problems"
        )
        #expect(cuts > 500, "the example has several multi-record writes")
        #expect(lost == 0 && partial == 0)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    // MARK: Kills during start-up

    /// `kill -9` a few milliseconds after `accord start`, again and again in one store: every file
    /// left is a complete, readable transcript (or there is none) — never an empty one. The count is
    /// ACCORD_STARTUP_KILLS (default 10; `scripts/crash-test` runs 200).
    @Test(.timeLimit(.minutes(30)))
    func killsDuringStartUpNeverLeaveAnEmptyOrUnreadableTranscript() throws {
        let env = ProcessInfo.processInfo.environment
        let kills = env["ACCORD_STARTUP_KILLS"].flatMap(Int.init) ?? 10
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let environment = AccordBinary.environment(root: root, extra: ["ACCORD_NOHISTORY": "1"])
        var rng = SeededGenerator(seed: env["ACCORD_CRASH_SEED"].flatMap(UInt64.init) ?? 7)
        var problems: [String] = []
        /// Starts accord and kills it after `delay` µs, or (nil) at its first prompt, returning how long that took.
        func startAndKill(after delay: UInt32?) throws -> UInt32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: AccordBinary.path)
            process.arguments = ["start", "goals", "--sales", "Dana", "--marketing", "Lee"]
            process.environment = environment
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            let began = Date()
            try process.run()
            var waited: UInt32 = 0
            if let delay {
                usleep(delay)
            } else {
                var seen = Data()
                while !String(decoding: seen, as: UTF8.self).contains("› ") {
                    let more = output.fileHandleForReading.availableData
                    if more.isEmpty { break }
                    seen.append(more)
                }
                waited = UInt32(min(Date().timeIntervalSince(began) * 1e6, 2e6))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            try? output.fileHandleForReading.close()
            return waited
        }
        // Kills are spread from the spawn to twice the time to the first prompt, timed on this machine now.
        let toPrompt = try startAndKill(after: nil)
        for n in 0..<kills {
            _ = try startAndKill(after: UInt32.random(in: 0...max(1, 2 * toPrompt), using: &rng))
            for url in E2E.transcripts(in: root + "/store") {
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                if size == 0 { problems.append("kill \(n): empty \(url.lastPathComponent)") }
                if (try? TranscriptReader.read(url: url)) == nil { problems.append("kill \(n): unreadable \(url.lastPathComponent)") }
            }
            if !problems.isEmpty { break }
        }
        let files = E2E.transcripts(in: root + "/store")
        let list = try E2E.run(["list"], input: "", environment: environment)
        print(
            "start-up kills: \(kills) kills within \(2 * toPrompt / 1000) ms of the spawn, \(files.count) transcripts left (all complete), \(problems.count) empty or unreadable"
        )
        #expect(list.status == 0)
        if kills >= 50 { #expect(files.count > 1, "some kills should land after the transcript was created") }
        #expect(!String(decoding: list.stdout, as: UTF8.self).contains("damaged"))
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func theReferenceRunMatchesThePipedExampleScript() throws {
        // Guards the reference used above: the in-process run equals what the binary stores.
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = AccordBinary.environment(root: root)
        let lines = try E2E.exampleLines("goals")
        let result = try E2E.run(
            ["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: try E2E.exampleInput("goals"), environment: env)
        #expect(result.status == 0)
        let file = try TranscriptReader.read(url: try #require(E2E.transcripts(in: root + "/store").first))
        let reference = try Self.reference(lines: lines, participants: Participants(sales: "Dana", marketing: "Lee"))
        #expect(E2E.conversation(file.records) == reference[lines.count])
        #expect(reference[lines.count].last == .completed)
    }
}
