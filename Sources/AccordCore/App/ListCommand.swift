import Foundation

/// `accord list [--json]`.
public enum ListCommand {
    public static func run(json: Bool, workspace: Workspace) throws -> ExitCode {
        let summaries = try Workspace.mapStoreErrors { try workspace.store.list() }
        let out = workspace.context.output
        if json {
            try writeJSON(summaries) { out.write($0) }
            return .ok
        }
        write(summaries, style: workspace.context.style) { out.write($0) }
        return .ok
    }

    /// What `JSONEncoder` (pretty-printed, sorted keys) writes for `summaries`, and a newline, in
    /// pieces: the array is encoded 256 elements at a time (never the whole store's JSON at once).
    /// Tests compare it with one `JSONEncoder` pass.
    public static func writeJSON(_ summaries: [SessionSummary], to emit: (String) -> Void) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard !summaries.isEmpty else { return emit(String(decoding: try enc.encode(summaries), as: UTF8.self) + "\n") }
        var from = 0
        while from < summaries.count {
            let to = min(from + 256, summaries.count)
            let chunk = try enc.encode(Array(summaries[from..<to]))  // "[\n  {…},\n  {…}\n]"
            let inner = chunk.dropFirst(2).dropLast(2)
            emit((from == 0 ? "[\n" : ",\n") + String(decoding: inner, as: UTF8.self) + (to == summaries.count ? "\n]\n" : ""))
            from = to
        }
    }

    /// The table: id, playbook, participants, started, status, agreed, parked.
    public static func table(_ summaries: [SessionSummary], style: Style) -> String {
        var out = ""
        write(summaries, style: style) { out += $0 }
        return out
    }

    /// `table`, handed to `emit` in pieces of about 64 KB.
    public static func write(_ summaries: [SessionSummary], style: Style, to emit: (String) -> Void) {
        guard !summaries.isEmpty else {
            return emit("No sessions yet. Start one: accord start goals --sales NAME --marketing NAME\n")
        }
        func row(_ s: SessionSummary) -> [String] {
            let who = s.participants.solo ? "\(s.participants.sales) (solo)" : "\(s.participants.sales) & \(s.participants.marketing)"
            return [
                s.id, s.playbook, TerminalSafe.clean(who), String(s.started.prefix(16).map { $0 == "T" ? " " : $0 }),
                label(s.status), String(s.agreed), String(s.parked),
            ]
        }
        let head = ["SESSION", "PLAYBOOK", "PARTICIPANTS", "STARTED (UTC)", "STATUS", "AGREED", "PARKED"]
        // Two passes over the summaries (widths, then rows), so no row is kept.
        var widths = head.map { TextWrap.visibleWidth($0) }
        for s in summaries { for (i, cell) in row(s).enumerated() { widths[i] = max(widths[i], TextWrap.visibleWidth(cell)) } }
        var out = Table.line(head, widths: widths, style: style)
        for s in summaries {
            out += Table.line(row(s), widths: widths, style: nil)
            if out.utf8.count >= 64 * 1024 {
                emit(out)
                out = ""
            }
        }
        for s in summaries where s.status == .damaged {
            out += "  damaged: \(TerminalSafe.clean(s.damage ?? s.id))\n"
        }
        emit(out)
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

    /// One line of `render` for known column widths (the header in bold when `style` is given).
    static func line(_ cells: [String], widths: [Int], style: Style?) -> String {
        let text = cells.enumerated().map { i, c in
            i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - TextWrap.visibleWidth(c))
        }.joined(separator: "  ")
        return (style.map { $0.bold(text) } ?? text) + "\n"
    }
}
