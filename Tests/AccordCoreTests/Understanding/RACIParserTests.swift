import Testing

@testable import AccordCore

@Suite("RACIParser")
struct RACIParserTests {
    let ctx = UnderstandingContext(
        today: Day(iso: "2026-11-30")!, participants: Participants(sales: "Priya Raman", marketing: "Tomás Okafor"))

    @Test func theRowMatchesTheStoredForm() {
        let r = RACIParser.parse("Sales accountable, Marketing responsible and consulted", context: ctx).value
        #expect(r?.row == RACIRow(sales: "A", marketing: "RC"))
        #expect(r?.stored(.marketing) == "RC")
        #expect(r?.summary == "Sales: A, Marketing: R C")
    }

    @Test func twoAccountablesGetTheOneAccountableReasonNamingTheActivity() {
        guard case .refused(let r) = RACIParser.parse("Accountable = both", activity: "lead scoring", context: ctx) else {
            Issue.record("accepted")
            return
        }
        #expect(r.message.contains("Only one side can be Accountable (A) for lead scoring"))
        #expect(r.message.contains("Sales: A, Marketing: A"))
    }

    @Test func noAccountableSaysWhatWasUnderstood() {
        guard case .refused(let r) = RACIParser.parse("sales: R, marketing: C", activity: "nurturing", context: ctx) else {
            Issue.record("accepted")
            return
        }
        #expect(r.message.contains("Sales: R, Marketing: C") && r.message.contains("nurturing"))
    }

    @Test func lettersAreOrderedRACI() {
        #expect(RACILetter.allCases.sorted() == [.responsible, .accountable, .consulted, .informed])
        #expect(RACIParser.parse("sales: IRA, marketing: C", context: ctx).value?.stored(.sales) == "RAI")
    }
}
