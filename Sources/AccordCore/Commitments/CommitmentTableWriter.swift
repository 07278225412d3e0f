/// Writes the `accord commitments` table — owner groups, one row per commitment, a closing count —
/// in pieces of about 64 KB, so a large ledger is never held twice. Both the ledger path
/// (`CommitmentReport`) and the compact cache path (`CommitmentIndex`) write through it, so their
/// output is the same by construction.
struct CommitmentTableWriter {
    private var out: [UInt8] = []
    private let emit: (String) -> Void
    private let highlight: ((String) -> String)?
    private var started = false
    private var rows = 0
    private var overdueRows = 0

    init(highlight: ((String) -> String)?, emit: @escaping (String) -> Void) {
        self.highlight = highlight
        self.emit = emit
        out.reserveCapacity(80 * 1024)
    }

    /// What the table says when nothing matches the filter.
    static func emptyMessage(_ filter: CommitmentFilter) -> String {
        "No \(filter == .all ? "" : filter.rawValue + " ")commitments.\n"
    }

    /// Start an owner's group.
    mutating func group(owner: String, count: Int) {
        put((started ? "\n" : "") + "\(TerminalSafe.clean(owner)) (\(count))\n")
        started = true
    }

    /// One commitment. `text` gives its display text; `printableASCII`, when given, is the same text
    /// as bytes that need neither unescaping nor cleaning (written as they are).
    mutating func row(
        status: String, overdue: Bool, due: String, relative: String, session: String,
        text: () -> String, printableASCII: ArraySlice<UInt8>? = nil, note: String? = nil
    ) {
        rows += 1
        let label = overdue ? "OVERDUE" : status
        let padded = label.count >= 8 ? String(label.prefix(8)) : label + String(repeating: " ", count: 8 - label.count)
        if overdue { overdueRows += 1 }
        if overdue, let highlight {
            put(highlight("  \(padded) \(due) (\(relative))  \(text())  [\(session)]"))
        } else {
            put("  ")
            put(padded)
            put(" ")
            put(due)
            put(" (")
            put(relative)
            put(")  ")
            if let printableASCII { out.append(contentsOf: printableASCII) } else { put(text()) }
            put("  [")
            put(session)
            put("]")
        }
        out.append(0x0A)
        // The latest "in progress" note, on a line of its own under the commitment.
        if let note, !note.isEmpty { put("           in progress: \(TerminalSafe.clean(note))\n") }
        if out.count >= 64 * 1024 { flush() }
    }

    /// The closing count line, and everything still buffered.
    mutating func finish(today: String) {
        put("\n\(rows) commitment\(rows == 1 ? "" : "s")" + (overdueRows > 0 ? ", \(overdueRows) overdue" : "") + " (today: \(today))\n")
        flush()
    }

    private mutating func put(_ s: String) { out.append(contentsOf: s.utf8) }

    private mutating func flush() {
        emit(String(decoding: out, as: UTF8.self))
        out.removeAll(keepingCapacity: true)
    }
}
