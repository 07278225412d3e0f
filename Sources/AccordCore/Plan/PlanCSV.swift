/// One row of the plan's CSV: an agreed item.
public struct PlanCSVRow: Sendable, Equatable {
    /// `goal`, `action`, `role`, or the section key of an agreed statement (`handoff`…).
    public var kind: String
    public var text: String
    /// Who owns it (for a R/A/C/I row, the accountable lead).
    public var owner: String
    /// Due date (YYYY-MM-DD), or "".
    public var due: String
    /// For commitments their progress (`open`, `in-progress`, `done`, `slipped`, `carried`,
    /// `dropped`) or `overdue`; `agreed` otherwise.
    public var status: String
    /// Source session id.
    public var session: String

    /// A row.
    public init(kind: String, text: String, owner: String, due: String, status: String, session: String) {
        self.kind = kind
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
        self.session = session
    }

    /// The fields in column order.
    var fields: [String] { [kind, text, owner, due, status, session] }
}

/// CSV for spreadsheets (RFC 4180, UTF-8 without a byte-order mark, CRLF line ends): one row per
/// agreed item of the plan (`accord plan --format csv`), and the commitments table
/// (`accord commitments --csv`, `CommitmentCSV`).
public enum PlanCSV {
    /// The header row's names.
    public static let columns = ["kind", "text", "owner", "due", "status", "session"]

    /// The plan's agreed items: every registered section's rows, in registry order.
    public static func render(_ plan: Plan) -> String {
        var rows: [PlanCSVRow] = []
        for s in PlanSectionRegistry.all { rows += s.csvRowsOf(plan) }
        return table(columns, rows.map(\.fields))
    }

    /// A header and rows as RFC 4180 text.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    public static func field(_ s: String) -> String {
        let clean = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\r" || $0 == "\t" }))
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The accountable lead of a R/A/C/I row, by name ("" when none).
    static func accountable(_ r: PlanRole, _ plan: Plan) -> String {
        if r.sales.contains("A") { return PlanPresentation.name(.sales, plan) }
        if r.marketing.contains("A") { return PlanPresentation.name(.marketing, plan) }
        return ""
    }
}
