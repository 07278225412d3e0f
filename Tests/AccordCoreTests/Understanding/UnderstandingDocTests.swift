import Foundation
import Testing

@testable import AccordCore

@Suite("Understanding phrasing table")
struct UnderstandingDocTests {
    static var rows: [UnderstandingTable.Row] {
        (try? String(contentsOf: UnderstandingTable.docURL, encoding: .utf8)).map(UnderstandingTable.rows) ?? []
    }

    /// Every row of every table in docs/understanding.md is what the parsers make of its input.
    @Test func everyRowInTheDocIsWhatTheParsersUnderstand() throws {
        let rows = Self.rows
        #expect(rows.count >= 150)
        for row in rows {
            let got = UnderstandingTable.render(row)
            #expect(got == row.expected, "docs/understanding.md:\(row.line) [\(row.section)] “\(row.input)” (\(row.context))")
        }
    }

    /// The table covers every parser, and includes answers that are asked about and refused.
    @Test func theTableCoversEverySectionAndAsksAndRefuses() {
        let rows = Self.rows
        for section in ["dates", "owners", "goals", "actions", "raci", "reviews"] {
            #expect(rows.filter { $0.section == section }.count >= 8, "section \(section)")
        }
        #expect(rows.filter { $0.expected.hasPrefix("refused") }.count >= 15)
        #expect(rows.filter { $0.expected.hasPrefix("ask") || $0.expected.hasPrefix("confirm") || $0.expected.contains("ask ") }.count >= 8)
    }

    /// Every refusal in the table quotes what was typed or says what was understood, and ends with one example.
    @Test func everyRefusalSaysWhatItUnderstoodAndGivesOneExample() {
        let understoodMarks = [
            "I have", "looks like", "reads as", "One person", "Only one side", "works for a baseline", "is a change", "isn't",
        ]
        for row in Self.rows where row.expected.hasPrefix("refused") {
            guard let message = UnderstandingTable.message(row) else {
                Issue.record("no message for \(row.input)")
                continue
            }
            let quoted = message.contains("“\(row.input.trimmingCharacters(in: .whitespaces).prefix(20))")
            #expect(quoted || understoodMarks.contains { message.contains($0) }, "\(row.input): \(message)")
            #expect(message.components(separatedBy: "e.g. `").count == 2, "one example: \(message)")
        }
    }

    /// The counts the doc states are the table's.
    @Test func theStatedCountsAreTheTables() throws {
        let rows = Self.rows
        let doc = try String(contentsOf: UnderstandingTable.docURL, encoding: .utf8)
        let refused = rows.filter { $0.expected.hasPrefix("refused") }.count
        let asked = rows.filter {
            $0.expected.hasPrefix("ask") || $0.expected.hasPrefix("confirm") || $0.expected.contains(" ask ")
                || $0.expected.contains("owner confirm")
        }.count
        let understood = rows.count - refused - asked
        #expect(
            doc.contains("\(rows.count) phrasings: \(understood) understood, \(asked) asked about, \(refused) refused"),
            "state: \(rows.count) phrasings: \(understood) understood, \(asked) asked about, \(refused) refused")
    }
}
