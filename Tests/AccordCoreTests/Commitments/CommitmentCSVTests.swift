import Foundation
import Testing

@testable import AccordCore

@Suite struct CommitmentCSVTests {
    @Test func commitmentsCSVHasThePlanColumnsAndSurvivesPython() throws {
        func commitment(_ ref: String, _ text: String, due: String, status: CommitmentStatus, kind: CommitmentKind = .action) -> Commitment
        {
            Commitment(
                ref: ref, text: text, owner: "Dana", due: due, kind: kind, session: String(ref.prefix(22)), playbook: "retro",
                sales: "Dana", marketing: "Lee", status: status, history: [])
        }
        let list = [
            commitment("20261019-100000-xdvwrz/i5", PlanCSVTests.tricky, due: "2026-12-01", status: .open),
            commitment("20261019-100000-xdvwrz/i6", "Weekly report", due: "2027-01-15", status: .slipped),
            commitment("20260907-093000-ah6txr/i2", "Raise SQL rate, 18% → 25%", due: "2027-03-31", status: .done, kind: .goal),
        ]
        let rows = try PlanCSVTests.pythonRows(CommitmentCSV.render(list, today: "2026-12-10"))
        #expect(rows.count == 4)
        for row in rows { #expect(row.count == 6) }
        #expect(rows[1] == ["action", PlanCSVTests.tricky, "Dana", "2026-12-01", "overdue", "20261019-100000-xdvwrz"])
        #expect(rows[2][4] == "slipped" && rows[3][0] == "goal" && rows[3][4] == "done")
    }
}
