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
        // The table, the JSON and the CSV from the index (the cache, refreshed first when stale),
        // without building the ledger; the ledger path serves only a cache the index cannot read.
        let format: CommitmentReport.Format = request.csv ? .csv : request.json ? .json : .table
        try Workspace.mapStoreErrors {
            try report.write(store: workspace.store, format: format, highlight: style.enabled ? { style.red($0) } : nil) {
                workspace.context.output.write($0)
            }
        }
        return .ok
    }
}
