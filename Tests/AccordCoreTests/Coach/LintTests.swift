import Foundation
import Testing

@testable import AccordCore

@Suite struct CoachLintTests {
    let notes = """
        # notes for Friday's retro
        Sales never follows up on the leads we send them.

        We closed 5 of the 40 leads from the trade show.
        Marketing's leads are junk. The reps said so again this week.
        """

    @Test func plainOutputHasOneLinePerFlaggedStatementWithLineNumbers() {
        let (output, flagged) = Lint.run(text: notes, json: false)
        #expect(flagged == 2)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("2: \"Sales never follows up on the leads we send them.\" — "))
        #expect(lines[0].contains(". Try: "))
        #expect(lines[1].hasPrefix("5: \"Marketing's leads are junk. The reps said so again this week.\" — "))
        #expect(output.hasSuffix("\n"))
    }

    @Test func cleanNotesPrintNothingAndExitZero() {
        let (output, flagged) = Lint.run(text: "# only comments\n\nLet's agree what qualified means.\n", json: false)
        #expect(output == "")
        #expect(flagged == 0)
        #expect(Lint.exitCode(flagged: flagged) == .ok)
        #expect(Lint.exitCode(flagged: 3) == .findings)
    }

    @Test func jsonReportHasFlagsCheckedAndFlagged() throws {
        let (output, flagged) = Lint.run(text: notes, json: true)
        #expect(flagged == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["flags", "checked", "flagged"])
        #expect(object["checked"] as? Int == 3)
        #expect(object["flagged"] as? Int == 2)
        let flags = try #require(object["flags"] as? [[String: Any]])
        #expect(flags.count == 2)
        #expect(Set(flags[0].keys) == ["line", "statement", "reason", "suggestion"])
        #expect(flags[0]["line"] as? Int == 2)
        #expect(flags[1]["line"] as? Int == 5)
        #expect(flags[0]["statement"] as? String == "Sales never follows up on the leads we send them.")
    }

    @Test func jsonForEmptyInputIsStillAReport() throws {
        let (output, flagged) = Lint.run(text: "", json: true)
        #expect(flagged == 0)
        let report = try JSONDecoder().decode(Lint.Report.self, from: Data(output.utf8))
        #expect(report == Lint.Report(flags: [], checked: 0, flagged: 0))
    }

    @Test func terminalEscapesInStatementsAreNeutralised() {
        let (output, flagged) = Lint.run(text: "Marketing's leads are junk \u{1b}[2J\u{1b}]0;x\u{07}\u{9b}31m\tok\n", json: false)
        #expect(flagged == 1)
        #expect(!output.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x07 || $0.value == 0x9b })
        #expect(output.contains("junk ^[[2J^[]0;x^GM-^[31m ok"))
    }

    @Test func windowsLineEndingsKeepLineNumbers() {
        let (output, flagged) = Lint.run(text: "ok line here\r\nSales never reads the briefs.\r\n", json: false)
        #expect(flagged == 1)
        #expect(output.hasPrefix("2: \"Sales never reads the briefs.\""))
    }
}
