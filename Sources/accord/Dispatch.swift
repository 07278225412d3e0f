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

/// `accord` with no arguments: the home shell.
enum HomeCommand {
    static func run(_ context: CommandContext) -> ExitCode {
        var shell = HomeShell(
            reader: context.makeLineReader(),
            output: context.output,
            style: context.style,
            width: context.policy.width,
            now: context.now,
            perform: { request in perform(request, context: context) }
        )
        // The lead registers argument completion here, e.g.
        // shell.completion.register(argumentsOf: "/start") { playbookNames }
        return shell.run()
    }

    /// Home requests; plug features in here as they land.
    static func perform(_ request: HomeShell.Request, context: CommandContext) -> HomeShell.Outcome {
        context.output.line("'\(HomeShell.name(of: request))' is not available yet.")
        return .stay
    }
}
