import Testing

@testable import AccordCore

@Suite("ActionParser")
struct ActionParserTests {
    let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")

    @Test func theSpeakerOwnsWhatTheySayTheyWillDo() {
        let priya = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .sales)
        let tomas = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .marketing)
        #expect(ActionParser.parse("I'll send the list", context: priya).owner == .sales)
        #expect(ActionParser.parse("I'll send the list", context: tomas).owner == .marketing)
        #expect(ActionParser.parse("I’ll send the list", context: tomas).owner == .marketing)
        let unknown = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair)
        #expect(ActionParser.parse("I'll send the list", context: unknown).owner == nil)
    }

    @Test func fieldsAreStoredInTranscriptForm() {
        let ctx = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair)
        let a = ActionParser.parse("Tomás: add contact names to the report, by 15 January", context: ctx)
        #expect(a.fields == ["owner": "@marketing", "due": "2027-01-15"])
        #expect(a.text == "Add contact names to the report")
    }

    @Test func aNumberAtTheDueQuestionIsRefused() {
        let ctx = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair)
        guard case .refused(let r) = ActionParser.answer("25%", for: .due, context: ctx) else {
            Issue.record("accepted")
            return
        }
        #expect(r.message.contains("25%") && r.example == "15 January")
    }
}
