import Testing

@testable import AccordCore

private func parse(_ arguments: String) throws -> Invocation {
    try Invocation.parse(arguments.split(separator: " ").map(String.init))
}

private func usageError(_ arguments: [String]) -> AccordError? {
    do {
        _ = try Invocation.parse(arguments)
        return nil
    } catch let error as AccordError { return error } catch { return nil }
}

@Suite("Command line parser")
struct CommandLineParserTests {
    @Test func noArgumentsOpensTheHomeShell() throws {
        #expect(try Invocation.parse([]).command == .home)
    }

    @Test func versionAndHelpWorkBeforeOrAfterTheCommand() throws {
        #expect(try parse("--version").command == .version)
        #expect(try parse("-V").command == .version)
        #expect(try parse("list --version").command == .version)
        #expect(try parse("--help").command == .help(topic: nil))
        #expect(try parse("-h").command == .help(topic: nil))
        #expect(try parse("start --help").command == .help(topic: "start"))
        #expect(try parse("--help plan").command == .help(topic: "plan"))
        #expect(try parse("help commitments").command == .help(topic: "commitments"))
        #expect(try parse("help").command == .help(topic: nil))
    }

    @Test func startTakesAPlaybookAndNames() throws {
        let invocation = try Invocation.parse(["start", "retro", "--sales", "Dana", "--marketing=Lee", "--title", "Q3 retro"])
        #expect(invocation.command == .start(StartRequest(playbook: "retro", sales: "Dana", marketing: "Lee", title: "Q3 retro")))
        #expect(try parse("start prep --solo Dana").command == .start(StartRequest(playbook: "prep", solo: "Dana")))
    }

    @Test func everyCommandParses() throws {
        #expect(try parse("resume").command == .resume(session: nil))
        #expect(try parse("resume 2026-11-22-retro").command == .resume(session: "2026-11-22-retro"))
        #expect(try parse("list").command == .list(json: false))
        #expect(try parse("list --json").command == .list(json: true))
        #expect(try parse("show abc").command == .show(session: "abc", json: false))
        #expect(try parse("replay abc").command == .replay(session: "abc", speed: nil))
        #expect(try parse("replay abc --speed 2.5").command == .replay(session: "abc", speed: 2.5))
        #expect(try parse("plan a b").command == .plan(PlanRequest(sessions: ["a", "b"])))
        #expect(
            try parse("plan a --format html -o out.html").command == .plan(PlanRequest(sessions: ["a"], format: .html, output: "out.html")))
        #expect(
            try parse("plan a --format=json --output=x.json").command
                == .plan(PlanRequest(sessions: ["a"], format: .json, output: "x.json")))
        #expect(try parse("commitments").command == .commitments(CommitmentsRequest()))
        #expect(
            try parse("commitments --overdue --owner Dana --today 2026-02-28 --json").command
                == .commitments(CommitmentsRequest(filter: .overdue, owner: "Dana", today: "2026-02-28", json: true)))
        #expect(try parse("commitments --done").command == .commitments(CommitmentsRequest(filter: .done)))
        #expect(try parse("commitments --all").command == .commitments(CommitmentsRequest(filter: .all)))
        #expect(try parse("lint").command == .lint(file: nil, json: false))
        #expect(try parse("lint -").command == .lint(file: "-", json: false))
        #expect(try parse("lint notes.txt").command == .lint(file: "notes.txt", json: false))
        #expect(try parse("playbooks").command == .playbooks(check: nil, json: false))
        #expect(try parse("playbooks check my.playbook").command == .playbooks(check: "my.playbook", json: false))
    }

    @Test func commonOptionsAreAcceptedAnywhere() throws {
        let invocation = try parse("--dir /tmp/s list --prompts=p --color never")
        #expect(invocation.command == .list(json: false))
        #expect(invocation.options == CommonOptions(dir: "/tmp/s", prompts: "p", color: .never))
        #expect(try parse("--color=always").options.color == .always)
    }

    @Test func doubleDashEndsOptions() throws {
        #expect(try Invocation.parse(["show", "--", "--weird"]).command == .show(session: "--weird", json: false))
    }

    @Test func unknownOptionSuggestsTheClosestAndExits64() {
        let error = usageError(["--frobnicate"])
        #expect(error == .unknownOption("--frobnicate", suggestion: "--format"))
        #expect(error?.exitCode == .usage)
        #expect(error?.report == "accord: unknown option '--frobnicate'. Did you mean '--format'?\nSee 'accord --help'.\n")
        #expect(usageError(["list", "--jsn"]) == .unknownOption("--jsn", suggestion: "--json"))
    }

    @Test func unknownCommandSuggestsTheClosestOnlyWhenClose() {
        #expect(usageError(["strat"]) == .unknownCommand("strat", suggestion: "start"))
        #expect(usageError(["comitments"]) == .unknownCommand("comitments", suggestion: "commitments"))
        #expect(usageError(["zzzzzzzz"]) == .unknownCommand("zzzzzzzz", suggestion: nil))
        #expect(usageError(["help", "lsit"]) == .unknownCommand("lsit", suggestion: "list"))
    }

    @Test func optionsMustApplyToTheCommand() {
        #expect(usageError(["list", "--speed", "2"]) == .optionNotApplicable(option: "--speed", command: "list"))
        #expect(usageError(["--json"]) == .optionNotApplicable(option: "--json", command: "accord"))
    }

    @Test func badValuesAndArgumentsAreUsageErrors() {
        let cases: [[String]] = [
            ["--dir"], ["list", "--json=yes"], ["--color", "sometimes"], ["plan", "a", "--format", "pdf"],
            ["replay", "a", "--speed", "0"], ["replay", "a", "--speed", "fast"], ["commitments", "--today", "2026-02-30"],
            ["commitments", "--open", "--done"], ["start"], ["show"], ["replay"], ["list", "extra"],
            ["start", "a", "b"], ["playbooks", "check"], ["playbooks", "frob"], ["start", "retro", "--sales", " "],
        ]
        for arguments in cases {
            let error = usageError(arguments)
            #expect(error != nil, "\(arguments) should fail")
            #expect(error?.exitCode == .usage, "\(arguments)")
        }
    }

    @Test func calendarDatesAreValidated() {
        #expect(CalendarDate.isValid("2024-02-29"))
        #expect(!CalendarDate.isValid("2023-02-29"))
        #expect(!CalendarDate.isValid("2026-13-01"))
        #expect(!CalendarDate.isValid("26-01-01"))
    }
}
