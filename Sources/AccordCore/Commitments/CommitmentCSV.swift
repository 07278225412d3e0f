/// `accord commitments --csv`: the selected commitments as CSV for a spreadsheet, in the plan
/// CSV's columns (`kind,text,owner,due,status,session`; RFC 4180, UTF-8, CRLF row ends). The
/// status is `open`, `done`, `slipped` or `dropped`, or `overdue` when still open past its due date.
public enum CommitmentCSV {
    /// The CSV text: the header, then one row per commitment in `commitments`' order.
    public static func render(_ commitments: [Commitment], today: String) -> String {
        PlanCSV.table(
            PlanCSV.columns,
            commitments.map {
                fields(
                    kind: $0.kind, text: $0.text, owner: $0.owner, due: $0.due, status: $0.status,
                    overdue: $0.isOverdue(today: today), session: $0.session)
            })
    }

    /// One commitment's fields, in the columns' order (`CommitmentIndex.csv` writes the same rows).
    static func fields(
        kind: CommitmentKind, text: String, owner: String, due: String, status: CommitmentStatus, overdue: Bool, session: String
    ) -> [String] {
        [
            kind.rawValue, text, owner, due,
            (overdue ? PlanCSVStatus.overdue : .progress(CommitmentProgress(commitment: status))).text,
            session,
        ]
    }
}
