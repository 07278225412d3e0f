import Foundation
import Testing

@testable import AccordCore

@Suite struct PlanCSVTests {
    static let tricky = "Call back, then \"close\"\nsoon; €1.2m → €1.8m"

    /// Reads CSV text with Python's `csv` module; returns the rows as lists of strings.
    static func pythonRows(_ csv: String) throws -> [[String]] {
        let dir = TestScratch.url("plan-csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.csv")
        try Data(csv.utf8).write(to: file)
        let out = try PythonCheck.run(
            """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """, [file.path])
        return try JSONDecoder().decode([[String]].self, from: Data(out.utf8))
    }

    static func trickyPlan() -> Plan {
        var retro = PlanExamples.retro()
        retro.step("Actions")
        retro.item(.action, .sales, tricky, ["owner": "Dana, with Lee", "due": "2027-01-31"])
        return PlanBuilder.build(
            sessions: [PlanExamples.goals().pair, PlanExamples.roles().pair, retro.pair, PlanExamples.review().pair],
            generated: PlanExamples.generated)
    }

    @Test func planCSVOpensInPythonWithSixColumnsOnEveryRow() throws {
        let plan = Self.trickyPlan()
        let csv = PlanCSV.render(plan)
        #expect(csv.hasPrefix("kind,text,owner,due,status,session\r\n"))
        let rows = try Self.pythonRows(csv)
        #expect(rows.first == PlanCSV.columns)
        #expect(rows.count > 10)
        for row in rows { #expect(row.count == 6, "\(row)") }
        let action = try #require(rows.first { $0[1] == Self.tricky })
        #expect(action == ["action", Self.tricky, "Dana, with Lee", "2027-01-31", "open", "20261201-100000-cccccc"])
        // Goals are commitments with their progress; the done action says so; roles name the accountable lead.
        #expect(rows.contains { $0[0] == "goal" && $0[2] == "Dana" && $0[3] == "2027-03-31" && $0[4] == "open" })
        #expect(rows.contains { $0[0] == "action" && $0[4] == "done" })
        #expect(rows.contains { $0 == ["role", "Lead scoring: Sales C, Marketing RA", "Lee", "", "agreed", "20261124-140000-bbbbbb"] })
        // Only agreed items (and open disagreements, as "not agreed"); a statement is not a row.
        #expect(!rows.contains { $0[1].contains("Lee's team briefed us") })
        #expect(
            Set(rows.dropFirst().map { $0[4] }).isSubset(
                of: ["agreed", "not agreed", "overdue"] + CommitmentProgress.allCases.map(\.rawValue)))
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(PlanCSV.field("plain") == "plain")
        #expect(PlanCSV.field("a,b") == "\"a,b\"")
        #expect(PlanCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(PlanCSV.field("two\nlines") == "\"two\nlines\"")
        #expect(PlanCSV.field("bell\u{7}\u{1b}[31m") == "bell[31m", "control characters are dropped")
        #expect(PlanCSV.table(["a", "b"], [["1", "2"]]) == "a,b\r\n1,2\r\n")
    }

    @Test func textASpreadsheetWouldRunAsAFormulaIsQuotedWithAnApostrophe() {
        #expect(PlanCSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(PlanCSV.field("+1 more lead") == "'+1 more lead")
        #expect(PlanCSV.field("@Lee to send") == "'@Lee to send")
        #expect(PlanCSV.field("- fix the form") == "'- fix the form")
        #expect(PlanCSV.field("-5%") == "-5%", "a negative number stays a number")
        #expect(PlanCSV.field("Raise win rate") == "Raise win rate")
    }

    @Test func rowsSayTheirKindAndStatusInTheColumnWords() {
        let row = PlanCSVRow(
            kind: .commitment(.goal), text: "t", owner: "Dana", due: "2027-03-31", status: .progress(.inProgress), session: "s")
        #expect(row.fields == ["goal", "t", "Dana", "2027-03-31", "in-progress", "s"])
        #expect(PlanCSVKind.statement(section: "handoff").text == "handoff")
        #expect(PlanCSVStatus.notAgreed.text == "not agreed" && PlanCSVStatus.overdue.text == "overdue")
    }
}
