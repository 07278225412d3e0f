import Testing

@testable import AccordCore

/// A scripted reader that reports what was on the line at each Ctrl-C and records history.
private final class RecordingReader: LineReader {
    var inputs: [(LineInput, String)]
    var completion: CompletionSource?
    var interruptedText = ""
    var remembered: [String] = []
    init(_ inputs: [(LineInput, String)]) { self.inputs = inputs }
    func read(prompt: String) -> LineInput {
        guard !inputs.isEmpty else { return .endOfInput }
        let (input, text) = inputs.removeFirst()
        interruptedText = text
        return input
    }
    func remember(_ line: String) { remembered.append(line) }
}

@Suite("Home shell")
struct HomeShellTests {
    private func run(_ lines: [String], perform: ((HomeShell.Request) -> HomeShell.Outcome)? = nil) -> (ExitCode, String) {
        let output = StringOutput()
        var shell = HomeShell(reader: ScriptedLineReader(lines), output: output, now: { 0 }, perform: perform)
        return (shell.run(), output.text)
    }

    @Test func helpListsEveryCommand() {
        let (code, text) = run(["/help", "/quit"])
        #expect(code == .ok)
        for command in ["/start", "/resume", "/list", "/show", "/playbooks", "/help", "/quit"] {
            #expect(text.contains(command))
        }
    }

    @Test func laterFeaturesAreNotAvailableYet() {
        let (_, text) = run(["/list", "/start retro"])
        #expect(text.contains("'/list' is not available yet."))
        #expect(text.contains("'/start' is not available yet."))
    }

    @Test func requestsGoToThePerformClosure() {
        var seen: [HomeShell.Request] = []
        let (code, _) = run(["/start retro", "/resume", "/show s1", "/playbooks", "/list"]) { request in
            seen.append(request)
            return request == .list ? .leave(.ok) : .stay
        }
        #expect(code == .ok)
        #expect(seen == [.start(playbook: "retro"), .resume(session: nil), .show(session: "s1"), .playbooks, .list])
    }

    @Test func missingArgumentsGetUsage() {
        let (_, text) = run(["/start", "/show"])
        #expect(text.contains("Usage: /start PLAYBOOK"))
        #expect(text.contains("Usage: /show SESSION"))
    }

    @Test func unknownCommandsSuggestAndQuoteSafely() {
        let (_, text) = run(["/hlep", "/\u{1B}[2J", "日本"])
        #expect(text.contains("Unknown command '/hlep'. Did you mean '/help'?"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("'日本' is not a command."))
    }

    @Test func endOfInputLeavesCleanly() {
        #expect(run([]).0 == .ok)
    }

    @Test func ctrlCHintsThenASecondPressLeaves() {
        let output = StringOutput()
        let reader = RecordingReader([(.interrupted, "half typed"), (.interrupted, ""), (.interrupted, "")])
        var shell = HomeShell(reader: reader, output: output, now: { 0 })
        #expect(shell.run() == .ok)
        #expect(output.text.components(separatedBy: InterruptGate.hint).count - 1 == 2)
        #expect(reader.inputs.isEmpty)
    }

    @Test func submittedLinesAreRememberedAndCompletionInstalled() {
        let reader = RecordingReader([(.line("/help"), ""), (.line("  "), ""), (.line("/quit"), "")])
        var shell = HomeShell(reader: reader, output: StringOutput(), now: { 0 })
        shell.completion.register(argumentsOf: "/start") { ["retro", "roles"] }
        _ = shell.run()
        #expect(reader.remembered == ["/help", "/quit"])
        #expect(reader.completion?.completions(line: "/he", word: "/he") == ["/help"])
        #expect(reader.completion?.completions(line: "/start r", word: "r") == ["retro", "roles"])
    }
}

@Suite("Home shell: store commands")
struct HomeShellStoreCommandTests {
    @Test func searchPlanCommitmentsAndLintBecomeRequests() {
        var requests: [HomeShell.Request] = []
        let output = StringOutput()
        var shell = HomeShell(
            reader: ScriptedLineReader([
                "/search pipeline review", "/plan", "/plan a b", "/commitments", "/commitments overdue", "/commitments soon",
                "/lint Lee never follows up", "/search", "/quit",
            ]), output: output, now: { 0 },
            perform: {
                requests.append($0)
                return .stay
            })
        #expect(shell.run() == .ok)
        #expect(
            requests == [
                .search(text: "pipeline review"), .plan(sessions: []), .plan(sessions: ["a", "b"]), .commitments(.open),
                .commitments(.overdue),
                .lint("Lee never follows up"),
            ])
        #expect(output.text.contains("Usage: /commitments [open|overdue|done|all]"))
        #expect(output.text.contains("Usage: /search TEXT"))
        let help = HomeShell(reader: ScriptedLineReader([]), output: StringOutput(), now: { 0 }).helpText
        for command in ["/search", "/plan", "/commitments", "/lint"] { #expect(help.contains(command)) }
    }
}
