/// One row of the plan's CSV: an agreed item.
public struct PlanCSVRow: Sendable, Equatable {
    /// What the row is.
    public var kind: PlanCSVKind
    public var text: String
    /// Who owns it (for a R/A/C/I row, the accountable lead).
    public var owner: String
    /// Due date (YYYY-MM-DD), or "".
    public var due: String
    /// Agreed, not agreed (an open disagreement), or a commitment's progress (or overdue).
    public var status: PlanCSVStatus
    /// Source session id.
    public var session: String

    /// A row.
    public init(kind: PlanCSVKind, text: String, owner: String, due: String, status: PlanCSVStatus, session: String) {
        self.kind = kind
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
        self.session = session
    }

    /// The fields in column order.
    var fields: [String] { [kind.text, text, owner, due, status.text, session] }
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
        ([header] + rows).map(line).joined()
    }

    /// One row (or the header) as RFC 4180 text, with its CRLF.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. A text a
    /// spreadsheet would run as a formula (starting with `=`, `+`, `@`, or `-` not before a digit)
    /// gets a leading `'`, as spreadsheets expect.
    public static func field(_ s: String) -> String {
        var clean = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\r" || $0 == "\t" }))
        if let first = clean.first,
            "=+@".contains(first) || (first == "-" && !(clean.dropFirst().first?.isNumber ?? false)) && clean.count > 1
        {
            clean = "'" + clean
        }
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return clean }
        return "\"" + clean.replacingText("\"", with: "\"\"") + "\""
    }

    /// The accountable lead of a R/A/C/I row, by name ("" when none).
    static func accountable(_ r: PlanRole, _ plan: Plan) -> String {
        if r.sales.contains("A") { return PlanPresentation.name(.sales, plan) }
        if r.marketing.contains("A") { return PlanPresentation.name(.marketing, plan) }
        return ""
    }
}

/// What a CSV row is: a commitment (goal or action), a R/A/C/I row, an open disagreement, or an
/// agreed statement of a plan section (named by the section's key).
public enum PlanCSVKind: Sendable, Equatable {
    case commitment(CommitmentKind)
    case role
    case disagreement
    case statement(section: String)

    /// The word in the `kind` column.
    public var text: String {
        switch self {
        case .commitment(let kind): return kind.rawValue
        case .role: return "role"
        case .disagreement: return "disagreement"
        case .statement(let section): return section
        }
    }
}

/// A CSV row's status.
public enum PlanCSVStatus: Sendable, Equatable {
    case agreed
    /// An open disagreement.
    case notAgreed
    /// A commitment past its due date and not finished.
    case overdue
    /// A commitment's progress.
    case progress(CommitmentProgress)

    /// The word in the `status` column.
    public var text: String {
        switch self {
        case .agreed: return "agreed"
        case .notAgreed: return "not agreed"
        case .overdue: return "overdue"
        case .progress(let p): return p.rawValue
        }
    }
}
