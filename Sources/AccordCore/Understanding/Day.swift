#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A calendar day (proleptic Gregorian, no time, no time zone): the one place dates are made,
/// compared, moved and formatted. Parsing what people type is `DateParser`'s job.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2027.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// A day, or nil when it does not exist (31 April, 29 February 2027, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day with each part brought into range (year 1–9999, month 1–12, day within the month).
    init(clampingYear year: Int, month: Int, day: Int) {
        let y = min(max(year, 1), 9999)
        let m = min(max(month, 1), 12)
        self.year = y
        self.month = m
        self.day = min(max(day, 1), Day.daysIn(month: m, year: y))
    }

    /// Exactly `YYYY-MM-DD` (four, two and two ASCII digits), or nil.
    public init?(iso text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard (48...57).contains(u[i]) else { return nil }
                n = n * 10 + Int(u[i] - 48)
            }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days, within 0001-01-01 … 9999-12-31.
        let z = min(max(dayNumber, -719_162), 2_932_896) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    /// The UTC calendar day of a moment (for callers that hold a `Date`; parsers never read the clock).
    public init(utc date: Date) {
        let seconds = date.timeIntervalSince1970
        self.init(dayNumber: seconds.isFinite ? Int(max(min((seconds / 86_400).rounded(.down), 3e6), -3e6)) : 0)
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `YYYY-MM-DD`: how dates are stored in transcripts, fields and JSON.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The ISO form.
    public var description: String { iso }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        let n = ((dayNumber % 7) + 7 + 3) % 7
        return Weekday.allCases[n]
    }

    /// "Wed 31 Mar 2027": how a resolved date is echoed back so a mis-hearing shows at once.
    public var spoken: String {
        "\(weekday.short) \(day) \(Day.monthShortNames[month - 1]) \(year)"
    }

    /// "→ Wed 31 Mar 2027".
    public var echo: String { "→ \(spoken)" }

    /// How far this day is from `today`, as a person says it: "today", "tomorrow", "yesterday",
    /// "in 3 days", "5 days ago", "in 2 weeks", "3 months ago", "in 2 years" (the same wording as
    /// `accord commitments`, so that report can be built on it).
    public func relative(to today: Day) -> String {
        let diff = today.days(to: self)
        let n = abs(diff)
        let unit: String
        switch n {
        case 0: return "today"
        case 1: return diff > 0 ? "tomorrow" : "yesterday"
        case ..<14: unit = "\(n) days"
        case ..<60: unit = "\(n / 7) weeks"
        case ..<730: unit = "\(n / 30) months"
        default: unit = "\(n / 365) years"
        }
        return diff > 0 ? "in \(unit)" : "\(unit) ago"
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(dayNumber: dayNumber + n) }

    /// The same day of the month `n` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb).
    public func adding(months n: Int) -> Day {
        let total = min(max((year * 12 + (month - 1)) + n, 12), 9999 * 12 + 11)
        let y = total / 12
        let m = total % 12 + 1
        return Day(clampingYear: y, month: m, day: day)
    }

    /// The last day of this day's month.
    public var endOfMonth: Day { Day(clampingYear: year, month: month, day: 31) }

    /// The quarter, 1–4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The last day of this day's quarter.
    public var endOfQuarter: Day { Day.endOf(quarter: quarter, year: year) }

    /// The last day of quarter `q` (1–4) of `year`.
    public static func endOf(quarter q: Int, year: Int) -> Day {
        let m = min(max(q, 1), 4) * 3
        return Day(clampingYear: year, month: m, day: 31)
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.dayNumber - dayNumber }

    /// Earlier days first.
    public static func < (a: Day, b: Day) -> Bool { a.dayNumber < b.dayNumber }

    /// "Jan" … "Dec".
    public static let monthShortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// "January" … "December".
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
}

/// A day of the week, Monday first.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    /// Monday (the first day of a week here).
    case monday
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday ("end of the week").
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// "Mon" … "Sun".
    public var short: String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue] }
    /// "Monday" … "Sunday".
    public var name: String { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue] }
}
