import Foundation

/// `accord list [--json]`.
public enum ListCommand {
    public static func run(json: Bool, workspace: Workspace) throws -> ExitCode {
        let summaries = try Workspace.mapStoreErrors { try workspace.store.list() }
        let out = workspace.context.output
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            out.write(String(decoding: try enc.encode(summaries), as: UTF8.self) + "\n")
            return .ok
        }
        out.write(table(summaries, style: workspace.context.style))
        return .ok
    }

    /// The table: id, playbook, participants, started, status, agreed, parked.
    public static func table(_ summaries: [SessionSummary], style: Style) -> String {
        guard !summaries.isEmpty else {
            return "No sessions yet. Start one: accord start goals --sales NAME --marketing NAME\n"
        }
        let rows = summaries.map { s -> [String] in
            let who = s.participants.solo ? "\(s.participants.sales) (solo)" : "\(s.participants.sales) & \(s.participants.marketing)"
            return [s.id, s.playbook, TerminalSafe.clean(who), String(s.started.prefix(16)).replacingOccurrences(of: "T", with: " "),
                    label(s.status), String(s.agreed), String(s.parked)]
        }
        let head = ["SESSION", "PLAYBOOK", "PARTICIPANTS", "STARTED (UTC)", "STATUS", "AGREED", "PARKED"]
        var out = Table.render(header: head, rows: rows, style: style)
        for s in summaries where s.status == .damaged {
            out += "  damaged: \(TerminalSafe.clean(s.damage ?? s.id))\n"
        }
        return out
    }

    static func label(_ status: SessionStatus) -> String {
        switch status {
        case .inProgress: return "in progress"
        case .paused: return "paused"
        case .completed: return "completed"
        case .damaged: return "damaged"
        }
    }
}

/// A plain text table with padded columns.
public enum Table {
    public static func render(header: [String], rows: [[String]], style: Style) -> String {
        var widths = header.map { TextWrap.visibleWidth($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWrap.visibleWidth(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - TextWrap.visibleWidth(c))
            }.joined(separator: "  ")
        }
        var out = style.bold(line(header)) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
