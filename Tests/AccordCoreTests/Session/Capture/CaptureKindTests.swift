import Testing

@testable import AccordCore

/// The registry of capture kinds: every `Capture` a playbook can name has exactly one kind, and the
/// engine reaches each one through it.
@Suite struct CaptureKindTests {
    @Test func everyCaptureHasExactlyOneRegisteredKind() {
        for capture in Capture.allCases {
            let kinds = CaptureKinds.all.filter { $0.capture == capture }
            #expect(kinds.count == 1, "capture \(capture.rawValue) has \(kinds.count) kinds registered in CaptureKinds.all")
            #expect(CaptureKinds.byCapture[capture]?.capture == capture)
            #expect(capture.kind.capture == capture)
        }
        #expect(CaptureKinds.all.count == Capture.allCases.count)
    }

    @Test func requiredFieldsComeFromTheKind() {
        #expect(Capture.goal.kind.requiredFields == ["baseline", "target", "date", "owner"])
        #expect(Capture.action.kind.requiredFields == ["owner", "due"])
        for capture in [Capture.text, .list, .raci, .agreement, .commitments] {
            #expect(capture.kind.requiredFields.isEmpty)
        }
        let item = Item(id: "i1", kind: .action, step: 0, by: .sales, text: "Send the list", fields: ["owner": "Dana"])
        #expect(ItemRules.missingFields(item) == ["due"])
    }

    @Test func onlyAgreementItemsNeedBothLeadsWhateverTheStepSays() {
        for capture in Capture.allCases {
            #expect(capture.kind.alwaysAgreed == (capture == .agreement))
        }
    }

    @Test func eachKindDescribesItsItems() {
        let who = Participants(sales: "Dana", marketing: "Lee")
        let goal = Item(
            id: "i1", kind: .goal, step: 0, by: .sales, text: "Raise win rate",
            fields: ["baseline": "21%", "target": "25%", "date": "2027-06-30", "owner": "Dana"])
        #expect(Capture.goal.kind.describe(goal, participants: who) == "Raise win rate, 21% → 25%, by 2027-06-30, owner Dana")
        let raci = Item(id: "i2", kind: .raci, step: 0, by: .sales, text: "Lead scoring", fields: ["sales": "R", "marketing": ""])
        #expect(Capture.raci.kind.describe(raci, participants: who) == "Lead scoring: Sales R, Marketing –")
        let action = Item(
            id: "i3", kind: .action, step: 0, by: .sales, text: "Send the list", fields: ["owner": "Lee", "due": "2027-01-15"])
        #expect(Capture.action.kind.describe(action, participants: who) == "Send the list, owner Lee, due 2027-01-15")
    }

    @Test func aRACIRowAnswerIsParsedByTheRACIKindOnly() throws {
        var h = Harness()
        let (state, _) = try h.run(["a", "b", "", "sales: R, marketing: A"])
        let row = try #require(state.items.last)
        #expect(row.kind == .raci)
        #expect(row.fields == ["sales": "R", "marketing": "A"])
        #expect(state.pending == .raciRow(1, .sales))
        #expect(h.text.contains("2/2 Hand-off: who is R, A, C, I?"))
    }
}
