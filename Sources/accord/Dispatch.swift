import AccordCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
            return try StartCommand.run(request, workspace: Workspace.open(context, access: .write))
        case .resume(let session, _):
            return try ResumeCommand.run(session, workspace: Workspace.open(context, access: .write))
        case .list(let json):
            return try ListCommand.run(json: json, workspace: Workspace.open(context, access: .read))
        case .show(let session, let json):
            return try ShowCommand.show(session, json: json, workspace: Workspace.open(context, access: .read))
        case .replay(let session, let speed):
            return try ReplayCommand.run(session, speed: speed, workspace: Workspace.open(context, access: .read))
        case .plan(let request):
            return try PlanCommand.run(request, workspace: Workspace.open(context, access: .read))
        case .commitments(var request):
            if request.today == nil { request.today = try context.today() }
            return try CommitmentsCommand.run(request, workspace: Workspace.open(context, access: .read))
        case .lint(let file, let json):
            return LintCommand.run(file: file, json: json, context: context) {
                StandardInput.readAll()
            }
        case .report(let kind, let json):
            return try ReportCommand.run(kind, json: json, workspace: Workspace.open(context, access: .read))
        case .playbooks(let check, let json):
            return PlaybooksCommand.run(check: check, json: json, workspace: try Workspace.open(context, access: .read))
        case .search(let request):
            return try SearchCommand.run(request, workspace: Workspace.open(context, access: .read))
        case .initStore(let directory):
            return try InitCommand.run(directory: directory, context: context)
        case .whereStore:
            return WhereCommand.run(context: context)
        case .sync:
            return try SyncCommand.run(context: context)
        case .completions(let shell):
            context.output.write(CompletionScript.text(for: shell))
            return .ok
        }
    }
}
