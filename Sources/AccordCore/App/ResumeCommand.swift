#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord resume [SESSION]`: continue an unfinished session (the latest when none is named).
public enum ResumeCommand {
    /// Resume `session` (the latest unfinished one when nil).
    public static func run(_ session: String?, workspace: Workspace) throws -> ExitCode {
        let context = workspace.context
        let id: String
        if let session {
            id = try workspace.resolve(session)
        } else {
            let unfinished = try workspace.store.list().filter { $0.status == .inProgress || $0.status == .paused }
            guard let latest = unfinished.last else { throw AccordError.nothingToResume }
            id = latest.id
        }
        // Read under the lock: the writer reads the file once and cuts away a torn last write.
        let writer = try Workspace.mapStoreErrors { try workspace.store.open(id: id) }
        defer { writer.close() }
        guard let file = writer.transcript else { throw AccordError.io(path: id, reason: "could not be read") }
        file.warnings.forEach { context.errors.line("accord: warning: \(TerminalSafe.clean($0))") }
        if let damage = file.damage {
            throw AccordError.damagedSession(id: id, damage: damage)
        }
        let state = Workspace.state(of: file)
        let printer = ChatPrinter(output: context.output, style: context.style, width: context.currentWidth())
        if state.completed {
            printer.print(
                [ChatLine(.info, "Session \(id) is already complete.")] + Facilitator(participants: state.participants).summary(state))
            return .ok
        }
        if let current = workspace.library.playbook(id: file.header.playbook), current.contentHash != file.header.playbookHash {
            printer.print([
                ChatLine(
                    .info,
                    "The \(file.header.playbook) playbook has changed since this session began; it continues with the steps it started with."
                )
            ])
        }
        printer.print([ChatLine(.heading, "\(file.header.steps.title) — resuming \(id)")])
        return try SessionCommand.run(
            header: file.header, records: file.records, writer: writer, workspace: workspace, reader: context.makeLineReader(), state: state
        )
    }
}
