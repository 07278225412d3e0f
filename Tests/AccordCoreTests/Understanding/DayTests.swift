import Foundation
import Testing

@testable import AccordCore

@Suite("Day")
struct DayTests {
    @Test func isoRoundTripsAndRejectsWhatIsNotADay() {
        #expect(Day(iso: "2027-03-31")?.iso == "2027-03-31")
        #expect(Day(iso: "2028-02-29") != nil)
        for bad in [
            "2027-02-29", "2027-04-31", "2027-13-01", "2027-00-10", "2027-3-31", "27-03-31", "2027/03/31", "", "abcd-ef-gh", "２０２７-03-31",
        ] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func weekdaysAndTheSpokenEcho() {
        #expect(Day(iso: "2027-03-31")?.weekday == .wednesday)
        #expect(Day(iso: "1970-01-01")?.weekday == .thursday)
        #expect(Day(iso: "1969-12-31")?.weekday == .wednesday)
        #expect(Day(iso: "2026-11-30")?.weekday == .monday)
        #expect(Day(iso: "2027-03-31")?.echo == "→ Wed 31 Mar 2027")
        #expect(Day(iso: "2027-01-05")?.spoken == "Tue 5 Jan 2027")
    }

    @Test func dayNumbersCountEveryDayOnceAcrossCenturies() {
        var d = Day(iso: "1899-12-25")!
        var n = d.dayNumber
        var checked = 0
        while d.year < 2101 {
            let next = d.adding(days: 1)
            #expect(next.dayNumber == n + 1)
            // The next day is the next day of the month, or the first of the next month.
            let expected =
                Day(year: d.year, month: d.month, day: d.day + 1)
                ?? Day(year: d.year, month: d.month + 1, day: 1) ?? Day(year: d.year + 1, month: 1, day: 1)
            #expect(next == expected, "after \(d)")
            d = next
            n += 1
            checked += 1
            if checked > 80_000 { break }
        }
        #expect(checked > 73_000)
    }

    @Test func addingMonthsClampsToTheMonthsLastDay() {
        let jan31 = Day(iso: "2027-01-31")!
        #expect(jan31.adding(months: 1).iso == "2027-02-28")
        #expect(Day(iso: "2028-01-31")!.adding(months: 1).iso == "2028-02-29")
        #expect(jan31.adding(months: 12).iso == "2028-01-31")
        #expect(jan31.adding(months: -2).iso == "2026-11-30")
        #expect(Day(iso: "2026-12-15")!.adding(months: 1).iso == "2027-01-15")
    }

    @Test func extremesStayValidDays() {
        let far = Day(iso: "9999-12-31")!
        #expect(far.adding(days: 10).iso == "9999-12-31")
        #expect(far.adding(months: 10).year == 9999)
        #expect(Day(iso: "0001-01-01")!.adding(days: -10).iso == "0001-01-01")
        #expect(Day(dayNumber: Int.max / 2).year == 9999)
        #expect(Day(dayNumber: Int.min / 2).year == 1)
    }

    @Test func quartersAndMonthEnds() {
        #expect(Day(iso: "2027-02-10")!.endOfQuarter.iso == "2027-03-31")
        #expect(Day(iso: "2027-11-10")!.endOfQuarter.iso == "2027-12-31")
        #expect(Day(iso: "2027-02-10")!.endOfMonth.iso == "2027-02-28")
        #expect(Day.endOf(quarter: 2, year: 2027).iso == "2027-06-30")
        #expect(Day(iso: "2027-01-01")! < Day(iso: "2027-01-02")!)
        #expect(Day(iso: "2027-01-01")!.days(to: Day(iso: "2027-03-01")!) == 59)
    }

    @Test func relativeWordingMatchesTheCommitmentsReport() {
        let today = Day(iso: "2027-01-10")!
        for n in [-800, -400, -59, -13, -2, -1, 0, 1, 2, 13, 14, 59, 60, 729, 730, 2000] {
            let d = today.adding(days: n)
            #expect(d.relative(to: today) == CommitmentReport.relative(d.iso, today: today.iso), "\(n)")
        }
        #expect(today.adding(days: 3).relative(to: today) == "in 3 days")
        #expect(today.adding(days: -1).relative(to: today) == "yesterday")
    }

    @Test func aMomentsUTCDay() {
        #expect(Day(utc: Date(timeIntervalSince1970: 0)).iso == "1970-01-01")
        #expect(Day(utc: Date(timeIntervalSince1970: 1_806_537_599)).iso == "2027-03-31")
        #expect(Day(utc: Date(timeIntervalSince1970: -1)).iso == "1969-12-31")
    }
}
