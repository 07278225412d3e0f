import Testing

@testable import AccordCore

@Suite struct RecordValuesTests {
    let pair = Participants(sales: "Dana", marketing: "Lee")

    func norm(_ text: String, _ type: RecordFieldType) -> String? {
        try? RecordValues.normalize(text, as: type, participants: pair).get()
    }

    @Test func numbers() {
        #expect(norm("1,240", .number) == "1240")
        #expect(norm("1240", .number) == "1240")
        #expect(norm("1.2k", .number) == "1200")
        #expect(norm("about 300", .number) == "300")
        #expect(norm("2,5", .number) == "2.5")
        #expect(norm("lots", .number) == nil)
        #expect(norm("12,34,5", .number) == nil)
    }

    @Test func percents() {
        #expect(norm("18%", .percent) == "18%")
        #expect(norm("18 %", .percent) == "18%")
        #expect(norm("18.5 percent", .percent) == "18.5%")
        #expect(norm("40", .percent) == "40%")
        #expect(norm("most", .percent) == nil)
    }

    @Test func money() {
        #expect(norm("€120k", .money) == "€120,000")
        #expect(norm("120k EUR", .money) == "€120,000")
        #expect(norm("$4,500.50", .money) == "$4,500.50")
        #expect(norm("USD 1.5m", .money) == "$1,500,000")
        #expect(norm("90,000 CHF", .money) == "90,000 CHF")
        #expect(norm("45000", .money) == "45,000")
        #expect(norm("a lot", .money) == nil)
        #expect(RecordValues.money("€120,000")?.amount == 120_000)
    }

    /// Found by the `answers` fuzz target: "$" and twenty digits trapped converting to Int64.
    @Test func hugeAmountsAreRefusedNotATrap() {
        for text in ["$44444444444444444444", "1e30", "99999999999999999999", "1,000,000,000,000,000", "9.3e18 USD", "2000000bn"] {
            #expect(norm(text, .number) == nil, "\(text)")
            #expect(norm(text, .money) == nil, "\(text)")
            #expect(norm(text, .percent) == nil, "\(text)")
        }
        #expect(norm("999,999,999,999,999", .number) == "999999999999999")
        #expect(norm("$999bn", .money) == "$999,000,000,000")
        #expect(Money(amount: 1e300, currency: "$").display == "1e+300")
        #expect(RecordValues.format(-1e20) == "-1e+20")
    }

    /// The crashing input itself, through the record line reader, as the fuzz target gave it.
    @Test func theFuzzFindingReadsWithoutATrap() {
        let bytes: [UInt8] = [
            0x51, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x0e, 0x34, 0x34,
            0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x24, 0x1f,
            0xb9, 0x03, 0x64, 0x6f, 0x74, 0x05, 0x6d, 0x05, 0x6e, 0x65, 0x2e, 0x0e, 0x2e, 0x2e, 0x2e, 0x2e, 0x2e, 0x2e, 0x2e, 0x2e,
            0x2e, 0x2e, 0x89, 0x89, 0x3a, 0xb1, 0x03, 0x42, 0x03, 0x89, 0x89, 0x89, 0x40, 0x20, 0x32, 0x30, 0x32, 0x37,
        ]
        let text = String(decoding: bytes, as: UTF8.self)
        let fields = RecordFieldKind.allCases.map {
            RecordField(name: $0.rawValue, type: RecordFieldType(kind: $0, choices: $0 == .choice ? ["won", "lost"] : []), required: true)
        }
        _ = RecordLine.read(text, fields: fields, participants: pair)
        #expect(norm("$" + String(repeating: "4", count: 20), .money) == nil)
    }

    @Test func dates() {
        #expect(norm("2026-10-14", .date) == "2026-10-14")
        #expect(norm("Q3 2026", .date) == "2026-09-30")
        #expect(norm("14 Oct 2026", .date) == "2026-10-14")
        #expect(norm("soon", .date) == nil)
    }

    @Test func peopleAreLeadsByNameOrSideOrOthers() {
        #expect(norm("dana", .person) == "@sales")
        #expect(norm("marketing", .person) == "@marketing")
        #expect(norm("both", .person) == "@both")
        #expect(RecordValues.display("@both", as: .person, participants: pair) == "Dana and Lee")
        #expect(norm("Priya Shah", .person) == "Priya Shah")
        #expect(norm("the person who runs the webinar programme for the north region", .person) == nil)
    }

    @Test func choicesMatchIgnoringCaseSpacesAndHyphensOrAUniquePrefix() {
        let segment = RecordFieldType.choice(["enterprise", "mid-market", "smb"])
        #expect(norm("Mid Market", segment) == "mid-market")
        #expect(norm("ENTERPRISE", segment) == "enterprise")
        #expect(norm("ent", segment) == "enterprise")
        #expect(norm("startup", segment) == nil)
        if case .failure(let p) = RecordValues.normalize("startup", as: segment, participants: pair) {
            #expect(p.message == "Which one: enterprise, mid-market or smb?")
        } else {
            Issue.record("startup accepted")
        }
    }

    @Test func listsSplitOnSemicolonsElseCommas() {
        #expect(norm("price, integrations , support", .list) == "price; integrations; support")
        #expect(norm("time to value; Salesforce sync, bidirectional", .list) == "time to value; Salesforce sync, bidirectional")
        #expect(norm(" ; ", .list) == nil)
    }

    @Test func emptyIsRefusedForEveryType() {
        for kind in RecordFieldKind.allCases {
            #expect(norm("  ", RecordFieldType(kind: kind, choices: ["a", "b"])) == nil)
        }
    }
}
