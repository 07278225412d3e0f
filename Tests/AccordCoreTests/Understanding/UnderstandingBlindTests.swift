import Foundation
import Testing

@testable import AccordCore

@Suite("Understanding blind set")
struct UnderstandingBlindTests {
    /// The blind set's real pass rate is the one docs/understanding.md reports, with the same failures.
    @Test func theReportedBlindFigureIsTheRealOne() throws {
        let rows = UnderstandingTable.rows(UnderstandingBlindSet.table)
        #expect(rows.count >= 40)
        let failures = rows.filter { UnderstandingTable.render($0) != $0.expected }
        for f in failures {
            print("blind miss: [\(f.section)] \(f.input) → \(UnderstandingTable.render(f)) (expected \(f.expected))")
        }
        let doc = try String(contentsOf: UnderstandingTable.docURL, encoding: .utf8)
        let passed = rows.count - failures.count
        #expect(
            doc.contains("Blind set: \(passed) of \(rows.count) phrasings understood as expected"),
            "docs/understanding.md should report Blind set: \(passed) of \(rows.count)")
        for f in failures {
            #expect(doc.contains(f.input), "docs/understanding.md should list the blind failure “\(f.input)”")
        }
    }
}
