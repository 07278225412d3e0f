/// Colour choice from `--color WHEN`.
public enum ColorChoice: String, Sendable, Equatable, CaseIterable {
    case auto, always, never
}

/// Output format of `accord plan --format`.
public enum PlanFormat: String, Sendable, Equatable, CaseIterable {
    case markdown, html, slides, json, csv
}

/// The shells `accord completions` writes scripts for.
public enum CompletionShell: String, Sendable, Equatable, CaseIterable {
    case bash, zsh, fish
}

/// Which commitments `accord commitments` lists.
public enum CommitmentFilter: String, Sendable, Equatable, CaseIterable {
    case open, overdue, done, all
}

/// `accord start PLAYBOOK [--sales NAME] [--marketing NAME] [--solo NAME] [--title TEXT]`.
public struct StartRequest: Sendable, Equatable {
    public var playbook: String
    public var sales: String?
    public var marketing: String?
    public var solo: String?
    public var title: String?
    /// `--today DATE` (`YYYY-MM-DD`); nil means the real date.
    public var today: String?

    public init(
        playbook: String, sales: String? = nil, marketing: String? = nil, solo: String? = nil, title: String? = nil,
        today: String? = nil
    ) {
        self.today = today
        self.playbook = playbook
        self.sales = sales
        self.marketing = marketing
        self.solo = solo
        self.title = title
    }
}

/// `accord plan SESSION... [--format markdown|html|json] [-o FILE]`.
public struct PlanRequest: Sendable, Equatable {
    public var sessions: [String]
    public var format: PlanFormat
    /// `-o FILE`; nil writes to standard output.
    public var output: String?
    /// `--today DATE` (`YYYY-MM-DD`); nil means the real date.
    public var today: String?

    public init(sessions: [String], format: PlanFormat = .markdown, output: String? = nil, today: String? = nil) {
        self.today = today
        self.sessions = sessions
        self.format = format
        self.output = output
    }
}

/// `accord commitments [--open|--overdue|--done|--all] [--owner NAME] [--today YYYY-MM-DD] [--json]`.
public struct CommitmentsRequest: Sendable, Equatable {
    public var filter: CommitmentFilter
    public var owner: String?
    /// "Today" for overdue checks, `YYYY-MM-DD`; nil means the real date.
    public var today: String?
    public var json: Bool
    /// `--csv`: a CSV table.
    public var csv: Bool

    public init(filter: CommitmentFilter = .open, owner: String? = nil, today: String? = nil, json: Bool = false, csv: Bool = false) {
        self.csv = csv
        self.filter = filter
        self.owner = owner
        self.today = today
        self.json = json
    }
}

/// `accord search TEXT [--playbook P] [--since DATE] [--json]`.
public struct SearchRequest: Sendable, Equatable {
    /// The text to find (case-insensitive).
    public var text: String
    /// Only sessions of this playbook.
    public var playbook: String?
    /// Only sessions started on or after this date (`YYYY-MM-DD`).
    public var since: String?
    /// `--json`.
    public var json: Bool

    public init(text: String, playbook: String? = nil, since: String? = nil, json: Bool = false) {
        self.text = text
        self.playbook = playbook
        self.since = since
        self.json = json
    }
}

/// What the user asked for on the command line.
public enum Command: Sendable, Equatable {
    /// No command: the interactive home shell.
    case home
    /// `--help`, `accord help [COMMAND]`, `accord COMMAND --help`.
    case help(topic: String?)
    /// `--version`.
    case version
    case start(StartRequest)
    /// `resume [SESSION]`: nil means the latest unfinished session.
    case resume(session: String?, today: String? = nil)
    case list(json: Bool)
    case show(session: String, json: Bool)
    /// `replay SESSION [--speed N]`: nil speed steps manually (Enter for the next event).
    case replay(session: String, speed: Double?)
    case plan(PlanRequest)
    case commitments(CommitmentsRequest)
    /// `lint [FILE|-] [--json]`: nil or "-" reads standard input.
    case lint(file: String?, json: Bool)
    /// `playbooks [check FILE] [--json]`: nil lists the playbooks.
    case playbooks(check: String?, json: Bool)
    /// `search TEXT …`.
    case search(SearchRequest)
    /// `report winloss|funnel|sla [--json]`: records rolled up over the pair's sessions.
    case report(ReportKind, json: Bool)
    /// `init [DIR]`: nil means `./transcripts`.
    case initStore(directory: String?)
    /// `where`.
    case whereStore
    /// `sync`.
    case sync
    /// `completions SHELL`.
    case completions(CompletionShell)

    /// The subcommand's name ("home", "help" and "version" for the special cases).
    public var name: String {
        switch self {
        case .home: return "home"
        case .help: return "help"
        case .version: return "version"
        case .start: return "start"
        case .resume: return "resume"
        case .list: return "list"
        case .show: return "show"
        case .replay: return "replay"
        case .plan: return "plan"
        case .commitments: return "commitments"
        case .lint: return "lint"
        case .playbooks: return "playbooks"
        case .search: return "search"
        case .report: return "report"
        case .initStore: return "init"
        case .whereStore: return "where"
        case .sync: return "sync"
        case .completions: return "completions"
        }
    }
}

/// Options every command accepts.
public struct CommonOptions: Sendable, Equatable {
    /// `--dir DIR`: the transcript store.
    public var dir: String?
    /// `--prompts DIR`: an extra playbook directory.
    public var prompts: String?
    /// `--color WHEN`.
    public var color: ColorChoice
    /// `--today DATE` (`YYYY-MM-DD`).
    public var today: String?

    public init(dir: String? = nil, prompts: String? = nil, color: ColorChoice = .auto, today: String? = nil) {
        self.today = today
        self.dir = dir
        self.prompts = prompts
        self.color = color
    }
}

/// A parsed command line: the command and the common options.
public struct Invocation: Sendable, Equatable {
    public var command: Command
    public var options: CommonOptions

    public init(command: Command, options: CommonOptions = CommonOptions()) {
        self.command = command
        self.options = options
    }

    /// Parse `arguments` (without the program name). Throws `AccordError` (exit code 64).
    public static func parse(_ arguments: [String]) throws -> Invocation {
        try CommandLineParser(arguments).parse()
    }
}
