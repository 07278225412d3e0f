import AccordCore
import CTerminal

/// Chooses the line reader: libedit when both ends are terminals, TERM is not dumb and the library
/// loads (`LibeditLoader`), else plain.
enum LineReaders {
    nonisolated(unsafe) private static var shared: LineReader?

    /// One reader per process (libedit keeps global state); SIGINT handling is installed with it.
    static func make(policy: OutputPolicy, environment: [String: String], output: OutputSink, errors: OutputSink) -> LineReader {
        if let shared { return shared }
        accord_install_sigint_handler()
        let reader: LineReader =
            policy.lineEditing && LibeditLoader.load(environment: environment, errors: errors)
            ? LibeditLineReader(historyPath: HistoryLocation.path(environment: environment))
            : PlainLineReader(output: output, echo: !policy.inputIsTerminal)
        shared = reader
        return reader
    }
}
