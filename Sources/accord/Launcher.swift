import AccordCore
import CPTY
import Foundation

/// Builds the `CommandContext` (parse, output policy, readers) and hands it to `Dispatch`.
enum Launcher {
    static func run(arguments: [String]) -> ExitCode {
        let errors = FileDescriptorOutput.standardError()
        let environment = ProcessInfo.processInfo.environment
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch let error as AccordError {
            errors.write(error.report)
            return error.exitCode
        } catch {
            errors.write("accord: \(error)\n")
            return .failure
        }
        let terminal = TerminalInfo.current()
        let policy = OutputPolicy.decide(
            color: invocation.options.color,
            environment: environment,
            stdinIsTerminal: terminal.stdinIsTerminal,
            stdoutIsTerminal: terminal.stdoutIsTerminal,
            terminalColumns: terminal.columns
        )
        let output = FileDescriptorOutput.standardOutput()
        let context = CommandContext(
            invocation: invocation,
            policy: policy,
            output: output,
            errors: errors,
            environment: environment,
            cwd: FileManager.default.currentDirectoryPath,
            makeLineReader: { LineReaders.make(policy: policy, environment: environment, output: output) },
            now: { ProcessInfo.processInfo.systemUptime }
        )
        do {
            return try Dispatch.run(context)
        } catch let error as AccordError {
            errors.write(error.report)
            return error.exitCode
        } catch {
            errors.write("accord: \(TerminalSafe.clean(String(describing: error)))\n")
            return .failure
        }
    }
}

/// What the process is attached to.
struct TerminalInfo {
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    /// TIOCGWINSZ width of stdout (else stdin), nil when unknown.
    var columns: Int?

    static func current() -> TerminalInfo {
        let columns = Int(accord_terminal_columns(1)) > 0 ? Int(accord_terminal_columns(1)) : Int(accord_terminal_columns(0))
        return TerminalInfo(
            stdinIsTerminal: accord_isatty(0) != 0,
            stdoutIsTerminal: accord_isatty(1) != 0,
            columns: columns > 0 ? columns : nil
        )
    }
}

/// Chooses the line reader: libedit when both ends are terminals and TERM is not dumb, else plain.
enum LineReaders {
    nonisolated(unsafe) private static var shared: LineReader?

    /// One reader per process (libedit keeps global state); SIGINT handling is installed with it.
    static func make(policy: OutputPolicy, environment: [String: String], output: OutputSink) -> LineReader {
        if let shared { return shared }
        accord_install_sigint_handler()
        let reader: LineReader = policy.lineEditing
            ? LibeditLineReader(historyPath: HistoryLocation.path(environment: environment))
            : PlainLineReader(output: output, echo: !policy.inputIsTerminal)
        shared = reader
        return reader
    }
}
