/// The interactive home (`accord` with no arguments): a welcome, a prompt and slash commands.
/// Commands that need later features (`/start`, `/resume`, …) go to `perform`, which the
/// executable supplies; until then they answer "not available yet".
public struct HomeShell {
    /// A request the home shell hands to the rest of the program.
    public enum Request: Sendable, Equatable {
        case start(playbook: String)
        case resume(session: String?)
        case list
        case show(session: String)
        case playbooks
        /// `/search TEXT`.
        case search(text: String)
        /// `/plan [SESSION...]`.
        case plan(sessions: [String])
        /// `/commitments [open|overdue|done|all]`.
        case commitments(CommitmentFilter)
        /// `/lint FILE|TEXT`: a file's lines, or the text typed.
        case lint(String)
    }

    /// What to do after a request was handled.
    public enum Outcome: Sendable, Equatable {
        /// Back to the home prompt.
        case stay
        /// Leave the program with this exit code.
        case leave(ExitCode)
    }

    /// A slash command: name with its slash, argument synopsis, one-line summary.
    public struct CommandInfo: Sendable, Equatable {
        public let name: String
        public let arguments: String
        public let summary: String
    }

    /// The home commands, in `/help` order.
    public static let commands: [CommandInfo] = [
        .init(name: "/start", arguments: "PLAYBOOK", summary: "start a session (goals, roles, retro, review, prep)"),
        .init(name: "/resume", arguments: "[SESSION]", summary: "continue an unfinished session (the latest if none named)"),
        .init(name: "/list", arguments: "", summary: "sessions in the store"),
        .init(name: "/show", arguments: "SESSION", summary: "a session's transcript"),
        .init(name: "/playbooks", arguments: "", summary: "the playbooks available"),
        .init(name: "/search", arguments: "TEXT", summary: "find words across sessions"),
        .init(name: "/plan", arguments: "[SESSION...]", summary: "the agreed plan (the latest sessions if none named)"),
        .init(name: "/commitments", arguments: "[open|overdue|done|all]", summary: "commitments across sessions"),
        .init(name: "/lint", arguments: "FILE|TEXT", summary: "flag blaming language in a file or in the text typed"),
        .init(name: "/help", arguments: "", summary: "this list"),
        .init(name: "/quit", arguments: "", summary: "leave Accord (also Ctrl-D)"),
    ]

    /// The home prompt.
    public static let prompt = "accord> "

    /// Where lines come from.
    public let reader: LineReader
    /// Where messages go.
    public let output: OutputSink
    /// Styling (no-op without colour).
    public let style: Style
    /// Wrap width.
    public let width: Int
    /// Completion for the home prompt; register argument providers (playbook names, session ids).
    public let completion: CompletionRegistry
    /// Handles requests; the default says the feature is not available yet.
    public var perform: (Request) -> Outcome
    private var interrupts: InterruptGate

    /// - Parameters:
    ///   - now: a monotonic clock in seconds, for the Ctrl-C double press.
    public init(
        reader: LineReader,
        output: OutputSink,
        style: Style = .none,
        width: Int = OutputPolicy.defaultWidth,
        now: @escaping () -> Double,
        perform: ((Request) -> Outcome)? = nil
    ) {
        self.reader = reader
        self.output = output
        self.style = style
        self.width = width
        self.completion = CompletionRegistry(commands: Self.commands.map(\.name))
        self.interrupts = InterruptGate(now: now)
        self.perform =
            perform ?? { request in
                output.line("'\(Self.name(of: request))' is not available yet.")
                return .stay
            }
    }

    /// Extra lines after the welcome (e.g. unfinished sessions to resume).
    public var greeting = ""

    /// The welcome shown once at start.
    public var welcome: String {
        style.bold("Accord") + " " + HelpText.version + " — plan together, Sales and Marketing.\n"
            + TextWrap.wrap("Type /start PLAYBOOK to begin a session, /resume to continue one, /help for all commands.", width: width)
            + "\n"
    }

    /// Run until /quit, Ctrl-D, end of input or a double Ctrl-C; returns the exit code.
    public mutating func run() -> ExitCode {
        output.write(welcome + greeting)
        while true {
            reader.completion = completion  // a session run from here installs its own; take it back
            switch reader.read(prompt: style.prompt(Self.prompt)) {
            case .endOfInput:
                return .ok
            case .interrupted:
                let empty = reader.interruptedText.trimmingSpaces().isEmpty
                if interrupts.press(lineWasEmpty: empty) == .leave { return .ok }
                output.line(style.hint(InterruptGate.hint))
            case .line(let text):
                interrupts.reset()
                let trimmed = text.trimmingSpaces()
                if trimmed.isEmpty { continue }
                reader.remember(text)
                if case .leave(let code) = handle(trimmed) { return code }
            }
        }
    }

    /// Handle one submitted, trimmed, non-empty line.
    public mutating func handle(_ line: String) -> Outcome {
        guard line.hasPrefix("/") else {
            output.line(
                TextWrap.wrap(
                    "'\(TerminalSafe.cleanLine(line))' is not a command. Type /start PLAYBOOK to begin, or /help for the list.",
                    width: width))
            return .stay
        }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = words[0]
        let arguments = Array(words.dropFirst())
        switch name {
        case "/help", "/?":
            output.write(helpText)
            return .stay
        case "/quit", "/exit":
            return .leave(.ok)
        case "/start":
            guard let playbook = arguments.first else { return usage("/start PLAYBOOK", "name a playbook; /playbooks lists them") }
            return perform(.start(playbook: playbook))
        case "/resume":
            return perform(.resume(session: arguments.first))
        case "/list":
            return perform(.list)
        case "/show":
            guard let session = arguments.first else { return usage("/show SESSION", "name a session; /list shows them") }
            return perform(.show(session: session))
        case "/playbooks":
            return perform(.playbooks)
        case "/search":
            guard !arguments.isEmpty else { return usage("/search TEXT", "say what to find") }
            return perform(.search(text: arguments.joined(separator: " ")))
        case "/plan":
            return perform(.plan(sessions: arguments))
        case "/commitments":
            guard let word = arguments.first else { return perform(.commitments(.open)) }
            guard let filter = CommitmentFilter(rawValue: String(word.lowercased().trimmingPrefix("--"))), arguments.count == 1 else {
                return usage("/commitments [open|overdue|done|all]", "choose one list")
            }
            return perform(.commitments(filter))
        case "/lint":
            guard !arguments.isEmpty else { return usage("/lint FILE|TEXT", "name a file or type the text to check") }
            return perform(.lint(String(line.dropFirst(name.count)).trimmingSpaces()))
        default:
            let names = Self.commands.map(\.name)
            var message = "Unknown command '\(TerminalSafe.cleanLine(name))'."
            if let suggestion = EditDistance.closest(to: name, in: names, maxDistance: max(2, name.count / 2)) {
                message += " Did you mean '\(suggestion)'?"
            }
            output.line(message + " Type /help for the list.")
            return .stay
        }
    }

    /// The `/help` text.
    public var helpText: String {
        let rows = Self.commands.map { command in
            let synopsis = command.arguments.isEmpty ? command.name : "\(command.name) \(command.arguments)"
            return (synopsis, command.summary)
        }
        let column = (rows.map { $0.0.count }.max() ?? 0) + 2
        var text = "Commands:\n"
        for (synopsis, summary) in rows {
            let padded = synopsis + String(repeating: " ", count: column - synopsis.count)
            let summaryLines = TextWrap.wrap(summary, width: max(20, width - column - 2)).split(separator: "\n")
            let indent = String(repeating: " ", count: column + 2)
            text += "  " + style.bold(padded) + summaryLines.joined(separator: "\n" + indent) + "\n"
        }
        text +=
            TextWrap.wrap("Keys: Tab completes, Up/Down and Ctrl-R search history, Ctrl-C clears the line, Ctrl-D leaves.", width: width)
            + "\n"
        text += TextWrap.wrap("Answers over several lines: type \"\"\" on a line, then the text, then \"\"\" again.", width: width) + "\n"
        return text
    }

    private func usage(_ synopsis: String, _ hint: String) -> Outcome {
        output.line("Usage: \(synopsis) — \(hint).")
        return .stay
    }

    /// The slash command a request came from ("/start").
    public static func name(of request: Request) -> String {
        switch request {
        case .start: return "/start"
        case .resume: return "/resume"
        case .list: return "/list"
        case .show: return "/show"
        case .playbooks: return "/playbooks"
        case .search: return "/search"
        case .plan: return "/plan"
        case .commitments: return "/commitments"
        case .lint: return "/lint"
        }
    }
}
