import AccordCore
import Foundation
import Testing

/// Issue 4's safety guarantees, checked through the built binary: damaged and torn transcripts,
/// locks, permissions, escape sequences, odd input, path tricks, pausing and resuming, changed
/// playbooks, replay.
@Suite("Safety through the CLI")
struct SafetyTests {
    static let evil = "\u{1b}[2J\u{1b}]0;pwned\u{07}"

    /// A throwaway store with the example script at hand.
    struct Sandbox {
        let root: String
        let env: [String: String]
        var store: String { root + "/store" }
        let lines: [String]

        init(extra: [String: String] = [:]) throws {
            root = try AccordBinary.temporaryDirectory()
            env = AccordBinary.environment(root: root, extra: ["ACCORD_NOHISTORY": "1"].merging(extra) { $1 })
            lines = try E2E.exampleLines("goals")
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        func run(_ args: [String], _ input: String = "") throws -> (status: Int32, stdout: String, stderr: String, bytes: Data) {
            let r = try E2E.run(args, input: Data(input.utf8), environment: env)
            return (r.status, String(decoding: r.stdout, as: UTF8.self), r.stderr, r.stdout)
        }

        /// Starts a goals session fed `input` (piped); returns its id.
        func startGoals(_ input: String, sales: String = "Dana", marketing: String = "Lee", extraArgs: [String] = []) throws -> String {
            let before = Set(E2E.transcripts(in: store).map(E2E.id))
            let r = try run(["start", "goals", "--sales", sales, "--marketing", marketing] + extraArgs, input)
            #expect(r.status == 0, "start: \(r.stderr)")
            let new = E2E.transcripts(in: store).map(E2E.id).filter { !before.contains($0) }
            return try #require(new.first, "no transcript was created")
        }

        func script(_ range: Range<Int>) -> String { lines[range].map { $0 + "\n" }.joined() }
        func script(from k: Int) -> String { script(k..<lines.count) }

        func url(_ id: String) -> URL { URL(fileURLWithPath: store + "/" + id + ".jsonl") }
        func read(_ id: String) throws -> TranscriptFile { try TranscriptReader.read(url: url(id)) }
    }

    static let reference: [[Event]] = {
        (try? CrashResumeTests.reference(lines: E2E.exampleLines("goals"), participants: Participants(sales: "Dana", marketing: "Lee")))
            ?? []
    }()

    // MARK: Torn and damaged transcripts

    @Test func aTornLastLineIsAWarningAndResumeContinuesAfterItLeavingAClearFile() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<24))
        let handle = try FileHandle(forWritingTo: box.url(id))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2026-11-22T10:00:02Z","batch":9,"event":{"answer":{"spe"#.utf8))
        try handle.close()

        let show = try box.run(["show", id])
        #expect(show.status == 0)
        #expect(show.stderr.contains("last line is incomplete"), "\(show.stderr)")
        #expect(show.stdout.contains("Follow up faster"))

        let resume = try box.run(["resume", id], box.script(from: 24))
        #expect(resume.status == 0, "\(resume.stderr)")
        let file = try box.read(id)
        #expect(file.warnings.isEmpty && file.damage == nil)
        let bytes = try Data(contentsOf: box.url(id))
        #expect(bytes.last == 0x0A)
        #expect(!String(decoding: bytes, as: UTF8.self).contains(#""spe{"#), "the torn tail must be cut away")
        #expect(E2E.conversation(file.records) == Self.reference.last)
        #expect(try box.run(["show", id]).stderr.isEmpty)
    }

    @Test func aCorruptMiddleLineMarksOnlyThatSessionDamagedAndShowPrintsTheReadablePart() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let good = try box.startGoals(box.script(0..<box.lines.count))
        let bad = try box.startGoals(box.script(0..<24))
        var lines = try String(contentsOf: box.url(bad), encoding: .utf8).components(separatedBy: "\n")
        let answerLine = try #require(lines.indices.first { $0 > 0 && lines[$0].contains(#""text":"Leads last quarter"#) })
        lines[answerLine + 2] = #"{"at":"oops"#  // a middle line that is not JSON
        try lines.joined(separator: "\n").write(to: box.url(bad), atomically: false, encoding: .utf8)

        let list = try box.run(["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(good) && list.stdout.contains(bad))
        #expect(list.stdout.contains("\(bad).jsonl:\(answerLine + 3)"), "file:line expected in\n\(list.stdout)")
        let row = list.stdout.split(separator: "\n").first { $0.hasPrefix(bad) } ?? ""
        #expect(row.contains("damaged"))
        let json = try JSONDecoder().decode([SessionSummary].self, from: try box.run(["list", "--json"]).bytes)
        #expect(json.first { $0.id == good }?.status == .completed)
        #expect(json.first { $0.id == bad }?.status == .damaged)

        let show = try box.run(["show", bad])
        #expect(show.status == 65)
        #expect(show.stdout.contains("Keen, and a little worried") && show.stdout.contains("Leads last quarter"))
        #expect(!show.stdout.contains("Follow up faster"))
        #expect(show.stderr.contains(":\(answerLine + 3)"))

        let resume = try box.run(["resume", bad], "yes\n")
        #expect(resume.status == 65)
        #expect(resume.stderr.contains("damaged"))
    }

    // MARK: Locks

    @Test(.timeLimit(.minutes(5)))
    func aSecondResumeOfAnOpenSessionIsRefusedWithThePidAndExit75() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<3))
        let first = try PTYSession(AccordBinary.path, arguments: ["resume", id], environment: box.env, columns: 200)
        try first.expectPrompt("› ", timeout: 60)
        let second = try box.run(["resume", id], "hello\n")
        #expect(second.status == 75)
        #expect(second.stderr.contains("session \(id) is open in another accord (pid \(first.pid))"), "\(second.stderr)")
        #expect(E2E.mode(box.store + "/\(id).lock") == 0o600)
        first.send("/quit\r")
        #expect(try first.waitForExit(timeout: 60) == 0)
        #expect(!FileManager.default.fileExists(atPath: box.store + "/\(id).lock"), "a clean close removes the lock")
        #expect(try box.run(["resume", id], "").status == 0, "free again once the first accord left")
    }

    // MARK: Permissions

    @Test func storeIsPrivateAndTranscriptsAndPlansAreOwnerOnlyEvenWithUmask022() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<box.lines.count))
        #expect(E2E.mode(box.store) == 0o700)
        #expect(E2E.mode(box.url(id).path) == 0o600)
        #expect(E2E.mode(box.store + "/.cache") == 0o700 || E2E.mode(box.store + "/.cache") == -1)
        let planFile = box.root + "/plan.md"
        let plan = try box.run(["plan", id, "-o", planFile])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(E2E.mode(planFile) == 0o600)
        let html = box.root + "/plan.html"
        #expect(try box.run(["plan", id, "--format", "html", "-o", html]).status == 0)
        #expect(E2E.mode(html) == 0o600)
    }

    // MARK: Escape sequences and odd input

    @Test func escapeSequencesInNamesAndAnswersAreStoredExactlyButNeverReachTheTerminal() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let sales = "Dana" + Self.evil
        let answer = "Fine " + Self.evil + " thanks"
        let start = try box.run(
            ["start", "goals", "--sales", sales, "--marketing", "Lee"], ([answer] + box.lines.dropFirst()).map { $0 + "\n" }.joined())
        #expect(start.status == 0, "\(start.stderr)")
        let id = try #require(E2E.transcripts(in: box.store).first.map(E2E.id))
        let file = try box.read(id)
        #expect(file.header.participants.sales == sales)
        #expect(file.records.contains { $0.event == .answer(speaker: .sales, text: answer) })
        #expect(!(try Data(contentsOf: box.url(id))).contains(0x1B), "ESC is JSON-escaped in the file")

        func clean(_ data: Data, _ what: String) {
            #expect(!data.contains(0x1B) && !data.contains(0x07), "\(what) printed an ESC or BEL byte")
        }
        clean(start.bytes, "the live session (piped)")
        clean(Data(start.stderr.utf8), "the live session's stderr")
        clean(try box.run(["show", id]).bytes, "show")
        clean(try box.run(["replay", id, "--speed", "1000"]).bytes, "replay")
        clean(try box.run(["replay", id], "a\n").bytes, "replay (stepping)")
        clean(try box.run(["list"]).bytes, "list")
        clean(try box.run(["list", "--json"]).bytes, "list --json")
        clean(try box.run(["plan", id]).bytes, "plan")
        clean(try box.run(["plan", id, "--format", "html"]).bytes, "plan --format html")
        clean(try box.run(["plan", id, "--format", "json"]).bytes, "plan --format json")
        clean(try box.run(["commitments", "--all"]).bytes, "commitments")
        #expect(try box.run(["show", id]).stdout.contains("Fine ^[[2J^[]0;pwned^G thanks"))

        // In a terminal (colours on), the only escape sequences are accord's own styling. (Typed
        // keys cannot carry a raw ESC into an answer: the line editor reads ESC as a key binding.)
        let pty = try PTYSession(
            AccordBinary.path, arguments: ["start", "goals", "--sales", sales, "--marketing", "Lee"],
            environment: box.env, columns: 200)
        try pty.expectPrompt("› ", timeout: 60)
        pty.send("Fine thanks\r")
        try pty.expectPrompt("› ", timeout: 60)
        pty.send("/quit\r")
        _ = try pty.waitForExit(timeout: 60)
        #expect(
            !pty.output.contains("\u{1b}[2J") && !pty.output.contains("\u{1b}]0;") && !pty.output.contains("\u{07}"),
            "live terminal output: \(pty.output.debugDescription)")
    }

    @Test func invalidUTF8InAPipedAnswerIsStoredWithoutCrashAndShownSafely() throws {
        let box = try Sandbox()
        defer { box.remove() }
        var input = Data("Keen \u{E9}".utf8)
        input.append(contentsOf: [0xFF, 0xC3, 0x28, 0x80])
        input.append(contentsOf: Array(" end\n".utf8))
        input.append(Data(box.script(from: 1).utf8))
        let r = try E2E.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: input, environment: box.env)
        #expect(r.status == 0, "\(r.stderr)")
        let id = try #require(E2E.transcripts(in: box.store).first.map(E2E.id))
        let file = try box.read(id)
        #expect(file.damage == nil && file.warnings.isEmpty)
        let first = file.records.compactMap { record -> String? in
            if case .answer(.sales, let text) = record.event { return text } else { return nil }
        }.first
        let text = try #require(first)
        #expect(text.hasPrefix("Keen \u{E9}") && text.hasSuffix(" end"))
        #expect(text.contains("\\xFF") || text.contains("\u{FFFD}"), "\(text.debugDescription)")
        #expect(file.records.last?.event == .completed)
        let show = try box.run(["show", id])
        #expect(show.status == 0)
        #expect(String(data: show.bytes, encoding: .utf8) != nil, "show prints valid UTF-8")
        #expect(show.stdout.contains("Keen \u{E9}"))
    }

    @Test func anAnswerOfExactly64KBIsStoredAndA12MBLineIsRefusedBeforeAnythingIsStored() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let limit = String(repeating: "pipeline ", count: AnswerLimit.bytes / 9) + "end"
        let atLimit = limit + String(repeating: "x", count: AnswerLimit.bytes - limit.utf8.count)
        #expect(atLimit.utf8.count == AnswerLimit.bytes)
        let huge = String(repeating: "pipeline ", count: 12_000_000 / 9)  // 12 MB on one line (50 MB: docs/transcript-format.md)
        let paragraph = "\"\"\"\n" + String(repeating: String(repeating: "y", count: 1_000) + "\n", count: 70) + "\"\"\"\n"
        let input = huge + "\n" + paragraph + atLimit + "\n" + box.script(from: 1)
        let started = Date()
        let r = try box.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Date().timeIntervalSince(started) < 60)
        let refusals =
            r.stdout.replacingOccurrences(of: "\n", with: " ").components(separatedBy: "longer than 64 KB, so it was not saved").count - 1
        #expect(refusals == 2, "both over-limit answers are refused with the message")
        let id = try #require(E2E.transcripts(in: box.store).first.map(E2E.id))
        let file = try box.read(id)
        let answers = file.records.compactMap { record -> String? in
            if case .answer(_, let text) = record.event { return text }
            return nil
        }
        #expect(answers.first == atLimit, "the first answer stored is the one at the limit")
        #expect(!answers.contains { $0.utf8.count > AnswerLimit.bytes })
        #expect(file.records.last?.event == .completed)
        #expect(try box.run(["show", id]).status == 0)
    }

    // MARK: I/O errors

    /// A write that fails (here: the file size limit, `EFBIG`; a full disk gives `ENOSPC`) ends the
    /// session with exit 74; the answer is not acknowledged and the file still reads and resumes.
    @Test func aFailingWriteExits74AndTheSessionStillResumes() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<3))
        let size = try Data(contentsOf: box.url(id)).count
        let big = String(repeating: "pipeline ", count: 4_000)  // 36 KB: over the limit set below
        // bash's `ulimit -f` counts 1,024-byte blocks; SIGXFSZ ignored, so write() fails with EFBIG.
        let blocks = size / 1024 + 8
        let env = box.env
        let r = try E2E.runProgram(
            "/bin/bash", ["-c", "ulimit -f \(blocks); trap '' XFSZ; exec \"$0\" resume \(id)", AccordBinary.path],
            input: Data((big + "\n").utf8), environment: env)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("write failed"), "\(r.stderr)")
        let file = try box.read(id)
        #expect(file.damage == nil)
        #expect(!file.records.contains { $0.event == .answer(speaker: .sales, text: big) })
        let resumed = try box.run(["resume", id], box.script(from: 3))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try box.read(id).records.last?.event == .completed)
    }

    @Test func aHostileStoreNeitherTrapsNorHidesTheOtherSessions() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let good = try box.startGoals(box.script(0..<box.lines.count))
        let text = try String(contentsOf: box.url(good), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        // A copy with seq 2^63 in a middle line, one with Int.max on its last line, a symlink to
        // /dev/zero and a FIFO named like transcripts.
        let big = "20261122-100000-big000"
        let last = "20261122-100000-last00"
        var hostile = lines
        let seqKey = try #require(hostile[5].range(of: #""seq":"#, options: .backwards))
        hostile[5] = String(hostile[5][..<seqKey.upperBound]) + "9223372036854775808}"
        #expect(hostile[5].hasSuffix("9223372036854775808}"))
        try (hostile.joined(separator: "\n") + "\n").write(toFile: box.store + "/\(big).jsonl", atomically: false, encoding: .utf8)
        var maxed = Array(lines.dropLast())
        maxed.append(
            #"{"at":"2026-11-22T10:00:02Z","batch":9223372036854775807,"event":{"note":{"by":"sales","text":"x"}},"seq":9223372036854775807}"#
        )
        try (maxed.joined(separator: "\n") + "\n").write(toFile: box.store + "/\(last).jsonl", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: box.store + "/20261122-100000-zero00.jsonl", withDestinationPath: "/dev/zero")
        #expect(mkfifo(box.store + "/20261122-100000-fifo00.jsonl", 0o600) == 0)

        let list = try box.run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains(good) && list.stdout.contains(big) && list.stdout.contains(last))
        for args in [
            ["commitments", "--all"], ["commitments", "--all", "--json"], ["plan"], ["list", "--json"], ["show", big],
            ["replay", big, "--speed", "1000"],
        ] {
            let r = try box.run(args)
            #expect(r.status == 0 || r.status == 65, "\(args): \(r.status) \(r.stderr)")
        }
        let resume = try box.run(["resume", last], "yes\n")
        #expect(resume.status == 65, "\(resume.stderr)")
        #expect(resume.stderr.contains("seq is out of range") || resume.stderr.contains("batch is out of range"), "\(resume.stderr)")
        for id in ["20261122-100000-zero00", "20261122-100000-fifo00"] {
            let r = try box.run(["show", id])
            #expect(r.status != 0 && r.status < 128, "\(id): \(r.status)")
        }
        let long = String(repeating: "z", count: 100_000)
        let missing = try box.run(["show", long])
        #expect(missing.stderr.count < 400, "user text is echoed cut short")
    }

    @Test(arguments: [
        ["show", "../../etc/passwd"], ["resume", "../x"], ["show", "/etc/passwd"], ["replay", "a/b"],
        ["plan", "..%2f"], ["show", "x\u{1b}[2J"],
    ])
    func pathTricksAreRefusedWithExit64(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        _ = try box.startGoals(box.script(0..<2))
        let r = try box.run(args)
        #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("invalid session id"), "\(r.stderr)")
        #expect(!r.stderr.contains("\u{1b}"))
        #expect(r.stdout.isEmpty)
    }

    // MARK: Pausing and resuming

    @Test func resumeWithNoNameContinuesTheLatestUnfinishedSession() throws {
        let box = try Sandbox()
        defer { box.remove() }
        _ = try box.startGoals(box.script(0..<2))
        Thread.sleep(forTimeInterval: 1.1)  // ids sort by start second
        let latest = try box.startGoals(box.script(0..<4))
        Thread.sleep(forTimeInterval: 1.1)
        _ = try box.startGoals(box.script(0..<box.lines.count))  // newer but complete
        let r = try box.run(["resume"], box.script(from: 4))
        #expect(r.status == 0)
        #expect(r.stdout.contains("resuming \(latest)"), "\(r.stdout.prefix(300))")
        #expect(E2E.conversation(try box.read(latest).records) == Self.reference.last)
    }

    /// The question pending when the session stopped (after "Follow up faster": its baseline).
    static let pendingQuestion = "The baseline for “Follow up faster”"
    static let stopAfter = 24

    @Test(arguments: ["quit", "eof"])
    func resumeAfterQuitOrEndOfInputAsksTheSameQuestionAndContinues(_ how: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let k = Self.stopAfter
        let id = try box.startGoals(box.script(0..<k) + (how == "quit" ? "/quit\n" + box.script(from: k) : ""))
        let stopped = try box.read(id)
        #expect(stopped.records.last.map { if case .paused = $0.event { true } else { false } } == true)
        #expect(E2E.conversation(stopped.records) == Self.reference[k], "nothing after /quit may be read")
        let r = try box.run(["resume", id], box.script(from: k))
        #expect(r.status == 0)
        let beforeFirstAnswer = r.stdout.components(separatedBy: "› ").first ?? ""
        #expect(beforeFirstAnswer.contains(Self.pendingQuestion), "\(r.stdout.prefix(600))")
        #expect(r.stdout.contains("Dana (Sales) › " + box.lines[k]))
        #expect(E2E.conversation(try box.read(id).records) == Self.reference.last)
    }

    @Test(.timeLimit(.minutes(5)))
    func resumeAfterCtrlDInATerminalAsksTheSameQuestionAndContinues() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let k = Self.stopAfter
        let start = try PTYSession(
            AccordBinary.path, arguments: ["start", "goals", "--sales", "Dana", "--marketing", "Lee"],
            environment: box.env, columns: 200)
        try start.expectPrompt("› ", timeout: 60)
        for line in box.lines.prefix(k) {
            start.send(line + "\r")
            try start.expectPrompt("› ", timeout: 60)
        }
        start.send("\u{04}")
        #expect(try start.waitForExit(timeout: 60) == 0)
        let id = try #require(E2E.transcripts(in: box.store).first.map(E2E.id))
        #expect(E2E.conversation(try box.read(id).records) == Self.reference[k])

        let resume = try PTYSession(AccordBinary.path, arguments: ["resume", id], environment: box.env, columns: 200)
        let seen = try resume.expectPrompt("Dana (Sales) › ", timeout: 60)
        #expect(seen.contains(Self.pendingQuestion), "\(seen)")
        for line in box.lines[k...] {
            resume.send(line + "\r")
            if line != box.lines.last { try resume.expectPrompt("› ", timeout: 60) }
        }
        #expect(try resume.waitForExit(timeout: 60) == 0)
        #expect(E2E.conversation(try box.read(id).records) == Self.reference.last)
    }

    @Test func aPlaybookChangedSinceTheSessionBeganResumesWithTheOriginalStepsAndSaysSo() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let k = Self.stopAfter
        let id = try box.startGoals(box.script(0..<k))
        let prompts = box.root + "/prompts"
        try FileManager.default.createDirectory(atPath: prompts, withIntermediateDirectories: true)
        var text = try String(contentsOf: E2E.packageRoot.appendingPathComponent("prompts/goals.md"), encoding: .utf8)
        #expect(text.contains("Propose up to three goals"))
        text = text.replacingOccurrences(of: "Propose up to three goals", with: "Propose up to NINE goals")
        // Drop the check-in step: resuming with the new steps would put every answer in the wrong place.
        if let a = text.range(of: "## Check-in"), let b = text.range(of: "## Facts first") {
            text.removeSubrange(a.lowerBound..<b.lowerBound)
        }
        try text.write(toFile: prompts + "/goals.md", atomically: false, encoding: .utf8)
        #expect(try box.run(["playbooks", "check", prompts + "/goals.md"]).status == 0)

        let r = try box.run(["resume", id, "--prompts", prompts], box.script(from: k))
        #expect(r.status == 0, "\(r.stderr)")
        let unwrapped = r.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(
            unwrapped.contains("The goals playbook has changed since this session began; it continues with the steps it started with."),
            "\(r.stdout.prefix(400))")
        #expect(unwrapped.contains("Propose up to three goals") && !r.stdout.contains("NINE"))
        #expect(E2E.conversation(try box.read(id).records) == Self.reference.last)
        // A new session does use the edited playbook.
        let fresh = try box.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee", "--prompts", prompts], "")
        #expect(!fresh.stdout.contains("Check-in"))
    }

    // MARK: Replay

    @Test func replayAtSpeed1000PrintsTheSameChatAsShow() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<box.lines.count))
        let show = try box.run(["show", id])
        let replay = try box.run(["replay", id, "--speed", "1000"])
        #expect(show.status == 0 && replay.status == 0)
        #expect(!replay.stdout.contains("Enter: next"))
        #expect(replay.stdout == show.stdout)
        #expect(show.stdout.contains("Dana (Sales) › Keen, and a little worried about Q1 pipeline."))
    }

    @Test func replaySteppedThroughAPipeStopsAfterThreeStepsOnQ() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let id = try box.startGoals(box.script(0..<box.lines.count))
        let r = try box.run(["replay", id], "\n\nq\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("Enter: next · a: play the rest · q: stop"))
        let prompts = r.stdout.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("/") && $0.contains("] ") }
        #expect(prompts.count == 3, "\(prompts)")
        #expect(prompts.first?.hasPrefix("[1/") == true && prompts.last?.hasPrefix("[3/") == true)
        #expect(!r.stdout.contains("[4/"))
        // What was shown is the beginning of the whole chat, and not all of it.
        let show = try box.run(["show", id]).stdout
        #expect(r.stdout.contains("Keen, and a little worried"))
        #expect(!r.stdout.contains("Monthly 30-minute review") && show.contains("Monthly 30-minute review"))
    }
}
