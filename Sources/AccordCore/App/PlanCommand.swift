#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// `accord plan [SESSION...] [--format markdown|html|slides|json|csv] [-o FILE]`.
public enum PlanCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(_ request: PlanRequest, workspace: Workspace) throws -> ExitCode {
        let sessions: [(header: SessionHeader, state: SessionState)]
        if request.sessions.isEmpty {
            sessions = try latestSessions(for: nil, includingSolo: true, workspace: workspace)
            guard !sessions.isEmpty else { throw AccordError.nothingToPlan }
        } else {
            sessions = try request.sessions.map { name in
                let file = try workspace.read(name)
                if let damage = file.damage {
                    workspace.context.errors.line("accord: warning: \(TerminalSafe.clean(damage)); using the part that can be read")
                }
                return (file.header, Workspace.state(of: file))
            }
        }
        let plan = PlanBuilder.build(sessions: sessions, generated: Date())
        let text: String
        switch request.format {
        case .markdown: text = PlanMarkdown.render(plan)
        case .html: text = PlanHTML.render(plan)
        case .slides: text = PlanSlides.render(plan)
        case .json: text = PlanJSON.render(plan)
        case .csv: text = PlanCSV.render(plan)
        }
        guard let path = request.output else {
            // Names and answers are stored byte-exact and may hold escape sequences: never let them
            // reach a terminal (JSON already escapes control characters).
            // CSV keeps its CRLF row ends and quoted newlines exactly (control characters are
            // already dropped from its fields).
            let shown = request.format == .json || request.format == .csv ? text : TerminalSafe.clean(text)
            workspace.context.output.write(shown.utf8.last == 0x0A ? shown : shown + "\n")
            return .ok
        }
        try writePrivately(text, to: StoreLocation.absolute(path, environment: workspace.context.environment, cwd: workspace.context.cwd))
        workspace.context.errors.line("Wrote \(TerminalSafe.clean(path)) (\(request.format.rawValue)).")
        return .ok
    }

    /// The latest completed co-created session of each playbook for a pair. With `participants`
    /// nil, the pair of the most recent completed co-created session; for a solo person, the pair
    /// of their most recent co-created session. With `includingSolo`, also the latest completed
    /// solo session of either lead for each playbook the pair has no co-created session of (a
    /// solo prep brings the story, the ask and who presents what).
    public static func latestSessions(
        for participants: Participants?, includingSolo: Bool = false,
        workspace: Workspace
    ) throws -> [(header: SessionHeader, state: SessionState)] {
        let all = try workspace.store.list().filter { $0.status == .completed }
        let done = all.filter { !$0.participants.solo }
        let anchor: SessionSummary?
        if let p = participants, p.solo {
            anchor = done.last {
                [$0.participants.sales.lowercased(), $0.participants.marketing.lowercased()].contains(p.sales.lowercased())
            }
        } else if let p = participants {
            anchor = done.last { $0.participants.isSamePair(as: p) }
        } else {
            anchor = done.last
        }
        guard let pair = anchor?.participants else { return [] }
        var latest: [String: SessionSummary] = [:]
        for s in done where s.participants.isSamePair(as: pair) { latest[s.playbook] = s }
        if includingSolo {
            let names = [pair.sales.lowercased(), pair.marketing.lowercased()]
            var solo: [String: SessionSummary] = [:]
            for s in all where s.participants.solo && latest[s.playbook] == nil && names.contains(s.participants.sales.lowercased()) {
                solo[s.playbook] = s
            }
            latest.merge(solo) { co, _ in co }
        }
        return try latest.values.sorted { $0.id < $1.id }.map { s in
            let file = try Workspace.mapStoreErrors { try workspace.store.read(id: s.id) }
            return (file.header, Workspace.state(of: file))
        }
    }

    /// Write `text` to `path`, readable by the owner only (plans are business-sensitive).
    static func writePrivately(_ text: String, to path: String) throws {
        try Workspace.mapStoreErrors {
            let fd = try PosixIO.open(path, O_WRONLY | O_CREAT | O_TRUNC)
            defer { close(fd) }
            _ = fchmod(fd, 0o600)
            try PosixIO.writeAll(fd, Data((text.utf8.last == 0x0A ? text : text + "\n").utf8), path: path)
        }
    }
}
