/// The matcher behind `DateParser`: finds date phrases in a line, token by token.
struct DateScan {
    struct Tok {
        enum Kind { case word, number, ordinal, numeric, other }
        var kind: Kind
        var text: String
        var value: Int = 0
        var parts: [String] = []
        var sep = ""
        var range: Range<String.Index>
    }

    /// One candidate: the token span, the day(s) it names, and how sure the words are.
    struct Match {
        var start: Int
        var end: Int
        var days: [Day]
        /// Needs a "by"/"until"… before it, or to be the whole answer ("30th", "March", "Fri", "03/04").
        var weak = false
        /// A vague phrase ("early March"): asked about with this message.
        var vague: String?
        /// Refers back ("yesterday", "last Friday"): always past.
        var backward = false
        /// Only as the whole answer ("2 weeks"; not "from 2 days to 1 day").
        var wholeOnly = false
        /// Only after "by", "until", "due"… (not "to"/"from"), or as the whole answer ("by 30.6.", not "to 12.5.").
        var firmMarkerOnly = false
    }

    let text: String
    let today: Day
    let toks: [Tok]

    init(text: String, today: Day) {
        self.text = text
        self.today = today
        self.toks = DateScan.tokens(Array(Token.scan(text).prefix(600)))
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    static func tokens(_ raw: [Token]) -> [Tok] {
        var out: [Tok] = []
        var i = 0
        while i < raw.count {
            let t = raw[i]
            switch t.kind {
            case .number:
                let afterQ = i > 0 && !t.spaced && raw[i - 1].isWord && ["q", "h", "fy"].contains(raw[i - 1].text)
                var parts = [t.text]
                var sep: String?
                var j = i
                while !afterQ, j + 2 < raw.count, parts.count < 3, raw[j + 1].isPunct("/.-"), !raw[j + 1].spaced,
                    raw[j + 2].isNumber, !raw[j + 2].spaced, sep == nil || sep == raw[j + 1].text
                {
                    sep = raw[j + 1].text
                    parts.append(raw[j + 2].text)
                    j += 2
                }
                let thousands = j + 2 < raw.count && raw[j + 1].isPunct(",") && !raw[j + 2].spaced && raw[j + 2].isNumber
                let unitNext =
                    j + 1 < raw.count && !raw[j + 1].spaced
                    && (raw[j + 1].isPunct("%€$£") || thousands || (raw[j + 1].isWord && !ordinalSuffixes.contains(raw[j + 1].text)))
                let unitBefore = i > 0 && !t.spaced && raw[i - 1].isPunct("€$£#")
                // "30.6." (day, month and a closing dot, as written in much of Europe).
                let closingDot =
                    sep == "." && parts.count == 2 && j + 1 < raw.count && raw[j + 1].isPunct(".") && !raw[j + 1].spaced
                    && !(j + 2 < raw.count && raw[j + 2].isNumber && !raw[j + 2].spaced)
                if closingDot { parts.append("") }
                if parts.count >= 2 {
                    let kind: Tok.Kind = unitNext || unitBefore ? .other : .numeric
                    out.append(
                        Tok(
                            kind: kind, text: parts.joined(separator: sep ?? ""), parts: parts, sep: sep ?? "",
                            range: t.range.lowerBound..<raw[j].range.upperBound))
                    i = j + 1
                    continue
                }
                if i + 1 < raw.count, raw[i + 1].isWord, !raw[i + 1].spaced, ordinalSuffixes.contains(raw[i + 1].text), let n = t.int {
                    out.append(Tok(kind: .ordinal, text: t.text, value: n, range: t.range.lowerBound..<raw[i + 1].range.upperBound))
                    i += 2
                    continue
                }
                out.append(Tok(kind: unitNext || unitBefore ? .other : .number, text: t.text, value: t.int ?? -1, range: t.range))
            case .word:
                out.append(Tok(kind: .word, text: t.text, range: t.range))
            case .punct:
                if t.text == "'" || t.text == "’", i + 1 < raw.count, raw[i + 1].isNumber, raw[i + 1].text.count == 2 {
                    // '27 → 2027
                    out.append(
                        Tok(
                            kind: .number, text: "20" + raw[i + 1].text, value: 2000 + (raw[i + 1].int ?? 0),
                            range: t.range.lowerBound..<raw[i + 1].range.upperBound))
                    i += 2
                    continue
                }
                if t.text == "%" || t.text == "→" || t.text == ">" { out.append(Tok(kind: .other, text: t.text, range: t.range)) }
            }
            i += 1
        }
        return out
    }

    // MARK: - Vocabulary

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in Day.monthNames.enumerated() { m[name.lowercased()] = i + 1 }
        for (i, name) in Day.monthShortNames.enumerated() { m[name.lowercased()] = i + 1 }
        m["sept"] = 9
        return m
    }()
    static let weekdays: [String: Weekday] = {
        var w: [String: Weekday] = [:]
        for d in Weekday.allCases {
            w[d.name.lowercased()] = d
            w[d.short.lowercased()] = d
        }
        w["tues"] = .tuesday
        w["weds"] = .wednesday
        w["thur"] = .thursday
        w["thurs"] = .thursday
        return w
    }()
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2, "another": 1,
    ]
    /// Words that introduce a date; kept with it in `phraseRange`.
    static let markerPhrases: [[String]] = [
        ["no", "later", "than"], ["not", "later", "than"], ["due", "by"], ["due", "on"], ["due", "date"],
        ["target", "date"], ["new", "date"], ["by"], ["to"], ["until"], ["till"], ["til"], ["before"], ["due"], ["on"], ["in"],
        ["deadline"], ["date"], ["for"], ["around"], ["from"],
    ]
    /// Words that may surround a date in a whole answer without making it part of a sentence.
    static let fillers: Set<String> = [
        "the", "by", "until", "till", "before", "due", "on", "in", "at", "latest", "i", "think", "say", "let's", "lets",
        "maybe", "probably", "around", "about", "ok", "okay", "then", "hopefully", "ideally", "please", "it", "is",
        "it's", "its", "be", "will", "should", "so", "um", "hmm", "well", "date", "deadline", "target", "new", "moved",
        "to", "of", "no", "later", "than", "not", "within", "yes", "sure", "end", "we", "can", "could", "do", "that",
        "for", "pushed", "slipped", "realistically", "ish", "or", "so",
    ]

    func word(_ i: Int) -> String? { i < toks.count && toks[i].kind == .word ? toks[i].text : nil }
    func isWord(_ i: Int, _ options: String...) -> Bool { word(i).map { options.contains($0) } ?? false }
    func month(_ i: Int) -> Int? { word(i).flatMap { DateScan.months[$0] } }
    func year(_ i: Int) -> Int? {
        guard i < toks.count, toks[i].kind == .number, toks[i].text.count == 4, (1900...2199).contains(toks[i].value) else { return nil }
        return toks[i].value
    }
    /// A day of the month: 1–31 as digits, "31st", or "first"… (spelled only when `spelled`).
    func dayOfMonth(_ i: Int, spelled: Bool) -> Int? {
        guard i < toks.count else { return nil }
        let t = toks[i]
        switch t.kind {
        case .number where t.text.count <= 2 && (1...31).contains(t.value): return t.value
        case .ordinal where (1...31).contains(t.value): return t.value
        case .word where spelled:
            if let n = DateScan.ordinalWords[t.text] { return n }
            if t.text.hasPrefix("twenty"), let n = DateScan.ordinalWords[String(t.text.dropFirst(6))], n <= 9 { return 20 + n }
            if t.text.hasPrefix("thirty"), t.text.hasSuffix("first") { return 31 }
            return nil
        default: return nil
        }
    }
    /// A small count: digits or "two", "a", "couple (of)".
    func count(_ i: Int) -> (Int, Int)? {
        guard i < toks.count else { return nil }
        if toks[i].kind == .number, toks[i].text.count <= 3, toks[i].value >= 0 { return (toks[i].value, i + 1) }
        guard let w = word(i), let n = DateScan.numberWords[w] else { return nil }
        if w == "couple" { return (2, isWord(i + 1, "of") ? i + 2 : i + 1) }
        if w == "a" || w == "an", isWord(i + 1, "couple") { return (2, isWord(i + 2, "of") ? i + 3 : i + 2) }
        return (n, i + 1)
    }

    // MARK: - Resolution

    /// The next `month`/`day` on or after today (29 Feb: the next leap year).
    func next(month: Int, day: Int) -> Day? {
        for y in today.year...(today.year + 8) {
            if let d = Day(year: y, month: month, day: day), d >= today { return d }
        }
        return nil
    }
    func day(_ y: Int?, _ m: Int, _ d: Int) -> Day? {
        if let y { return Day(year: y, month: m, day: d) }
        return next(month: m, day: d)
    }
    func monthEnd(_ y: Int?, _ m: Int) -> Day? {
        if let y { return Day(year: y, month: m, day: 1)?.endOfMonth }
        guard let d = Day(year: today.year, month: m, day: 1)?.endOfMonth else { return nil }
        return d >= today ? d : Day(year: today.year + 1, month: m, day: 1)?.endOfMonth
    }
    func quarterEnd(_ y: Int?, _ q: Int) -> Day {
        if let y { return Day.endOf(quarter: q, year: y) }
        let d = Day.endOf(quarter: q, year: today.year)
        return d >= today ? d : Day.endOf(quarter: q, year: today.year + 1)
    }
    func halfEnd(_ y: Int?, _ h: Int) -> Day { quarterEnd(y, h * 2) }
    func friday(weeksAhead: Int) -> Day {
        let monday = today.adding(days: -today.weekday.rawValue).adding(days: 7 * weeksAhead)
        let friday = monday.adding(days: Weekday.friday.rawValue)
        return max(friday, today)
    }

    // MARK: - Patterns

    func match(at i: Int, weekdayFirst: Bool = true) -> Match? {
        guard i < toks.count else { return nil }
        let t = toks[i]
        func m(_ end: Int, _ d: Day?, weak: Bool = false) -> Match? { d.map { Match(start: i, end: end, days: [$0], weak: weak) } }

        if t.kind == .numeric { return numeric(i) }
        // "every Monday", "each month": recurring, not one day.
        if i > 0, isWord(i - 1, "every", "each") { return nil }

        // Weekday before a date ("Wed 31 March"): the date decides; a mismatch is asked about.
        if let w = word(i), let wd = DateScan.weekdays[w] {
            guard weekdayFirst else { return nil }
            var j = i + 1
            if let inner = match(at: j, weekdayFirst: false), inner.days.count == 1,
                !inner.weak || month(j) != nil || toks[j].kind == .numeric
            {
                j = inner.end
                if inner.days[0].weekday != wd {
                    return Match(
                        start: i, end: j, days: [inner.days[0]],
                        vague:
                            "You said \(wd.name), but \(inner.days[0].day) \(Day.monthNames[inner.days[0].month - 1]) \(inner.days[0].year) is a \(inner.days[0].weekday.name) — which one?"
                    )
                }
                return Match(start: i, end: j, days: inner.days)
            }
            return weekday(i, wd, modifier: nil)
        }
        if isWord(i, "this", "next", "coming", "last"), let w = word(i + 1), let wd = DateScan.weekdays[w] {
            return weekday(i + 1, wd, modifier: word(i)).map {
                var r = $0
                r.start = i
                return r
            }
        }
        if isWord(i, "the"), isWord(i + 1, "coming"), let w = word(i + 2), let wd = DateScan.weekdays[w] {
            return weekday(i + 2, wd, modifier: "coming").map {
                var r = $0
                r.start = i
                return r
            }
        }

        // Day then month: "31 March", "31st of March 2027", "the first of March".
        do {
            var j = i
            if isWord(j, "the") { j += 1 }
            if let d = dayOfMonth(j, spelled: true) {
                var k = j + 1
                if isWord(k, "of") { k += 1 }
                if let mo = month(k) {
                    let y = year(k + 1)
                    let spelledOnly = toks[j].kind == .word
                    if spelledOnly, !isWord(j + 1, "of"), j == i { return nil }
                    return m(y == nil ? k + 1 : k + 2, day(y, mo, d))
                }
            }
        }
        // Month then day: "March 31st", "Feb 20, 2027", "March the 1st".
        if let mo = month(i) {
            var j = i + 1
            if isWord(j, "the") { j += 1 }
            if let d = dayOfMonth(j, spelled: j > i + 1) {
                let y = year(j + 1)
                if y != nil
                    || !(toks.count > j + 1 && toks[j + 1].kind == .word
                        && ["percent", "pct", "leads", "deals"].contains(toks[j + 1].text))
                {
                    return m(y == nil ? j + 1 : j + 2, day(y, mo, d))
                }
            }
            if let y = year(i + 1) { return m(i + 2, monthEnd(y, mo)) }
            // A month alone: its last day; needs a "by"/"in"… or to be the whole answer.
            return Match(start: i, end: i + 1, days: monthEnd(nil, mo).map { [$0] } ?? [], weak: true)
        }
        // Quarters and halves: "Q1", "Q1 2027", "2027 Q1", "H1", "first half of 2027".
        if let q = quarter(i) { return q }
        if let y = year(i), let q = quarter(i + 1), q.days.count == 1 {
            let n = (q.days[0].month) / 3
            return Match(start: i, end: q.end, days: [Day.endOf(quarter: n, year: y)])
        }
        if isWord(i, "first", "second", "1st", "2nd") || (t.kind == .ordinal && (t.value == 1 || t.value == 2)), isWord(i + 1, "half") {
            let h = (isWord(i, "first") || t.value == 1) ? 1 : 2
            var j = i + 2
            if isWord(j, "of"), year(j + 1) != nil { j += 1 }
            if let y = year(j) { return m(j + 1, halfEnd(y, h)) }
            if isWord(j, "of") { return nil }
            return m(j, halfEnd(nil, h), weak: true)
        }
        // "mid-January", "middle of March", "mid March 2027".
        if isWord(i, "mid", "middle") {
            var j = i + 1
            if isWord(j, "of") { j += 1 }
            if isWord(j, "the"), isWord(j + 1, "month") {
                return m(
                    j + 2,
                    Day(year: today.year, month: today.month, day: 15).flatMap { $0 >= today ? $0 : today.adding(months: 1).withDay(15) })
            }
            if let mo = month(j) {
                let y = year(j + 1)
                return m(y == nil ? j + 1 : j + 2, day(y, mo, 15))
            }
            if isWord(j, "next"), isWord(j + 1, "month") { return m(j + 2, today.adding(months: 1).withDay(15)) }
            return nil
        }
        if isWord(i, "early", "late", "beginning", "start"), !isWord(i + 1, "next", "this") || isWord(i + 2, "month") {
            var j = i + 1
            if isWord(j, "of") { j += 1 }
            if isWord(j, "the"), isWord(j + 1, "month") { j += 1 }
            let word0 = word(i) ?? ""
            var target: (Day, Int)?
            if let mo = month(j) {
                let y = year(j + 1)
                if let d = day(y, mo, 1) { target = (d, y == nil ? j + 1 : j + 2) }
            } else if isWord(j, "next"), isWord(j + 1, "month") {
                target = (today.adding(months: 1).withDay(1), j + 2)
            }
            if let (first, end) = target {
                if word0 == "late" { return m(end, first.endOfMonth) }
                if word0 == "beginning" || word0 == "start" { return m(end, first) }
                let shown = text[toks[i].range.lowerBound..<toks[end - 1].range.upperBound]
                return Match(start: i, end: end, days: [first], vague: "“\(shown)” — which day?")
            }
            return nil
        }
        // "end of …", "the end of …", "year end", "EOY".
        if isWord(i, "end") || (isWord(i, "the") && isWord(i + 1, "end")) {
            var j = isWord(i, "the") ? i + 2 : i + 1
            if isWord(j, "of") { j += 1 } else { return nil }
            if let r = endOf(j) { return Match(start: i, end: r.end, days: r.days) }
            return nil
        }
        if let w = word(i) {
            switch w {
            case "eoy": return m(i + 1, Day(year: today.year, month: 12, day: 31))
            case "eoq": return m(i + 1, today.endOfQuarter)
            case "eom": return m(i + 1, today.endOfMonth)
            case "eow": return m(i + 1, friday(weeksAhead: 0))
            case "eod", "tonight": return m(i + 1, today)
            case "today", "now": return m(i + 1, today, weak: true)
            case "tomorrow", "tmrw", "tmr": return m(i + 1, today.adding(days: 1))
            case "yesterday":
                return Match(start: i, end: i + 1, days: [today.adding(days: -1)], backward: true)
            case "year", "month", "quarter", "week":
                if isWord(i + 1, "end") { return endOf(i).map { Match(start: i, end: i + 2, days: $0.days) } }
            case "this", "next", "the":
                if isWord(i + 1, "day"), isWord(i + 2, "after"), isWord(i + 3, "tomorrow") { return m(i + 4, today.adding(days: 2)) }
                // "this year", "next month": weak alone ("no budget this year"), firm after "by"/"end of".
                if w != "the", var r = endOf(i) {
                    r.weak = true
                    return r
                }
            case "in", "within":
                // "within the next two weeks", "in the next 10 days".
                var k = i + 1
                if isWord(k, "the") { k += 1 }
                if isWord(k, "next"), count(k + 1) != nil { k += 1 }
                if let r = relative(k) ?? relative(i + 1) {
                    return Match(start: i, end: r.end, days: r.days)
                }
            default: break
            }
        }
        if let r = relative(i) {
            if isWord(r.end, "from"), isWord(r.end + 1, "now", "today") { return Match(start: i, end: r.end + 2, days: r.days) }
            if isWord(r.end, "time", "later") { return Match(start: i, end: r.end + 1, days: r.days) }
        }
        if let r = relative(i) { return Match(start: i, end: r.end, days: r.days, weak: true, wholeOnly: true) }
        // "the 30th": the next 30th.
        do {
            var j = i
            if isWord(j, "the") { j += 1 }
            if j < toks.count, toks[j].kind == .ordinal, (1...31).contains(toks[j].value) {
                let d = toks[j].value
                var probe = today
                for _ in 0..<3 {
                    if let c = Day(year: probe.year, month: probe.month, day: d), c >= today { return m(j + 1, c, weak: true) }
                    probe = probe.withDay(1).adding(months: 1)
                }
            }
        }
        // A year alone ("by 2027"): its last day.
        if let y = year(i) { return m(i + 1, Day(year: y, month: 12, day: 31), weak: true) }
        return nil
    }

    func numeric(_ i: Int) -> Match? {
        var t = toks[i]
        if t.parts.count == 3, t.parts[2].isEmpty {
            t.parts.removeLast()
            t.sep = "./"
        }
        let p = t.parts.compactMap { Int($0) }
        guard p.count == t.parts.count else { return nil }
        if t.parts[0].count == 4 {
            if p.count == 3 { return Day(year: p[0], month: p[1], day: p[2]).map { Match(start: i, end: i + 1, days: [$0]) } }
            if p.count == 2, t.sep != "." { return monthEnd(p[0], p[1]).map { Match(start: i, end: i + 1, days: [$0]) } }
            return nil
        }
        guard t.parts[0].count <= 2, t.parts[1].count <= 2 else { return nil }
        var y: Int?
        if p.count == 3 {
            switch t.parts[2].count {
            case 4: y = p[2]
            case 2: y = 2000 + p[2]
            default: return nil
            }
        } else if t.sep != "/" && t.sep != "./" {
            return nil
        }
        let (a, b) = (p[0], p[1])
        var readings: [Day] = []
        if let d = day(y, b, a) { readings.append(d) }  // day first
        if a != b, let d = day(y, a, b) { readings.append(d) }  // month first
        guard !readings.isEmpty else { return nil }
        return Match(start: i, end: i + 1, days: readings, weak: p.count == 2, wholeOnly: false, firmMarkerOnly: t.sep == "./")
    }

    func weekday(_ i: Int, _ wd: Weekday, modifier: String?) -> Match? {
        let ahead = (wd.rawValue - today.weekday.rawValue + 7) % 7
        var d = today.adding(days: ahead)
        var end = i + 1
        var backward = false
        switch modifier {
        case "next":
            // "next Friday": the Friday of next week.
            let monday = today.adding(days: -today.weekday.rawValue + 7)
            d = monday.adding(days: wd.rawValue)
        case "last":
            d = today.adding(
                days: -((today.weekday.rawValue - wd.rawValue + 7) % 7 == 0 ? 7 : (today.weekday.rawValue - wd.rawValue + 7) % 7))
            backward = true
        default:
            if isWord(i + 1, "next"), isWord(i + 2, "week") {
                d = today.adding(days: -today.weekday.rawValue + 7 + wd.rawValue)
                end = i + 3
            } else if isWord(i + 1, "this"), isWord(i + 2, "week") {
                end = i + 3
            } else if isWord(i + 1, "week"), isWord(i + 2, "after"), isWord(i + 3, "next") {
                return nil
            }
        }
        let abbreviated = (word(i) ?? "").count <= 5 && DateScan.weekdays[word(i) ?? ""] != nil && word(i) != wd.name.lowercased()
        return Match(start: i, end: end, days: [d], weak: modifier == nil && abbreviated, backward: backward)
    }

    func quarter(_ i: Int) -> Match? {
        guard let w = word(i), w == "q" || w == "h", i + 1 < toks.count, toks[i + 1].kind == .number else { return nil }
        let n = toks[i + 1].value
        guard (w == "q" && (1...4).contains(n)) || (w == "h" && (1...2).contains(n)) else { return nil }
        var y = year(i + 2)
        var end = y == nil ? i + 2 : i + 3
        if y == nil, i + 2 < toks.count, toks[i + 2].kind == .number, toks[i + 2].text.count == 2, toks[i + 2].value >= 20 {
            y = 2000 + toks[i + 2].value
            end = i + 3
        }
        return Match(start: i, end: end, days: [w == "q" ? quarterEnd(y, n) : halfEnd(y, n)])
    }

    /// After "end of": a month, quarter, half, year, "the month", "next quarter", "the week"…
    func endOf(_ j: Int) -> Match? {
        var k = j
        if isWord(k, "the") { k += 1 }
        if let mo = month(k) {
            let y = year(k + 1)
            return monthEnd(y, mo).map { Match(start: j, end: y == nil ? k + 1 : k + 2, days: [$0]) }
        }
        if let q = quarter(k) { return Match(start: j, end: q.end, days: q.days) }
        if let y = year(k) { return Match(start: j, end: k + 1, days: [Day(clampingYear: y, month: 12, day: 31)]) }
        var shift = 0
        if isWord(k, "this", "the", "current") {
            k += 1
        } else if isWord(k, "next") {
            shift = 1
            k += 1
        }
        switch word(k) {
        case "year":
            if isWord(k + 1, "end") { k += 1 }
            return Match(start: j, end: k + 1, days: [Day(clampingYear: today.year + shift, month: 12, day: 31)])
        case "month":
            if isWord(k + 1, "end") { k += 1 }
            return Match(start: j, end: k + 1, days: [today.withDay(1).adding(months: shift).endOfMonth])
        case "quarter":
            if isWord(k + 1, "end") { k += 1 }
            return Match(start: j, end: k + 1, days: [today.withDay(1).adding(months: 3 * shift).endOfQuarter])
        case "week":
            if isWord(k + 1, "end") { k += 1 }
            return Match(start: j, end: k + 1, days: [friday(weeksAhead: shift)])
        case "day" where shift == 0:
            return Match(start: j, end: k + 1, days: [today])
        default:
            return nil
        }
    }

    /// "two weeks", "6 weeks", "3 days", "a month", "a fortnight" (not "24 hours of each webinar").
    func relative(_ i: Int) -> (end: Int, days: [Day])? {
        guard let (n, j) = count(i), n <= 400 else {
            if isWord(i, "a"), isWord(i + 1, "fortnight") { return (i + 2, [today.adding(days: 14)]) }
            return nil
        }
        guard let unit = word(j) else { return nil }
        if isWord(j + 1, "of", "after", "before") { return nil }
        let d: Day
        switch unit {
        case "day", "days": d = today.adding(days: n)
        case "week", "weeks", "wk", "wks": d = today.adding(days: 7 * n)
        case "fortnight", "fortnights": d = today.adding(days: 14 * n)
        case "month", "months": d = today.adding(months: n)
        case "year", "years": d = today.adding(months: 12 * n)
        case "business", "working":
            guard isWord(j + 1, "day", "days") else { return nil }
            var left = n
            var c = today
            while left > 0 {
                c = c.adding(days: 1)
                if c.weekday.rawValue < 5 { left -= 1 }
            }
            return (j + 2, [c])
        default: return nil
        }
        return (j + 1, [d])
    }

    // MARK: - Choosing

    /// Index of the first token of the marker phrase right before `match`, if any.
    func markerStart(_ match: Match) -> Int? {
        for phrase in DateScan.markerPhrases where phrase.count <= match.start {
            let s = match.start - phrase.count
            if (0..<phrase.count).allSatisfy({ word(s + $0) == phrase[$0] }) { return s }
        }
        return nil
    }
    func hasMarker(_ match: Match) -> Bool {
        guard let s = markerStart(match) else { return false }
        return !(toks[s].text == "from" || toks[s].text == "for") || match.days.count == 1 && isWhole(match)
    }
    func isWhole(_ match: Match) -> Bool {
        for (k, t) in toks.enumerated() where k < match.start || k >= match.end {
            if t.kind == .word, DateScan.fillers.contains(t.text) { continue }
            return false
        }
        return true
    }

    func best() -> Parsed<DateFound>? {
        var i = 0
        var candidates: [(Match, Bool)] = []
        while i < toks.count {
            if let m = match(at: i), !m.days.isEmpty, m.end > i {
                let marked = hasMarker(m)
                let firm = markerStart(m).map { !["to", "from", "for", "in", "around"].contains(toks[$0].text) } ?? false
                let accepted = m.wholeOnly ? isWhole(m) : m.firmMarkerOnly ? (firm || isWhole(m)) : (!m.weak || marked || isWhole(m))
                if accepted {
                    candidates.append((m, marked))
                    i = m.end
                    continue
                }
            }
            i += 1
        }
        guard let (chosen, _) = candidates.first(where: { $0.1 }) ?? candidates.first else { return nil }
        let range = toks[chosen.start].range.lowerBound..<toks[chosen.end - 1].range.upperBound
        var lower = range.lowerBound
        if let s = markerStart(chosen) { lower = toks[s].range.lowerBound }
        // Take a comma, semicolon or dash (and the spaces) before the phrase with it.
        var k = lower
        while k > text.startIndex {
            let prev = text.index(before: k)
            if text[prev] == " " {
                k = prev
                continue
            }
            if ",;—–".contains(text[prev]) { lower = prev }
            break
        }
        if lower != range.lowerBound, lower > text.startIndex, text[text.index(before: lower)] == "(",
            range.upperBound < text.endIndex, text[range.upperBound] == ")"
        {
            // "(by 30 June)" → take the brackets too.
        }
        var upper = range.upperBound
        if upper < text.endIndex, text[upper] == "," || text[upper] == ".", lower != range.lowerBound,
            text.index(after: upper) == text.endIndex
        {
            upper = text.index(after: upper)
        }
        let typed = String(text[range])
        func found(_ d: Day) -> DateFound {
            DateFound(day: d, isPast: d < today || chosen.backward, range: range, phraseRange: lower..<upper, text: typed)
        }
        if let vague = chosen.vague {
            let example = "\(chosen.days[0].day) \(Day.monthNames[chosen.days[0].month - 1])"
            return .ask(Question(message: "\(vague) e.g. `\(example)`", choices: chosen.days.map(found)))
        }
        if chosen.days.count > 1 {
            let names = chosen.days.map { "\($0.day) \(Day.monthNames[$0.month - 1])" }
            return .ask(
                Question(
                    message: "“\(typed)” could be \(names[0]) or \(names[1]) — which one? e.g. `\(names[0])`",
                    choices: chosen.days.map(found)))
        }
        return .understood(found(chosen.days[0]))
    }
}

extension Day {
    /// The same month on day `d` (clamped to the month's length).
    func withDay(_ d: Int) -> Day { Day(clampingYear: year, month: month, day: d) }
}
