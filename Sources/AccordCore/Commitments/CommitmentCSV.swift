/// `accord commitments --csv`: the selected commitments as CSV for a spreadsheet, in the plan
/// CSV's columns (`kind,text,owner,due,status,session`; RFC 4180, UTF-8, CRLF row ends). The
/// status is `open`, `done`, `slipped` or `dropped`, or `overdue` when still open past its due date.
public enum CommitmentCSV {
    /// The CSV text: the header, then one row per commitment in `commitments`' order.
    public static func render(_ commitments: [Commitment], today: String) -> String {
        PlanCSV.table(
            PlanCSV.columns,
            commitments.map {
                [
                    $0.kind.rawValue, $0.text, $0.owner, $0.due,
                    ($0.isOverdue(today: today) ? PlanCSVStatus.overdue : .progress(CommitmentProgress(commitment: $0.status))).text,
                    $0.session,
                ]
            })
    }
}
