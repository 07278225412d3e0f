/// `accord init [DIR]`: make DIR (default `./transcripts`) a store.
public enum InitCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(directory: String?, context: CommandContext) throws -> ExitCode {
        let path = context.absolutePath(directory ?? StoreLocation.conventionalName)
        let location = StoreLocation(path: path, reason: .flag)
        let isNew: Bool
        do {
            isNew = try location.initialize()
        } catch let error as StoreError {
            throw AccordError.store(error)
        }
        let shown = TerminalSafe.clean(path)
        context.output.line(isNew ? "Made the store \(shown)." : "\(shown) is already a store.")
        context.output.line(
            "Accord finds it from \(TerminalSafe.clean(parentFolder(of: path))) and any folder below. Share it with 'accord sync' when it is in a git repository."
        )
        return .ok
    }

    private static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
