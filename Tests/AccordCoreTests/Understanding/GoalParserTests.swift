import Testing

@testable import AccordCore

@Suite("GoalParser")
struct GoalParserTests {
    let ctx = UnderstandingContext(
        today: Day(iso: "2026-11-30")!, participants: Participants(sales: "Priya Raman", marketing: "Tomás Okafor"), speaker: .marketing)

    @Test func fieldsAreStoredInTranscriptForm() {
        let g = GoalParser.parse("Win rate 21% → 25% by 30 June, owner Tomás", context: ctx)
        #expect(g.fields == ["metric": "Win rate", "baseline": "21%", "target": "25%", "date": "2027-06-30", "owner": "@marketing"])
        #expect(g.filled == [.metric, .baseline, .target, .date, .owner])
    }

    @Test func anUnknownBaselineIsStoredAsUnknown() {
        guard case .understood(let g) = GoalParser.answer("not measured yet", for: .baseline, context: ctx) else {
            Issue.record("refused")
            return
        }
        #expect(g.baseline == .unknown)
        #expect(g.fields["baseline"] == "unknown")
        #expect(Baseline.isUnknown("Not measured yet."))
        #expect(!Baseline.isUnknown("18%"))
    }

    @Test func aDateAtTheTargetQuestionIsRefusedWithTheEcho() {
        guard case .refused(let r) = GoalParser.answer("31 March", for: .target, context: ctx) else {
            Issue.record("accepted a date as a target")
            return
        }
        #expect(r.message == "That looks like a date (→ Wed 31 Mar 2027); what number are you aiming for? e.g. `25%`")
    }

    @Test func aChangeAtTheTargetQuestionUsesTheKnownBaseline() {
        var given = GoalParts()
        given.baseline = .value(Quantity(value: 8000))
        guard case .understood(let g) = GoalParser.answer("double it", for: .target, given: given, context: ctx) else {
            Issue.record("refused")
            return
        }
        #expect(g.target?.value == 16000)
        #expect(g.derivation == "8,000 → 16,000 (×2)")
        guard case .understood(let g2) = GoalParser.answer("grow it by 25%", for: .target, given: given, context: ctx) else {
            Issue.record("refused")
            return
        }
        #expect(g2.target?.short == "10,000")
        if case .refused(let r) = GoalParser.answer("double it", for: .target, context: ctx) {
            #expect(r.example == "25%")
        } else {
            Issue.record("a change without a baseline")
        }
    }

    @Test func restatingTheGoalAtTheBaselineQuestionFillsEveryField() {
        guard case .understood(let g) = GoalParser.answer("Win rate from 21% to 25% by 30 June, owner Priya", for: .baseline, context: ctx)
        else {
            Issue.record("refused")
            return
        }
        #expect(g.fields == ["metric": "Win rate", "baseline": "21%", "target": "25%", "date": "2027-06-30", "owner": "@sales"])
    }

    @Test func quantitiesKeepTheirUnits() {
        #expect(Quantity(value: 40_000, unit: .euros, scale: "k").short == "€40k")
        #expect(Quantity(value: 1_200, label: "leads a month").display == "1,200 leads a month")
        #expect(Quantity(value: 12.5, unit: .percent).short == "12.5%")
        #expect(Quantity(value: 24, unit: .hours).short == "24h")
        let g = GoalParser.parse("ARR from $1.2M to $1.5M", context: ctx)
        #expect(g.target?.value == 1_500_000)
        #expect(g.target?.short == "$1.5M")
    }

    @Test func mergingLaysLaterAnswersOver() {
        var a = GoalParts()
        a.metric = "Win rate"
        var b = GoalParts()
        b.target = Quantity(value: 25, unit: .percent)
        let m = a.merging(b)
        #expect(m.metric == "Win rate" && m.target?.short == "25%")
    }
}
