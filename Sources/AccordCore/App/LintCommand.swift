#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord lint [FILE|-] [--json]`: 0 when nothing is flagged, 1 when something is, 2 when the
/// input cannot be read.
public enum LintCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(file: String?, json: Bool, context: CommandContext, readStandardInput: () -> Data?) -> ExitCode {
        let data: Data?
        let name: String
        if let file, file != "-" {
            name = file
            data = FileManager.default.contents(atPath: context.absolutePath(file))
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
        return Lint.exitCode(flagged: result.flagged)
    }
}
