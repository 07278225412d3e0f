import Foundation

/// `accord commitments`: the ledger over the whole store.
public enum CommitmentsCommand {
    public static func run(_ request: CommitmentsRequest, workspace: Workspace, now: Date = Date()) throws -> ExitCode {
        let report = CommitmentReport(filter: request.filter, owner: request.owner, today: request.today ?? CommitmentReport.todayString(now))
        let style = workspace.context.style
        try Workspace.mapStoreErrors {
            try report.write(store: workspace.store, json: request.json, highlight: style.enabled ? { style.red($0) } : nil) {
                workspace.context.output.write($0)
            }
        }
        return .ok
    }
}

/// `accord lint [FILE|-] [--json]`: 0 when nothing is flagged, 1 when something is, 2 when the
/// input cannot be read.
public enum LintCommand {
    public static func run(file: String?, json: Bool, context: CommandContext, readStandardInput: () -> Data?) -> ExitCode {
        let data: Data?
        let name: String
        if let file, file != "-" {
            name = file
            data = FileManager.default.contents(atPath: StoreLocation.absolute(file, environment: context.environment, cwd: context.cwd))
        } else {
            name = "standard input"
            data = readStandardInput()
        }
        guard let data else {
            context.errors.line("accord: cannot read \(TerminalSafe.clean(name)): no such file, or not readable")
            return .failure
        }
        let text = String(decoding: data, as: UTF8.self)
        let result = Lint.run(text: text, json: json)
        context.output.write(result.output.isEmpty || result.output.hasSuffix("\n") ? result.output : result.output + "\n")
        if !json, result.flagged == 0 { context.errors.line("No blaming language found.") }
        return ExitCode(rawValue: Lint.exitCode(flagged: result.flagged))
    }
}

/// `accord playbooks [check FILE] [--json]`.
public enum PlaybooksCommand {
    public static func run(check: String?, json: Bool, workspace: Workspace) -> ExitCode {
        let context = workspace.context
        if let check {
            let path = check == "-" ? check : StoreLocation.absolute(check, environment: context.environment, cwd: context.cwd)
            let result = PlaybookCommands.check(path: path)
            let text = result.output.replacingOccurrences(of: path, with: check)
            (result.exitCode == 0 ? context.output : context.errors).write(text.hasSuffix("\n") ? text : text + "\n")
            return ExitCode(rawValue: result.exitCode)
        }
        workspace.reportLibraryIssues()
        if json {
            struct Row: Encodable { var id, title, purpose, source: String; var steps: Int }
            let rows = workspace.library.all.map { Row(id: $0.id, title: $0.title, purpose: $0.purpose, source: $0.source, steps: $0.steps.count) }
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.write(((try? String(decoding: enc.encode(rows), as: UTF8.self)) ?? "[]") + "\n")
            return .ok
        }
        context.output.write(TerminalSafe.clean(PlaybookCommands.list(workspace.library)))
        return .ok
    }
}
