/// One subcommand as help, the man page and completion describe it.
public struct CommandSpec: Sendable, Equatable {
    /// The name typed after `accord`.
    public let name: String
    /// The positional arguments, e.g. `PLAYBOOK` or `[SESSION...]`.
    public let arguments: String
    /// One line for the command list.
    public let summary: String
    /// Options it accepts besides the common ones, in help order.
    public let options: [String]
    /// The paragraph `accord help NAME` shows.
    public let details: String
    /// What completes its first argument.
    public let argumentKind: ArgumentKind

    /// What a command's positional argument is (completion offers matching words).
    public enum ArgumentKind: String, Sendable, Equatable {
        case none, playbook, session, file, directory, shell, command, text
    }
}

/// Every subcommand, in help order: adding a command is one entry here, one `Command` case and
/// its file under `App/` (the parser, help, man page and completion scripts read this table).
public enum CommandTable {
    /// The commands, in help order.
    public static let all: [CommandSpec] = [
        .init(
            name: "start", arguments: "PLAYBOOK", summary: "start a session",
            options: ["--sales", "--marketing", "--solo", "--title"],
            details: """
                Start a facilitated session from a playbook (goals, roles, retro, review, prep, or your own).
                Give both leads' names, or --solo NAME to prepare alone (the plan is then a draft).
                When standard input is not a terminal, answers are read line by line, e.g.
                  accord start retro --sales Dana --marketing Lee < answers.txt
                In a terminal, /editor writes a long answer in $VISUAL or $EDITOR, and a pasted
                paragraph is one answer.
                """, argumentKind: .playbook),
        .init(
            name: "resume", arguments: "[SESSION]", summary: "continue an unfinished session (the latest if none named)",
            options: [],
            details: """
                Continue an unfinished session; without SESSION, the latest unfinished one.
                Exits 66 when there is nothing to resume.
                """, argumentKind: .session),
        .init(
            name: "list", arguments: "", summary: "sessions in the store", options: ["--json"],
            details: "List the sessions in the store, oldest first.", argumentKind: .none),
        .init(
            name: "show", arguments: "SESSION", summary: "a session's transcript, readable", options: ["--json"],
            details: "Print a session's transcript, readable.", argumentKind: .session),
        .init(
            name: "replay", arguments: "SESSION", summary: "step through a past session", options: ["--speed"],
            details: """
                Step through a past session: Enter shows the next event. With --speed N, play it back
                automatically, N times faster than it happened.
                """, argumentKind: .session),
        .init(
            name: "plan", arguments: "[SESSION...]", summary: "the agreed plan drawn from one or more sessions",
            options: ["--format", "--output"],
            details: """
                The plan both leads agreed, drawn from one or more sessions, with open disagreements
                listed separately. With no SESSION: the latest completed session of each playbook for
                the pair of the most recent completed session. Markdown by default.
                """, argumentKind: .session),
        .init(
            name: "commitments", arguments: "", summary: "commitments across sessions",
            options: ["--open", "--overdue", "--done", "--all", "--owner", "--json", "--csv"],
            details: "Every commitment across sessions: owner, due date and status. Open ones by default.",
            argumentKind: .none),
        .init(
            name: "lint", arguments: "[FILE|-]", summary: "flag blaming language in notes (exit 1 if any line is flagged)",
            options: ["--json"],
            details: """
                Flag blaming language in notes (standard input when FILE is - or missing), one line
                per flagged statement with a reason and a what/how reframe.
                Exits 1 when any line is flagged, 0 when none is, 2 when the file cannot be read.
                """, argumentKind: .file),
        .init(
            name: "playbooks", arguments: "[check FILE]", summary: "list playbooks; validate one", options: ["--json"],
            details: "List the playbooks (built-in, then --prompts DIR or $ACCORD_PROMPTS), or validate one file.",
            argumentKind: .none),
        .init(
            name: "report", arguments: "winloss|funnel|sla", summary: "records rolled up over the pair's sessions", options: ["--json"],
            details: """
                Roll records up over every completed session of the pair: win rate by segment and loss
                reasons by frequency and segment (winloss), the funnel by period with conversions and
                the hand-off (funnel), SLA commitments against the actual numbers reviewed (sla).
                """, argumentKind: .text),
        .init(
            name: "search", arguments: "TEXT", summary: "find words across sessions",
            options: ["--playbook", "--since", "--json"],
            details: """
                Find TEXT (case-insensitive) in answers, items, notes and parked reasons across the
                store; prints session, step, speaker, date and the matching line (highlighted when
                colour is on). Exits 0 whether or not anything matched.
                """, argumentKind: .text),
        .init(
            name: "init", arguments: "[DIR]", summary: "make DIR (default ./transcripts) a store",
            options: [],
            details: """
                Create the store DIR (default ./transcripts; 0700) with its marker file .accord-store
                and a .gitignore, or mark an existing folder. Accord then finds it from any folder
                below the one holding it, as git finds .git.
                """, argumentKind: .directory),
        .init(
            name: "where", arguments: "", summary: "say which store is used and why", options: [],
            details: """
                Print the store and why it was chosen: --dir DIR, then $ACCORD_DIR, then the first
                folder from here upwards that is a store (holds .accord-store) or holds a transcripts/
                folder that is one, then your default store $XDG_DATA_HOME/accord/transcripts
                (~/.local/share/accord/transcripts). Creates nothing.
                """, argumentKind: .none),
        .init(
            name: "sync", arguments: "", summary: "share the store through its git repository", options: [],
            details: """
                For a store inside a git repository: commit new and changed session files (only
                files in the store), pull (merge) and push. Says so when there is no repository, no
                remote, a conflict, or nothing to do.
                """, argumentKind: .none),
        .init(
            name: "completions", arguments: "SHELL", summary: "print a completion script for bash, zsh or fish",
            options: [],
            details: """
                Print a completion script for SHELL (bash, zsh or fish). For example:
                  accord completions bash > ~/.local/share/bash-completion/completions/accord
                'make install' installs all three.
                """, argumentKind: .shell),
        .init(
            name: "version", arguments: "", summary: "print the version", options: [],
            details: "Print the version (as --version does).", argumentKind: .none),
        .init(
            name: "help", arguments: "[COMMAND]", summary: "help on a command", options: [],
            details: "Show help on Accord or on one command.", argumentKind: .command),
    ]

    /// The spec of command `name`.
    public static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
