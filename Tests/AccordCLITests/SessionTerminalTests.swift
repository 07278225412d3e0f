import AccordCore
import Foundation
import Testing

/// Whole sessions in a real pseudo-terminal (libedit), typed line by line as a person would.
@Suite("Sessions in a terminal", .serialized)
struct SessionTerminalTests {
    typealias D = SessionDriver

    /// goals, roles and retro run end to end in a terminal; the transcript holds the same events as
    /// a piped run of the same script.
    @Test(arguments: ["goals", "roles", "retro"])
    func exampleRunsEndToEnd(_ playbook: String) throws {
        let script = try D.exampleScript(playbook)
        let pipedRoot = try AccordBinary.temporaryDirectory()
        let piped = try D.pipedRun(playbook, script: script, environment: AccordBinary.environment(root: pipedRoot))
        #expect(piped.status == 0)
        #expect(piped.turns.count == script.count)
        #expect(piped.turns.map(\.answer) == Array(script.prefix(piped.turns.count)))

        let root = try AccordBinary.temporaryDirectory()
        let session = try D.start(playbook, root: root)
        try D.type(piped.turns, into: session)
        let end = try session.expect("Saved as ", timeout: 15)
        #expect(try session.waitForExit(timeout: 15) == 0)
        #expect(end.contains("Agreed by both"))
        #expect(end.contains("Parking lot"))
        // Colours are on in a terminal, and the prompt names whose turn it is.
        #expect(session.output.contains("\u{1B}["))

        let live = try D.onlyTranscript(root: root)
        let reference = try D.onlyTranscript(root: pipedRoot)
        #expect(live.header.playbook == playbook)
        #expect(live.header.participants == reference.header.participants)
        #expect(live.events == reference.events)
        #expect(live.events.last == .completed)
    }

    /// A goal without a number, target or date is chased, not accepted; a declined goal is parked.
    @Test func vagueGoalIsChasedAndDeclinedGoalIsParked() throws {
        let script = try D.exampleScript("goals")
        let piped = try D.pipedRun(
            "goals", script: script, environment: AccordBinary.environment(root: try AccordBinary.temporaryDirectory()))
        let root = try AccordBinary.temporaryDirectory()
        let session = try D.start("goals", root: root)
        let vague = try #require(piped.turns.firstIndex { $0.answer == "Follow up faster" })
        try D.type(Array(piped.turns[...vague]), into: session)
        let chased = try session.expectPrompt(D.sales, timeout: 15)
        #expect(chased.contains("is a direction"))
        #expect(chased.contains("Where is it today? The baseline for “Follow up faster”"))
        #expect(!chased.contains("Agreed by both"))
        // An answer that is not a number is asked again, not accepted as the baseline.
        session.send("soon\r")
        let again = try session.expectPrompt(D.sales, timeout: 15)
        #expect(again.contains("I didn't find one in “soon”") && again.contains("e.g. `18%`"), "says what it understood, with an example")
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        #expect(
            !events.contains {
                if case .fieldSet(_, "baseline", _) = $0 { return true }
                return false
            })
        // The funnel numbers before it were agreed; the vague goal was not.
        let goals = Set(
            events.compactMap {
                if case .itemProposed(let id, .goal, _, _, _) = $0 { return id }
                return nil
            })
        #expect(!goals.isEmpty)
        #expect(
            !events.contains {
                if case .agreed(let id, _) = $0 { return goals.contains(id) }
                return false
            })

        let parkedRoot = try AccordBinary.temporaryDirectory()
        let full = try D.start("goals", root: parkedRoot)
        let declined = try #require(piped.turns.firstIndex { $0.answer.hasPrefix("no, not before") })
        try D.type(Array(piped.turns[...declined]), into: full)
        let parked = D.flat(try full.expectPrompt(D.sales, timeout: 15))
        #expect(parked.contains("⏸ Parked: Double event pipeline"))
        #expect(parked.contains("It stays in the parking lot."))
        full.send("\u{04}")
        #expect(try full.waitForExit(timeout: 15) == 0)
        #expect(
            try D.onlyTranscript(root: parkedRoot).events.contains {
                if case .declined(_, .marketing, "not before we see the Q1 event numbers") = $0 { return true }
                return false
            })
    }

    /// A second Accountable in a RACI row is refused with the reason, and the row is asked again.
    @Test func secondAccountableIsRefused() throws {
        let script = try D.exampleScript("roles")
        let piped = try D.pipedRun(
            "roles", script: script, environment: AccordBinary.environment(root: try AccordBinary.temporaryDirectory()))
        let root = try AccordBinary.temporaryDirectory()
        let session = try D.start("roles", root: root)
        let both = try #require(piped.turns.firstIndex { $0.answer == "sales: A R, marketing: A" })
        try D.type(Array(piped.turns[...both]), into: session)
        let refused = try session.expectPrompt(D.sales, timeout: 15)
        #expect(refused.contains("Only one side can be Accountable (A) for Hand-off to Sales"))
        session.send("/quit\r")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        #expect(
            events.contains {
                if case .refused(.sales, let message) = $0 { return message.contains("Only one side can be Accountable") }
                return false
            })
        #expect(events.last == .paused(reason: "quit"))
    }

    // MARK: Keys inside a session

    static let hint = "(Ctrl-C again on an empty line, Ctrl-D or /quit to leave)"

    /// Starts goals and skips the check-in with a Tab-completed `/sk`, so Dana is listing facts.
    private func startAtFacts(root: String) throws -> PTYSession {
        let session = try D.start("goals", root: root)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("/sk\t")
        try session.expect("ip", timeout: 15)  // libedit completes in place: "/sk" … "ip"
        session.send("\r")
        try session.expect("Step skipped", timeout: 15)
        try session.expect("Step 2 of 8", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        return session
    }

    private func answers(_ events: [Event]) -> [String] {
        events.compactMap {
            if case .answer(_, let text) = $0 { return text }
            return nil
        }
    }

    /// Tab completes `/sk` to `/skip` and offers the names after `/as `; Up recalls the previous answer.
    @Test func tabCompletesAndUpRecalls() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try startAtFacts(root: root)
        session.send("/help\r")
        let help = try session.expectPrompt(D.sales, timeout: 15)
        #expect(help.contains("  /skip      skip this step"))
        #expect(help.contains("  /disagree  decline it"))
        session.send("/as \t\t")
        let offered = try session.expect("Lee", timeout: 15)
        #expect(offered.contains("Dana"))
        session.send("\u{15}")  // Ctrl-U: drop the half-typed command
        session.send("Leads last quarter: 1,240\r")
        try session.expect("+ item from Dana: Leads last quarter: 1,240", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("\u{1B}[A")
        session.send("\r")
        try session.expect("+ item from Dana: Leads last quarter: 1,240", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("/quit\r")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        #expect(events.contains(.skipped(index: 0)))
        #expect(answers(events) == ["Leads last quarter: 1,240", "Leads last quarter: 1,240"])
        #expect(events.last == .paused(reason: "quit"))
    }

    /// Ctrl-C clears a half-typed answer (not submitted) with the hint; twice on an empty line pauses
    /// the session, and `accord resume` continues at the same question.
    @Test func ctrlCClearsThenTwicePausesAndResumeContinues() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try startAtFacts(root: root)
        session.send("Leads last quarter: 1,240\r")
        try session.expect("+ item from Dana", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("half typed answer")
        try session.expect("half typed answer", timeout: 15)
        session.send("\u{03}")
        try session.expect(Self.hint, timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("\u{03}")
        try session.expect(Self.hint, timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("\u{03}")
        try session.expect("Session paused and saved. Pick it up with: accord resume", timeout: 15)
        #expect(try session.waitForExit(timeout: 15) == 0)
        let first = try D.onlyTranscript(root: root)
        #expect(!answers(first.events).contains("half typed answer"))
        #expect(first.events.last == .paused(reason: "interrupted"))

        let resumed = try D.spawn(["resume"], root: root)
        try resumed.expect("Welcome back", timeout: 15)
        let question = try resumed.expectPrompt(D.sales, timeout: 15)
        #expect(question.contains("Step 2 of 8"))
        #expect(question.contains("Dana: one item per line"))
        resumed.send("Win rate: 22%\r")
        try resumed.expect("+ item from Dana: Win rate: 22%", timeout: 15)
        try resumed.expectPrompt(D.sales, timeout: 15)
        resumed.send("\u{04}")
        try resumed.expect("Session paused and saved.", timeout: 15)
        #expect(try resumed.waitForExit(timeout: 15) == 0)
        let second = try D.onlyTranscript(root: root)
        #expect(second.header.id == first.header.id)
        #expect(answers(second.events).suffix(2) == ["Leads last quarter: 1,240", "Win rate: 22%"])
        #expect(
            second.events.suffix(3) == [
                .answer(speaker: .sales, text: "Win rate: 22%"),
                .itemProposed(id: "i2", kind: .list, by: .sales, text: "Win rate: 22%", fields: [:]),
                .paused(reason: "end of input"),
            ])
        #expect(second.events.contains(.resumed))
    }

    /// Ctrl-D on an empty line pauses; a typed line is not lost by Ctrl-D.
    @Test func ctrlDOnAnEmptyLinePauses() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try startAtFacts(root: root)
        session.send("\u{04}")
        try session.expect("Session paused and saved.", timeout: 15)
        #expect(try session.waitForExit(timeout: 15) == 0)
        #expect(try D.onlyTranscript(root: root).events.last == .paused(reason: "end of input"))
    }

    /// A `"""` paragraph is one answer with newlines; non-ASCII answers round-trip; `/quit` pauses.
    @Test func multiLineAndNonASCIIAnswersRoundTrip() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try startAtFacts(root: root)
        session.send("\"\"\"\r")
        try session.expectPrompt("… ", timeout: 15)
        session.send("Leads last quarter: 1,240\r")
        try session.expectPrompt("… ", timeout: 15)
        session.send("Win rate: 22%\r")
        try session.expectPrompt("… ", timeout: 15)
        session.send("\"\"\"\r")
        try session.expect("+ item from Dana", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("Café numbers: 日本 1,240 ✓\r")
        try session.expect("+ item from Dana: Café numbers: 日本 1,240 ✓", timeout: 15)
        try session.expectPrompt(D.sales, timeout: 15)
        session.send("/quit\r")
        try session.expect("Session paused and saved.", timeout: 15)
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        #expect(answers(events).contains("Leads last quarter: 1,240\nWin rate: 22%"))
        #expect(answers(events).contains("Café numbers: 日本 1,240 ✓"))
        #expect(events.last == .paused(reason: "quit"))
    }

    // MARK: The blame-free coach, live

    static let blaming = "Sales never follows up on the leads we send them"

    /// Runs retro up to Lee's facts, types the blaming answer and returns the nudge on screen.
    private func retroUpToNudge(root: String) throws -> (PTYSession, String) {
        let script = try D.exampleScript("retro")
        let piped = try D.pipedRun(
            "retro", script: script, environment: AccordBinary.environment(root: try AccordBinary.temporaryDirectory()))
        let at = try #require(piped.turns.firstIndex { $0.answer.hasPrefix("Sales never follows up") })
        #expect(piped.turns[at].prompt == D.marketing)
        let session = try D.start("retro", root: root)
        let screens = try D.type(Array(piped.turns[..<at]), into: session)
        // A list step right after a text step for the same lead still says what to do.
        let facts = try #require(piped.turns.firstIndex { $0.answer.hasPrefix("Webinars ran") })
        #expect(screens[facts].contains("Facts and timeline"))
        #expect(screens[facts].contains("Dana: one item per line"))
        try session.expectPrompt(D.marketing, timeout: 15)
        session.send(Self.blaming + "\r")
        let nudge = D.flat(try session.expectPrompt(D.marketing, timeout: 15))
        return (session, nudge)
    }

    private func coachEvents(_ events: [Event]) -> (flag: Event?, choice: Event?, flagIndex: Int?, choiceIndex: Int?) {
        let f = events.firstIndex {
            if case .coachFlag = $0 { return true }
            return false
        }
        let c = events.firstIndex {
            if case .coachChoice = $0 { return true }
            return false
        }
        return (f.map { events[$0] }, c.map { events[$0] }, f, c)
    }

    /// The nudge appears with a reason and a reframe; Enter keeps the answer as written.
    @Test func coachNudgeThenEnterKeeps() throws {
        let root = try AccordBinary.temporaryDirectory()
        let (session, nudge) = try retroUpToNudge(root: root)
        #expect(nudge.contains("A thought before I note that:"))
        #expect(nudge.contains("Press Enter to keep it as written, or type a rephrased version."))
        #expect(!nudge.contains("+ item"))
        session.send("\r")
        let kept = D.flat(try session.expectPrompt(D.marketing, timeout: 15))
        #expect(kept.contains("from Lee: \(Self.blaming)"))
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        let coach = coachEvents(events)
        guard case .coachFlag(.marketing, let original, let reason, let suggestion)? = coach.flag else {
            Issue.record("no coachFlag event")
            return
        }
        #expect(original == Self.blaming)
        #expect(!reason.isEmpty && !suggestion.isEmpty)
        #expect(nudge.contains(D.flat(suggestion)))
        #expect(coach.choice == .coachChoice(speaker: .marketing, choice: .keep))
        #expect((coach.flagIndex ?? 0) < (coach.choiceIndex ?? 0))
        #expect(
            events.contains {
                if case .itemProposed(_, _, .marketing, Self.blaming, _) = $0 { return true }
                return false
            })
    }

    /// Typing a rephrase after the nudge replaces the answer; the original stays in the transcript.
    @Test func coachNudgeThenRephraseReplaces() throws {
        let root = try AccordBinary.temporaryDirectory()
        let (session, nudge) = try retroUpToNudge(root: root)
        #expect(nudge.contains("A thought before I note that:"))
        let rephrase = "Follow-up on the leads we send took 6 days; what got in the way?"
        session.send(rephrase + "\r")
        let replaced = D.flat(try session.expectPrompt(D.marketing, timeout: 15))
        #expect(replaced.contains("from Lee: \(rephrase)"))
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
        let events = try D.onlyTranscript(root: root).events
        let coach = coachEvents(events)
        guard case .coachFlag(.marketing, let original, _, _)? = coach.flag else {
            Issue.record("no coachFlag event")
            return
        }
        #expect(original == Self.blaming)
        #expect(coach.choice == .coachChoice(speaker: .marketing, choice: .rephrase))
        #expect((coach.flagIndex ?? 0) < (coach.choiceIndex ?? 0))
        #expect(
            events.contains {
                if case .itemProposed(_, _, .marketing, rephrase, _) = $0 { return true }
                return false
            })
        #expect(
            !events.contains {
                if case .itemProposed(_, _, _, Self.blaming, _) = $0 { return true }
                return false
            })
    }

    // MARK: The interactive home and names

    /// `accord` lists unfinished sessions; `/start go` + Tab completes; `/start goals` asks the names
    /// and runs the session; `/resume` + Tab offers ids; `/list` shows sessions; Ctrl-D leaves.
    @Test func homeStartsListsAndResumes() throws {
        let root = try AccordBinary.temporaryDirectory()
        let env = AccordBinary.environment(root: root)
        let earlier = try AccordBinary.run(["start", "roles", "--sales", "Ann", "--marketing", "Bo"], input: "Ready.\n", environment: env)
        #expect(earlier.status == 0)
        let earlierID = try #require(
            try D.transcripts(root: root).first.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })

        let home = try D.spawn([], root: root)
        let welcome = try home.expectPrompt("accord> ", timeout: 15)
        #expect(welcome.contains("Accord"))
        #expect(welcome.contains("Unfinished session"))
        #expect(welcome.contains("\(earlierID)  roles  Ann & Bo"))

        home.send("/start go\t")
        try home.expect("als", timeout: 15)
        home.send("\r")
        try home.expectPrompt("Sales lead's name: ", timeout: 15)
        home.send("Dana\r")
        try home.expectPrompt("Marketing lead's name: ", timeout: 15)
        home.send("Lee\r")
        let opened = try home.expectPrompt(D.sales, timeout: 15)
        #expect(opened.contains("Co-create shared goals"))
        #expect(opened.contains("Step 1 of 8"))
        home.send("Keen.\r")
        try home.expectPrompt(D.marketing, timeout: 15)
        home.send("/quit\r")
        try home.expect("Session paused and saved.", timeout: 15)
        try home.expectPrompt("accord> ", timeout: 15)

        home.send("/resume \t\t")
        try home.expect(earlierID, timeout: 15)
        home.send("\u{15}")
        home.send("/list\r")
        try home.expect("STATUS", timeout: 15)  // the table's header, after the completion list's redraw
        let list = try home.expectPrompt("accord> ", timeout: 15)
        #expect(list.contains("Ann & Bo"))
        #expect(list.contains("Dana & Lee"))
        home.send("\u{04}")
        #expect(try home.waitForExit(timeout: 15) == 0)

        let files = try D.transcripts(root: root)
        #expect(files.count == 2)
        let goals = try files.map(D.read).first { $0.header.playbook == "goals" }
        #expect(goals?.header.participants == Participants(sales: "Dana", marketing: "Lee"))
        #expect(goals?.events.contains(.answer(speaker: .sales, text: "Keen.")) == true)
    }

    /// `accord start goals` without names asks for them in a terminal; piped, the first two lines are the names.
    @Test func startWithoutNamesAsksForThem() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try D.spawn(["start", "goals"], root: root)
        try session.expectPrompt("Sales lead's name: ", timeout: 15)
        session.send("Dana\r")
        try session.expectPrompt("Marketing lead's name: ", timeout: 15)
        session.send("dana\r")  // the same name again is asked again, not fatal
        try session.expect("need different names", timeout: 15)
        try session.expectPrompt("Marketing lead's name: ", timeout: 15)
        session.send("Lee\r")
        let opened = try session.expectPrompt(D.sales, timeout: 15)
        #expect(opened.contains("Dana (Sales) and Lee (Marketing)"))
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
        #expect(try D.onlyTranscript(root: root).header.participants == Participants(sales: "Dana", marketing: "Lee"))

        let pipedRoot = try AccordBinary.temporaryDirectory()
        let piped = try AccordBinary.run(
            ["start", "goals"], input: "Dana\nLee\nKeen.\n", environment: AccordBinary.environment(root: pipedRoot))
        #expect(piped.status == 0)
        let text = String(decoding: piped.stdout, as: UTF8.self)
        #expect(text.contains("Sales lead's name: Dana\n"))
        #expect(text.contains("Marketing lead's name: Lee\n"))
        #expect(text.contains("Dana (Sales) › Keen.\n"))
        let transcript = try D.onlyTranscript(root: pipedRoot)
        #expect(transcript.header.participants == Participants(sales: "Dana", marketing: "Lee"))
        #expect(transcript.events.contains(.answer(speaker: .sales, text: "Keen.")))
        #expect(transcript.events.last == .paused(reason: "end of input"))
    }

    /// In a terminal the chat wraps to the terminal's width, and the turn prompt is coloured.
    @Test func chatWrapsToTheTerminalWidth() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try D.spawn(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], root: root, columns: 60)
        let screen = try session.expectPrompt(D.sales, timeout: 15)
        let lines = screen.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(lines.contains { $0.count > 40 })
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        #expect(session.output.contains("\u{1B}[1;34mDana (Sales) ›"))
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
    }

    /// NO_COLOR keeps the session's chat and prompt uncoloured; TERM=dumb runs it with plain reads
    /// and no escape sequences at all.
    @Test func noColorAndDumbTerminalSessions() throws {
        let root = try AccordBinary.temporaryDirectory()
        let plain = try D.spawn(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], root: root, extra: ["NO_COLOR": "1"])
        try plain.expectPrompt(D.sales, timeout: 15)
        plain.send("Keen.\r")
        try plain.expectPrompt(D.marketing, timeout: 15)
        plain.send("\u{04}")
        #expect(try plain.waitForExit(timeout: 15) == 0)
        #expect(!plain.output.contains("\u{1B}[1;34m"))
        #expect(!plain.output.contains("\u{1B}[36m"))

        let dumbRoot = try AccordBinary.temporaryDirectory()
        let dumb = try PTYSession(
            AccordBinary.path, arguments: ["start", "goals", "--sales", "Dana", "--marketing", "Lee"],
            environment: AccordBinary.environment(root: dumbRoot, term: "dumb"))
        try dumb.expectPrompt(D.sales, editing: false, timeout: 15)
        dumb.send("Keen.\r")
        try dumb.expectPrompt(D.marketing, editing: false, timeout: 15)
        dumb.send("/quit\r")
        try dumb.expect("Session paused and saved.", timeout: 15)
        #expect(try dumb.waitForExit(timeout: 15) == 0)
        #expect(!dumb.output.contains("\u{1B}"))
        #expect(try D.onlyTranscript(root: dumbRoot).events.contains(.answer(speaker: .sales, text: "Keen.")))
    }

    /// After the terminal is resized, the next lines wrap to the new width.
    @Test func chatFollowsATerminalResize() throws {
        let root = try AccordBinary.temporaryDirectory()
        let session = try D.start("goals", root: root)
        try session.expectPrompt(D.sales, timeout: 15)
        let tty = open("/proc/\(session.pid)/fd/1", O_RDWR | O_NOCTTY)
        try #require(tty >= 0)
        defer { close(tty) }
        var size = winsize(ws_row: 30, ws_col: 50, ws_xpixel: 0, ws_ypixel: 0)
        #expect(ioctl(tty, UInt(TIOCSWINSZ), &size) == 0)
        session.send("/skip\r")
        try session.expect("Step skipped", timeout: 15)  // libedit may redraw the prompt on SIGWINCH first
        let screen = try session.expectPrompt(D.sales, timeout: 15)
        let lines = screen.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(screen.contains("Step 2 of 8"))
        #expect(lines.contains { $0.count > 35 })
        #expect(lines.allSatisfy { $0.count <= 50 }, "\(lines.filter { $0.count > 50 })")
        session.send("\u{04}")
        #expect(try session.waitForExit(timeout: 15) == 0)
    }
}
