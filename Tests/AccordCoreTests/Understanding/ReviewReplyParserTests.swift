import Testing

@testable import AccordCore

@Suite("ReviewReplyParser")
struct ReviewReplyParserTests {
    let ctx = UnderstandingContext(
        today: Day(iso: "2026-11-30")!, participants: Participants(sales: "Priya Raman", marketing: "Tomás Okafor"))

    @Test func aDateNeverReplacesAReasonInEitherOrder() {
        let first = ReviewReplyParser.parse("slipped — the first report came late", context: ctx).value!
        #expect(first.missing == [.date])
        let both = ReviewReplyParser.followUp("20 February", previous: first, context: ctx)
        #expect(both.reason == "the first report came late")
        #expect(both.newDate?.day.iso == "2027-02-20")
        #expect(both.missing.isEmpty)

        let dateFirst = ReviewReplyParser.parse("slipped to 20 Feb", context: ctx).value!
        #expect(dateFirst.missing == [.reason])
        let then = ReviewReplyParser.followUp("the data came late", previous: dateFirst, context: ctx)
        #expect(then.reason == "the data came late" && then.newDate?.day.iso == "2027-02-20")
    }

    @Test func followUpQuestionsSayWhatIsKnownAndGiveAnExample() {
        let r = ReviewReplyParser.parse("slipped — vendor late", context: ctx).value!
        #expect(r.followUp == "Got it: slipped, “vendor late”. And the new date? e.g. `20 February` — or say “carry forward”.")
        #expect(ReviewReply(status: .done).followUp == nil)
        #expect(ReviewReply(status: .dropped).missing == [.reason])
    }

    @Test func aSecondReasonIsAddedNotSwapped() {
        let a = ReviewReply(status: .slipped, reason: "data late")
        let b = a.merging(ReviewReply(reason: "and the vendor changed"))
        #expect(b.reason == "data late; and the vendor changed")
    }

    @Test func aBareShiftMovesTheOldDueDateWhenItIsKnown() {
        let due = Day(iso: "2026-12-15")!
        #expect(
            ReviewReplyParser.parse("slipped 2 weeks — the data came late", context: ctx, due: due).value?.newDate?.day.iso == "2026-12-29")
        #expect(
            ReviewReplyParser.parse("slipped 2 weeks — the data came late", context: ctx, due: due).value?.reason == "the data came late")
        #expect(ReviewReplyParser.parse("pushed back by a month", context: ctx, due: due).value?.newDate?.day.iso == "2027-01-15")
        // "in 2 weeks" counts from today; without a due date a shift counts from today too.
        #expect(ReviewReplyParser.parse("slipped, done in 2 weeks", context: ctx, due: due).value?.newDate?.day.iso == "2026-12-14")
        #expect(ReviewReplyParser.parse("slipped 2 weeks", context: ctx).value?.newDate?.day.iso == "2026-12-14")
        let first = ReviewReplyParser.parse("slipped — vendor late", context: ctx, due: due).value!
        #expect(ReviewReplyParser.followUp("another week", previous: first, context: ctx, due: due).newDate?.day.iso == "2026-12-22")
    }
}
