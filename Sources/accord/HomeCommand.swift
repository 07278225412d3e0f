import AccordCore

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
