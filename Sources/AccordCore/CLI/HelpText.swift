/// The text of `accord --help`, `accord help COMMAND` and `--version`.
public enum HelpText {
    /// The version `accord --version` prints.
    public static let version = "0.1.0"

    /// `accord --version` output, with a trailing newline.
    public static var versionLine: String { "accord \(version)\n" }

    /// `accord --help`.
    public static let main = """
    Accord helps a Sales lead and a Marketing lead plan together: co-created goals, roles,
    blame-free retrospectives, and a plan they present upward together.

    Usage: accord [COMMAND] [OPTIONS]

    Commands:
      (none)                        interactive home: start, resume or open a session
      start PLAYBOOK                start a session (--sales NAME --marketing NAME | --solo NAME) [--title TEXT] [--today DATE]
      resume [SESSION]              continue an unfinished session (the latest if none named)
      list [--json]                 sessions in the store
      show SESSION                  a session's transcript, readable
      replay SESSION [--speed N]    step through a past session
      plan [SESSION...] [--format markdown|html|json] [-o FILE]
                                    the agreed plan drawn from one or more sessions
      commitments [--open|--overdue|--done|--all] [--owner NAME] [--today YYYY-MM-DD] [--json]
                                    commitments across sessions
      lint [FILE|-]                 flag blaming language in notes; exit 1 if any line is flagged
      playbooks [check FILE]        list playbooks; validate one
      report winloss|funnel|sla     records rolled up over the pair's sessions (--json)
      help [COMMAND]                help on a command

    Common options:
      --dir DIR                     the transcript store (default: $ACCORD_DIR, else ./transcripts)
      --prompts DIR                 extra playbooks (default: $ACCORD_PROMPTS)
      --color auto|always|never     colour output (auto honours NO_COLOR and the terminal)
      -h, --help                    show help
      -V, --version                 show the version

    Exit codes: 0 ok, 1 findings, 2 failure, 64 usage, 65 bad data, 73 cannot create,
    74 I/O error, 75 locked (try again), 130 interrupted.

    """

    /// Help for one command, or nil when the name is not a command.
    public static func forCommand(_ name: String) -> String? {
        let body: String
        switch name {
        case "start":
            body = """
            Usage: accord start PLAYBOOK [--sales NAME] [--marketing NAME] [--solo NAME] [--title TEXT] [--today YYYY-MM-DD]

            Start a facilitated session from a playbook (goals, roles, retro, review, prep, or your own).
            Give both leads' names, or --solo NAME to prepare alone (the plan is then a draft).
            When standard input is not a terminal, answers are read line by line, e.g.
              accord start retro --sales Dana --marketing Lee < answers.txt
            """
        case "resume":
            body = """
            Usage: accord resume [SESSION] [--today YYYY-MM-DD]

            Continue an unfinished session; without SESSION, the latest unfinished one.
            """
        case "list":
            body = """
            Usage: accord list [--json]

            List the sessions in the store, newest first.
            """
        case "show":
            body = """
            Usage: accord show SESSION [--json]

            Print a session's transcript, readable.
            """
        case "replay":
            body = """
            Usage: accord replay SESSION [--speed N]

            Step through a past session: Enter shows the next event. With --speed N, play it back
            automatically, N times faster than it happened.
            """
        case "plan":
            body = """
            Usage: accord plan [SESSION...] [--format markdown|html|json] [-o FILE]

            The plan both leads agreed, drawn from one or more sessions, with open disagreements
            listed separately. With no SESSION: the latest completed session of each playbook for
            the pair of the most recent completed session. Markdown by default; -o FILE writes to
            a file (readable by you only).
            """
        case "commitments":
            body = """
            Usage: accord commitments [--open|--overdue|--done|--all] [--owner NAME] [--today YYYY-MM-DD] [--json]

            Every commitment across sessions: owner, due date and status. Open ones by default.
            """
        case "lint":
            body = """
            Usage: accord lint [FILE|-] [--json]

            Flag blaming language in notes (standard input when FILE is - or missing), one line
            per flagged statement with a reason and a what/how reframe.
            Exits 1 when any line is flagged, 0 when none is, 2 when the file cannot be read.
            """
        case "playbooks":
            body = """
            Usage: accord playbooks [check FILE] [--json]

            List the playbooks (built-in, then --prompts DIR or $ACCORD_PROMPTS), or validate one file.
            """
        case "report":
            body = """
            Usage: accord report winloss|funnel|sla [--json]

            Roll records up over every completed session of the pair: win rate by segment and loss
            reasons by frequency and segment (winloss), the funnel by period with conversions (funnel),
            SLA commitments against the actual numbers reviewed (sla).
            """
        case "help":
            body = """
            Usage: accord help [COMMAND]

            Show help on Accord or on one command.
            """
        default:
            return nil
        }
        return body + "\n\nCommon options: --dir DIR, --prompts DIR, --color auto|always|never, --help, --version\n"
    }
}
