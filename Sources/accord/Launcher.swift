import AccordCore
import CTerminal

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Builds the `CommandContext` (parse, output policy, readers) and hands it to `Dispatch`.
enum Launcher {
    static func run(arguments: [String]) -> ExitCode {
        let errors = FileDescriptorOutput.standardError()
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
        if invocation.command == .version {
            // Nothing to decide for the version line: answer before touching the environment.
            FileDescriptorOutput.standardOutput().write(HelpText.versionLine)
            return .ok
        }
        let environment = ProcessInfo.processInfo.environment
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
            makeLineReader: { LineReaders.make(policy: policy, environment: environment, output: output, errors: errors) },
            now: { ProcessInfo.processInfo.systemUptime },
            currentWidth: {
                let columns = Int(accord_terminal_columns(1))
                return terminal.stdoutIsTerminal && columns > 0 ? columns : policy.width
            }
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
