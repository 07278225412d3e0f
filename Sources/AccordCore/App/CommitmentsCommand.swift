import Foundation

/// `accord commitments`: the ledger over the whole store.
public enum CommitmentsCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(_ request: CommitmentsRequest, workspace: Workspace, now: Date = Date()) throws -> ExitCode {
        let report = CommitmentReport(filter: request.filter, owner: request.owner, today: request.today ?? CommitmentReport.todayString(now))
        let style = workspace.context.style
        if request.csv { throw AccordError.notAvailable(command: "commitments --csv") }
        // The table from a warm cache: the compact index, without building the ledger.
        if !request.json, let index = try Workspace.mapStoreErrors({ try CommitmentIndex.load(store: workspace.store) }) {
            index.write(report, highlight: style.enabled ? { style.red($0) } : nil) { workspace.context.output.write($0) }
            return .ok
        }
        let ledger = try Workspace.mapStoreErrors { try CommitmentScan(store: workspace.store).ledger() }
        if request.json {
            workspace.context.output.write(report.json(ledger) + "\n")
        } else {
            // Without colour, overdue rows need no styling pass (style.red is then the identity).
            report.write(ledger, highlight: style.enabled ? { style.red($0) } : nil) { workspace.context.output.write($0) }
        }
        return .ok
    }
}
