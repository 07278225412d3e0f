#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord commitments`: the ledger over the whole store.
public enum CommitmentsCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(_ request: CommitmentsRequest, workspace: Workspace, now: Date = Date()) throws -> ExitCode {
        let report = CommitmentReport(
            filter: request.filter, owner: request.owner, today: request.today ?? CommitmentReport.todayString(now))
        let style = workspace.context.style
        if request.csv {
            // CSV for a spreadsheet, in the plan CSV's columns (fields carry no control characters).
            let ledger = try Workspace.mapStoreErrors { try CommitmentScan(store: workspace.store).ledger() }
            workspace.context.output.write(CommitmentCSV.render(report.select(ledger), today: report.today))
            return .ok
        }
        // The table and the JSON from the index (the cache, refreshed first when stale), without
        // building the ledger; the ledger path serves only a cache the index cannot read.
        try Workspace.mapStoreErrors {
            try report.write(store: workspace.store, json: request.json, highlight: style.enabled ? { style.red($0) } : nil) {
                workspace.context.output.write($0)
            }
        }
        return .ok
    }
}
