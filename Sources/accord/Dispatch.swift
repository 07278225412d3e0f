import AccordCore
import Foundation

/// One place that maps each command to its implementation (all logic lives in AccordCore/App).
enum Dispatch {
    static func run(_ context: CommandContext) throws -> ExitCode {
        switch context.invocation.command {
        case .home:
            return try HomeCommand.run(context)
        case .help(let topic):
            context.output.write(topic.flatMap(HelpText.forCommand) ?? HelpText.main)
            return .ok
        case .version:
            context.output.write(HelpText.versionLine)
            return .ok
        case .start(let request):
            return try SessionCommand.start(request, workspace: Workspace.open(context))
        case .resume(let session, let today):
            return try SessionCommand.resume(session, today: today, workspace: Workspace.open(context))
        case .list(let json):
            return try ListCommand.run(json: json, workspace: Workspace.open(context))
        case .show(let session, let json):
            return try ShowCommand.show(session, json: json, workspace: Workspace.open(context))
        case .replay(let session, let speed):
            return try ShowCommand.replay(session, speed: speed, workspace: Workspace.open(context))
        case .plan(let request):
            return try PlanCommand.run(request, workspace: Workspace.open(context))
        case .commitments(let request):
            return try CommitmentsCommand.run(request, workspace: Workspace.open(context))
        case .lint(let file, let json):
            return LintCommand.run(file: file, json: json, context: context) {
                try? FileHandle.standardInput.readToEnd() ?? Data()
            }
        case .report(let kind, let json):
            return try ReportCommand.run(kind, json: json, workspace: Workspace.open(context, createStore: false))
        case .playbooks(let check, let json):
            return PlaybooksCommand.run(check: check, json: json, workspace: try Workspace.open(context, createStore: false))
        }
    }
}
