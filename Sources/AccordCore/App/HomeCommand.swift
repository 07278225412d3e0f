#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord` with no arguments: the home shell, wired to the commands.
public enum HomeCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(_ context: CommandContext) throws -> ExitCode {
        let workspace = try Workspace.open(context, access: .read)  // a session creates the store
        var shell = HomeShell(
            reader: context.makeLineReader(),
            output: context.output,
            style: context.style,
            width: context.policy.width,
            now: context.now,
            perform: { request in perform(request, workspace: workspace) }
        )
        shell.completion.register(argumentsOf: "/start") { workspace.library.ids }
        let sessionIDs = { (try? workspace.store.ids()) ?? [] }
        shell.completion.register(argumentsOf: "/resume", sessionIDs)
        shell.completion.register(argumentsOf: "/show", sessionIDs)
        shell.completion.register(argumentsOf: "/plan", sessionIDs)
        shell.completion.register(argumentsOf: "/commitments") { CommitmentFilter.allCases.map(\.rawValue) }
        shell.greeting = greeting(workspace)
        return shell.run()
    }

    /// Unfinished sessions, offered for resuming.
    static func greeting(_ workspace: Workspace) -> String {
        guard let unfinished = try? workspace.store.list().filter({ $0.status == .inProgress || $0.status == .paused }),
            !unfinished.isEmpty
        else { return "" }
        var text = "Unfinished session\(unfinished.count == 1 ? "" : "s") (resume with /resume SESSION, or /resume for the latest):\n"
        for s in unfinished.suffix(5) {
            let who = s.participants.solo ? s.participants.sales : "\(s.participants.sales) & \(s.participants.marketing)"
            text += "  \(s.id)  \(s.playbook)  \(TerminalSafe.clean(who))\n"
        }
        return text
    }

    /// Home requests run the same commands as the command line; errors are shown, not fatal.
    static func perform(_ request: HomeShell.Request, workspace: Workspace) -> HomeShell.Outcome {
        do {
            switch request {
            case .start(let playbook):
                _ = try StartCommand.run(StartRequest(playbook: playbook), workspace: Workspace.open(workspace.context, access: .write))
            case .resume(let session):
                _ = try ResumeCommand.run(session, workspace: Workspace.open(workspace.context, access: .write))
            case .list:
                _ = try ListCommand.run(json: false, workspace: workspace)
            case .show(let session):
                _ = try ShowCommand.show(session, json: false, workspace: workspace)
            case .playbooks:
                _ = PlaybooksCommand.run(check: nil, json: false, workspace: workspace)
            case .search(let text):
                _ = try SearchCommand.run(SearchRequest(text: text), workspace: workspace)
            case .plan(let sessions):
                _ = try PlanCommand.run(
                    PlanRequest(sessions: sessions, today: workspace.context.invocation.options.today), workspace: workspace)
            case .commitments(let filter):
                _ = try CommitmentsCommand.run(
                    CommitmentsRequest(filter: filter, today: workspace.context.invocation.options.today), workspace: workspace)
            case .lint(let target):
                let context = workspace.context
                let path = context.absolutePath(target)
                let isFile = FileManager.default.fileExists(atPath: path)
                _ = LintCommand.run(file: isFile ? target : nil, json: false, context: context) { Data(target.utf8) }
            }
        } catch let error as AccordError {
            workspace.context.errors.write(error.report)
        } catch {
            workspace.context.errors.line("accord: \(TerminalSafe.clean(String(describing: error)))")
        }
        return .stay
    }
}
