import Foundation
import Testing

/// `accord commitments --csv` through the binary, on the example store.
@Suite("accord commitments --csv")
struct CommitmentsCSVCommandTests {
    @Test func csvHasTheSelectedCommitmentsAndOpensInPython() throws {
        let s = try CLIStore.withCommittedExamples()
        let r = try s.run(["commitments", "--csv", "--all", "--today", "2027-01-10"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("kind,text,owner,due,status,session\r\n"))
        let path = s.base + "/commitments.csv"
        try Data(r.out.utf8).write(to: URL(fileURLWithPath: path))
        let json = try CLIPython.run(
            """
            import csv, json, sys
            with open(sys.argv[1], encoding='utf-8', newline='') as f:
                print(json.dumps(list(csv.reader(f))))
            """, [path])
        let rows = try JSONDecoder().decode([[String]].self, from: Data(json.utf8))
        for row in rows { #expect(row.count == 6, "\(row)") }
        #expect(
            rows.contains {
                $0[0] == "action" && $0[1] == "Agree a follow-up cover plan while we hire" && $0[2] == "Dana" && $0[4] == "overdue"
            })
        #expect(rows.contains { $0[0] == "goal" && $0[4] == "done" })
        let open = try s.run(["commitments", "--csv", "--today", "2027-01-10"])
        #expect(open.out.split(separator: "\r\n").count == 4, "the header and the 3 open commitments")
        #expect(try s.run(["commitments", "--csv", "--json"]).status == 64)
    }
}
