#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord list [--json]`.
public enum ListCommand {
    public static func run(json: Bool, workspace: Workspace) throws -> ExitCode {
        // The summaries are visited from the list cache's lines, never held all at once.
        let listing = try Workspace.mapStoreErrors { try workspace.store.listing() }
        let out = workspace.context.output
        if json {
            try writeJSON(count: listing.count, each: { listing.forEach($0) }, to: { out.write($0) })
            return .ok
        }
        write(count: listing.count, each: { listing.forEach($0) }, style: workspace.context.style, to: { out.write($0) })
        return .ok
    }

    /// Visits every summary, in order (`Array.forEach` or `SessionList.forEach`).
    public typealias Each = ((SessionSummary) -> Void) -> Void

    /// What `JSONEncoder` (pretty-printed, sorted keys) writes for `summaries`, and a newline, in
    /// pieces: the array is encoded 256 elements at a time (never the whole store's JSON at once).
    /// Tests compare it with one `JSONEncoder` pass.
    public static func writeJSON(_ summaries: [SessionSummary], to emit: (String) -> Void) throws {
        try writeJSON(count: summaries.count, each: { summaries.forEach($0) }, to: emit)
    }

    /// `writeJSON` of the `count` summaries `each` visits.
    public static func writeJSON(count: Int, each: Each, to emit: (String) -> Void) throws {
        try withoutActuallyEscaping(emit) { try writeJSON(count: count, each: each, escaping: $0) }
    }

    private static func writeJSON(count: Int, each: Each, escaping emit: @escaping (String) -> Void) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard count > 0 else { return emit(String(decoding: try enc.encode([SessionSummary]()), as: UTF8.self) + "\n") }
        var chunk: [SessionSummary] = []
        chunk.reserveCapacity(256)
        var done = 0
        var failure: Error?
        func flush() {
            guard failure == nil, !chunk.isEmpty else { return }
            do {
                let bytes = try enc.encode(chunk)  // "[\n  {…},\n  {…}\n]"
                let inner = bytes.dropFirst(2).dropLast(2)
                let first = done == 0
                done += chunk.count
                emit((first ? "[\n" : ",\n") + String(decoding: inner, as: UTF8.self) + (done == count ? "\n]\n" : ""))
            } catch {
                failure = error
            }
            chunk.removeAll(keepingCapacity: true)
        }
        each { s in
            chunk.append(s)
            if chunk.count == 256 { flush() }
        }
        flush()
        if let failure { throw failure }
    }

    /// The table: id, playbook, participants, started, status, agreed, parked.
    public static func table(_ summaries: [SessionSummary], style: Style) -> String {
        var out = ""
        write(summaries, style: style) { out += $0 }
        return out
    }

    /// `table`, handed to `emit` in pieces of about 64 KB.
    public static func write(_ summaries: [SessionSummary], style: Style, to emit: (String) -> Void) {
        write(count: summaries.count, each: { summaries.forEach($0) }, style: style, to: emit)
    }

    /// `write` of the `count` summaries `each` visits (twice: widths, then rows).
    public static func write(count: Int, each: Each, style: Style, to emit: (String) -> Void) {
        guard count > 0 else {
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
        var damaged = false
        each { s in
            for (i, cell) in row(s).enumerated() { widths[i] = max(widths[i], TextWrap.visibleWidth(cell)) }
            damaged = damaged || s.status == .damaged
        }
        var out = Table.line(head, widths: widths, style: style)
        withoutActuallyEscaping(emit) { emit in
            each { s in
                out += Table.line(row(s), widths: widths, style: nil)
                if out.utf8.count >= 64 * 1024 {
                    emit(out)
                    out = ""
                }
            }
            if damaged {
                each { s in
                    if s.status == .damaged { out += "  damaged: \(TerminalSafe.clean(s.damage ?? s.id))\n" }
                }
            }
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
