/// `accord where`: the store and why it was chosen. Creates nothing.
public enum WhereCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(context: CommandContext) -> ExitCode {
        context.output.write(TerminalSafe.clean(context.storeLocation.explanation))
        return .ok
    }
}
