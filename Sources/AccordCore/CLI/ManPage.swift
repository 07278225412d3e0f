/// The manual page `accord.1` (roff), built from the same tables as `--help`: every command,
/// option, environment variable, file and exit code. `docs/accord.1` is this text (a test
/// compares them; regenerate with `ACCORD_WRITE_MAN_PAGE=1 swift test --filter ManPage`).
public enum ManPage {
    /// The page's date line.
    public static let date = "2026-11-30"

    /// roff-escaped text: backslashes, leading dots and quotes, and hyphens of options.
    static func escape(_ text: String) -> String {
        var out = text.replacingText("\\", with: "\\e").replacingText("-", with: "\\-")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// Text made of several lines: each escaped, blank lines as paragraph breaks.
    static func paragraph(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).map { line in
            line.trimmingSpaces().isEmpty ? ".PP" : (line.hasPrefix("  ") ? ".nf\n" + escape(line) + "\n.fi" : escape(line))
        }.joined(separator: "\n")
    }

    static func option(_ spec: CommandLineParser.OptionSpec) -> String {
        let names = (spec.aliases.filter { !$0.hasPrefix("--") } + [spec.name] + spec.aliases.filter { $0.hasPrefix("--") }).map {
            "\\fB" + escape($0) + "\\fR"
        }.joined(separator: ", ")
        let value = spec.valueName.map { " \\fI" + $0 + "\\fR" } ?? ""
        var summary = spec.summary
        if !spec.values.isEmpty { summary += " (" + spec.values.joined(separator: ", ") + ")" }
        return ".TP\n" + names + value + "\n" + escape(summary)
    }

    /// The whole page.
    public static var text: String {
        var lines: [String] = [
            ".TH ACCORD 1 \(date) \"accord \(HelpText.version)\" \"User Commands\"",
            ".SH NAME",
            "accord \\- plan together, Sales and Marketing: facilitated sessions, a shared plan, commitments",
            ".SH SYNOPSIS",
            ".B accord",
            ".RI [ COMMAND ]",
            ".RI [ OPTIONS ]",
            ".SH DESCRIPTION",
            "Accord helps a Sales lead and a Marketing lead plan together: co\\-created goals, roles,",
            "blame\\-free retrospectives, and a plan they present upward together.",
            "Without a command it opens the interactive home, where slash commands (/start, /resume,",
            "/list, /show, /search, /plan, /commitments, /lint, /playbooks) run the commands below.",
            ".SH COMMANDS",
        ]
        for command in CommandTable.all {
            lines.append(".TP")
            lines.append("\\fBaccord " + escape(HelpText.synopsis(command)).replacingText("accord ", with: "") + "\\fR")
            lines.append(paragraph(command.details))
        }
        lines.append(".SH OPTIONS")
        lines.append("These options apply to every command:")
        for spec in CommandLineParser.options where CommandLineParser.commonOptions.contains(spec.name) { lines.append(option(spec)) }
        lines.append(".PP")
        lines.append("These apply to the commands named in their description:")
        for spec in CommandLineParser.options where !CommandLineParser.commonOptions.contains(spec.name) {
            let users = CommandTable.all.filter { $0.options.contains(spec.name) }.map(\.name)
            let one = option(spec)
            lines.append(one + " [" + users.joined(separator: ", ") + "]")
        }
        lines.append(".SH FINDING THE STORE")
        lines.append(paragraph(CommandTable.spec("where")!.details))
        lines.append(".SH ENVIRONMENT")
        for (name, meaning) in HelpText.environment { lines += [".TP", "\\fB" + escape(name) + "\\fR", escape(meaning)] }
        lines.append(".SH FILES")
        for (path, meaning) in HelpText.files { lines += [".TP", "\\fI" + escape(path) + "\\fR", escape(meaning)] }
        lines.append(".SH EXIT STATUS")
        for code in ExitCode.allCases { lines += [".TP", "\\fB\(code.rawValue)\\fR", escape(code.meaning)] }
        lines.append(".SH EXAMPLES")
        lines += [
            ".nf",
            "accord init team/transcripts",
            "accord start retro \\-\\-sales Dana \\-\\-marketing Lee",
            "accord plan \\-\\-format html \\-o plan.html",
            "accord search pipeline \\-\\-since 2026\\-01\\-01",
            "accord sync",
            ".fi",
            ".SH SEE ALSO",
            "\\fBgit\\fR(1)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
