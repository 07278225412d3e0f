import Testing

@testable import AccordCore

@Suite("DateParser")
struct DateParserTests {
    let today = Day(iso: "2026-11-30")!

    @Test func theRangeIsTheDateAndThePhraseTakesItsMarkerAndComma() throws {
        let text = "Tomás: add contact names to the report, by 15 January"
        guard case .understood(let f)? = DateParser.find(in: text, today: today) else {
            Issue.record("no date")
            return
        }
        #expect(f.day.iso == "2027-01-15")
        #expect(String(text[f.range]) == "15 January")
        #expect(String(text[f.phraseRange]) == ", by 15 January")
        #expect(DateParser.removing(f, from: text) == "Tomás: add contact names to the report")
        #expect(f.echo == "→ Fri 15 Jan 2027")
    }

    @Test func noLaterThanIsTakenWhole() throws {
        let text = "Send the deck no later than 20 February please"
        guard case .understood(let f)? = DateParser.find(in: text, today: today) else {
            Issue.record("no date")
            return
        }
        #expect(String(text[f.phraseRange]) == "no later than 20 February")
        #expect(DateParser.removing(f, from: text) == "Send the deck please")
    }

    @Test func aMarkedDateWinsOverAnEarlierUnmarkedOne() {
        let text = "Q1 pipeline review by 20 Feb"
        #expect(DateParser.find(in: text, today: today)?.value?.day.iso == "2027-02-20")
    }

    @Test func todayDecidesNotTheClock() {
        #expect(DateParser.parse("31 March", today: Day(iso: "2026-11-30")!).value?.day.iso == "2027-03-31")
        #expect(DateParser.parse("31 March", today: Day(iso: "2027-03-31")!).value?.day.iso == "2027-03-31")
        #expect(DateParser.parse("31 March", today: Day(iso: "2027-04-01")!).value?.day.iso == "2028-03-31")
        #expect(DateParser.parse("in two weeks", today: Day(iso: "2030-06-01")!).value?.day.iso == "2030-06-15")
    }

    @Test func ambiguousNumericDatesAskWithBothReadingsAndAnExample() throws {
        guard case .ask(let q) = DateParser.parse("03/04", today: today) else {
            Issue.record("expected a question")
            return
        }
        #expect(q.choices.map(\.day.iso) == ["2027-04-03", "2027-03-04"])
        #expect(q.message.contains("3 April") && q.message.contains("4 March") && q.message.contains("e.g. `"))
    }

    @Test func pastDatesAreUnderstoodAndFlagged() {
        let f = DateParser.parse("31/03/2025", today: today).value
        #expect(f?.day.iso == "2025-03-31")
        #expect(f?.isPast == true)
        #expect(DateParser.parse("31 March", today: today).value?.isPast == false)
    }

    @Test func refusalsSayWhatWasTypedAndGiveOneExample() throws {
        guard case .refused(let r) = DateParser.parse("next sprint", today: today) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(r.message.contains("next sprint"))
        #expect(r.example == "31 March")
        #expect(r.message.hasSuffix("e.g. `31 March`"))
    }

    @Test func numbersThatAreNotDatesStayNumbers() {
        for text in [
            "from 12% to 18%", "8,000 leads", "24/7 support", "send 3 reports", "12.5% growth", "€1.2M pipeline",
            "the first report came late", "we may need help", "march together", "within 24 hours of each webinar",
        ] {
            #expect(DateParser.find(in: text, today: today) == nil, "\(text)")
        }
    }

    @Test func theWeekdayGivenWithADateIsChecked() {
        #expect(DateParser.parse("Wed 31 March", today: today).value?.day.iso == "2027-03-31")
        guard case .ask(let q) = DateParser.parse("Friday 31 March", today: today) else {
            Issue.record("expected a question")
            return
        }
        #expect(q.message.contains("Wednesday"))
    }
}
