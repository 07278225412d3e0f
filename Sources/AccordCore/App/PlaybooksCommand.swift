#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord playbooks [check FILE] [--json]`.
public enum PlaybooksCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(check: String?, json: Bool, workspace: Workspace) -> ExitCode {
        let context = workspace.context
        if let check {
            let path = check == "-" ? check : context.absolutePath(check)
            let result = PlaybookCommands.check(path: path)
            let text = result.output.replacingText(path, with: check)
            (result.exitCode == .ok ? context.output : context.errors).write(text.hasSuffix("\n") ? text : text + "\n")
            return result.exitCode
        }
        workspace.reportLibraryIssues()
        if json {
            struct Row: Encodable {
                var id, title, purpose, source: String
                var steps: Int
            }
            let rows = workspace.library.all.map {
                Row(id: $0.id, title: $0.title, purpose: $0.purpose, source: $0.source, steps: $0.steps.count)
            }
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.write(((try? String(decoding: enc.encode(rows), as: UTF8.self)) ?? "[]") + "\n")
            return .ok
        }
        context.output.write(TerminalSafe.clean(PlaybookCommands.list(workspace.library)))
        return .ok
    }
}
