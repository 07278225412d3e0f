#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord start PLAYBOOK`: a new session, saved after every answer.
public enum StartCommand {
    /// Start a session of `request.playbook`.
    public static func run(_ request: StartRequest, workspace: Workspace) throws -> ExitCode {
        let playbook = try workspace.playbook(request.playbook)
        let context = workspace.context
        let reader = context.makeLineReader()
        guard let participants = try SessionCommand.participants(request, reader: reader, context: context) else {
            context.output.line("No session started.")
            return .ok
        }
        let now = Date()
        let header = SessionHeader(
            id: SessionID.make(now: now), playbook: playbook, participants: participants,
            title: request.title, started: SessionRunner.timestamp())
        // The recap comes from the pair's index, not the store (see RecapIndex); creating the session
        // and closing it are bracketed so the index keeps up with this session.
        let recap = RecapIndex(store: workspace.store, participants: participants, recap: playbook.opensWithRecap)
        let writer = try recap.create(id: header.id) { try Workspace.mapStoreErrors { try workspace.store.create(header: header) } }
        var finalState: SessionState?
        defer { recap.finish(state: finalState) { writer.close() } }
        let printer = ChatPrinter(output: context.output, style: context.style, width: context.currentWidth())
        let title = request.title.map { " — \($0)" } ?? ""
        printer.print([
            ChatLine(.heading, "\(playbook.title)\(title)"),
            ChatLine(
                .info,
                participants.solo
                    ? "Solo prep with \(participants.sales): drafts only, nothing counts as agreed."
                    : "\(participants.display(.sales)) and \(participants.display(.marketing)). Type /help for commands."),
            ChatLine(.info, "Session \(header.id) — saved after every answer."),
        ])
        return try SessionCommand.run(
            header: header, records: [], writer: writer, workspace: workspace, reader: reader,
            recap: recap.openCommitments, finished: { finalState = $0 })
    }
}
