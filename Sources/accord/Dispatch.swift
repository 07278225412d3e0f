import AccordCore

/// One place that maps each command to its implementation. To plug a command in, replace its
/// `throw AccordError.notAvailable(...)` line with a call, e.g.
/// `case .list(let json): return try ListCommand.run(json: json, context: context)`.
enum Dispatch {
    static func run(_ context: CommandContext) throws -> ExitCode {
        switch context.invocation.command {
        case .home:
            return HomeCommand.run(context)
        case .help(let topic):
            context.output.write(topic.flatMap(HelpText.forCommand) ?? HelpText.main)
            return .ok
        case .version:
            context.output.write(HelpText.versionLine)
            return .ok
        case .start:
            throw AccordError.notAvailable(command: "start")
        case .resume:
            throw AccordError.notAvailable(command: "resume")
        case .list:
            throw AccordError.notAvailable(command: "list")
        case .show:
            throw AccordError.notAvailable(command: "show")
        case .replay:
            throw AccordError.notAvailable(command: "replay")
        case .plan:
            throw AccordError.notAvailable(command: "plan")
        case .commitments:
            throw AccordError.notAvailable(command: "commitments")
        case .lint:
            throw AccordError.notAvailable(command: "lint")
        case .playbooks:
            throw AccordError.notAvailable(command: "playbooks")
        }
    }
}
