/// Review replies: "slipped — the first report came late; I'll review it by 20 February", "slipped
/// to 20 Feb because the data came late", "late, new date end of March", "done", "in progress,
/// halfway through", "dropped: no budget", and follow-ups with only the reason or only the date.
public enum ReviewReplyParser {
    /// A first answer about a commitment. Refused only when it names no status at all (then it
    /// says so, with an example); a reason or date alone belongs in `followUp`.
    public static func parse(_ text: String, context: UnderstandingContext) -> Parsed<ReviewReply> {
        parse(text, context: context, due: nil)
    }

    /// As `parse(_:context:)`, knowing the commitment's old due date: a bare shift ("slipped 2 weeks",
    /// "pushed back a month") moves that date; "in 2 weeks" still counts from today.
    public static func parse(_ text: String, context: UnderstandingContext, due: Day?) -> Parsed<ReviewReply> {
        let reply = read(String(text.prefix(2000)), context: context, due: due)
        guard reply.status != nil else {
            let trimmed = text.trimmed()
            let what = trimmed.isEmpty ? "" : " I didn't hear a status in “\(trimmed.prefix(40))”."
            return .refused(
                Refusal(
                    "Done, in progress, slipped, carried forward or dropped?\(what)",
                    example: "slipped — the data came late; new date 20 February"))
        }
        return .understood(reply)
    }

    /// A follow-up answer (after "What got in the way?" or "And the new date?"): whatever it adds
    /// is laid over `previous` — a date alone keeps the reason, a reason alone keeps the date.
    public static func followUp(_ text: String, previous: ReviewReply, context: UnderstandingContext) -> ReviewReply {
        followUp(text, previous: previous, context: context, due: nil)
    }

    /// As `followUp(_:previous:context:)`, knowing the commitment's old due date (see `parse(_:context:due:)`).
    public static func followUp(_ text: String, previous: ReviewReply, context: UnderstandingContext, due: Day?) -> ReviewReply {
        var later = read(String(text.prefix(2000)), context: context, statusAtStartOnly: previous.status != nil, due: due)
        // Without a status word, the whole answer is about the missing part.
        if later.status == nil, later.reason == nil, later.newDate == nil, later.dateQuestion == nil {
            let t = text.trimmed()
            if !t.isEmpty { later.reason = t }
        }
        if let s = later.status, s == previous.status { later.status = nil }
        // "carry forward" at the date question keeps it open with its date.
        if previous.status == .slipped, later.status == .carried, later.newDate == nil { later.status = .carried }
        return previous.merging(later)
    }

    /// Status words, longest first.
    static let statusPhrases: [(String, ReviewStatus)] = [
        ("not started yet", .carried), ("not started", .carried), ("haven't started", .carried),
        ("carry it forward", .carried), ("carry forward", .carried), ("carried forward", .carried), ("carry over", .carried),
        ("carried over", .carried), ("carry it over", .carried), ("carried", .carried), ("carry", .carried), ("still open", .carried),
        ("keep it open", .carried), ("leave it open", .carried), ("same date", .carried), ("on hold", .carried),
        ("in progress", .inProgress), ("in-progress", .inProgress), ("under way", .inProgress), ("underway", .inProgress),
        ("ongoing", .inProgress), ("on track", .inProgress), ("working on it", .inProgress), ("halfway", .inProgress),
        ("half done", .inProgress), ("halfway there", .inProgress), ("halfway through", .inProgress), ("partly done", .inProgress),
        ("partially done", .inProgress), ("started", .inProgress),
        ("wip", .inProgress), ("progressing", .inProgress), ("almost done", .inProgress), ("nearly done", .inProgress),
        ("not done yet", .inProgress), ("not finished yet", .inProgress), ("still going", .inProgress),
        ("running late", .slipped), ("slipped", .slipped), ("slipping", .slipped), ("slip", .slipped), ("late", .slipped),
        ("delayed", .slipped), ("behind", .slipped), ("missed", .slipped), ("overdue", .slipped), ("pushed", .slipped),
        ("postponed", .slipped), ("moved", .slipped), ("didn't happen", .slipped), ("didn't make it", .slipped),
        ("not done", .slipped),
        ("dropped the ball", .slipped), ("dropped it", .dropped), ("cancelled it", .dropped), ("canceled it", .dropped),
        ("scrapped it", .dropped),
        ("finished it", .done), ("completed it", .done), ("shipped it", .done), ("sent it", .done), ("delivered it", .done),
        ("pushed it", .slipped), ("moved it", .slipped), ("delayed it", .slipped), ("postponed it", .slipped), ("missed it", .slipped),
        ("dropped", .dropped), ("drop it", .dropped), ("drop", .dropped), ("cancelled", .dropped), ("canceled", .dropped),
        ("abandoned", .dropped), ("not doing it", .dropped), ("won't do", .dropped), ("scrapped", .dropped),
        ("no longer needed", .dropped), ("not needed any more", .dropped), ("not needed anymore", .dropped), ("not needed", .dropped),
        ("killed", .dropped), ("dropping", .dropped),
        ("done", .done), ("finished", .done), ("complete", .done), ("completed", .done), ("shipped", .done),
        ("delivered", .done), ("sent", .done), ("did it", .done), ("yes", .done), ("✓", .done), ("✅", .done),
        ("closed", .done), ("launched", .done), ("published", .done), ("live", .done),
    ]
    static let reasonMarkers = [
        "because of", "because", "since", "due to", "as the", "as we", "as i", "as our", "reason:", "why:", "cause:", "— ", "- ", ": ",
    ]

    static func read(_ text: String, context: UnderstandingContext, statusAtStartOnly: Bool = false, dates: Bool = true, due: Day? = nil)
        -> ReviewReply
    {
        var reply = ReviewReply()
        var work = text.trimmed()
        // A bare shift ("2 weeks", "by a month") moves the old due date, when it is known.
        if dates, let due, let shifted = shift(in: work, from: due, today: context.today) {
            reply.newDate = shifted
            work = DateParser.removing(shifted, from: work)
        }
        // The date first (its phrase and "new date"/"to"/"by" go with it).
        if dates, reply.newDate == nil, let d = DateParser.find(in: work, today: context.today) {
            switch d {
            case .understood(let f):
                reply.newDate = f
                work = DateParser.removing(f, from: work)
            case .ask(let q):
                reply.dateQuestion = q
                if let f = q.choices.first { work = DateParser.removing(f, from: work) }
            case .refused: break
            }
        }
        // The status: the first status phrase near the start (or anywhere in a short answer).
        // Status words sit near the start, or in a short answer: look at the first 200 characters.
        let folded = Token.foldKeepingLength(String(work.prefix(200)))
        var best: (Range<String.Index>, ReviewStatus)?
        for (phrase, status) in statusPhrases {
            var search = folded.startIndex..<folded.endIndex
            while let r = folded.rangeOfText(phrase, range: search) {
                search = r.upperBound..<folded.endIndex
                let beforeOK = r.lowerBound == folded.startIndex || !folded[folded.index(before: r.lowerBound)].isLetter
                let afterOK = r.upperBound == folded.endIndex || !folded[r.upperBound].isLetter
                guard beforeOK, afterOK else { continue }
                if best == nil || r.lowerBound < best!.0.lowerBound
                    || (r.lowerBound == best!.0.lowerBound && r.upperBound > best!.0.upperBound)
                {
                    best = (r, status)
                }
                break
            }
        }
        if let (r, status) = best {
            // At the start (after "it's", "we're"…) the status word is taken out; later in the
            // sentence it is part of the story ("the data came late") and stays in the reason.
            let before = folded[..<r.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }).map(String.init)
            let openers: Set<String> = [
                "it's", "its", "it", "is", "was", "we're", "we", "are", "i'm", "i", "am", "it's been",
                "been", "all", "yes", "so", "that's", "that", "this", "one", "has", "have", "status", "well", "ok", "okay", "honestly",
            ]
            // An idiom that is itself the story ("I dropped the ball on this one") stays in the reason.
            let idiom = String(folded[r]) == "dropped the ball"
            let atStart = before.allSatisfy { openers.contains($0) } && !idiom
            if atStart || idiom || !statusAtStartOnly {
                reply.status = status
            }
            if atStart, folded.count == min(work.count, 200),
                let end = work.index(
                    work.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: r.upperBound), limitedBy: work.endIndex)
            {
                var rest = work
                rest.removeSubrange(work.startIndex..<end)
                work = rest
            }
        }
        reply.reason = reason(from: work, hadDate: reply.newDate != nil || reply.dateQuestion != nil)
        // Done or dropped: a date in the answer is part of the story ("the list went out on 2 Dec"), not a new date.
        if reply.status == .done || reply.status == .dropped, reply.newDate != nil || reply.dateQuestion != nil {
            var again = ReviewReplyParser.read(
                text, context: UnderstandingContext(today: context.today, participants: context.participants),
                statusAtStartOnly: statusAtStartOnly, dates: false)
            again.status = reply.status
            return again
        }
        return reply
    }

    /// "2 weeks", "by a month", "another week" counted from `due` (not after "in"/"within", not before "from").
    static func shift(in text: String, from due: Day, today: Day) -> DateFound? {
        let scan = DateScan(text: text, today: due)
        for i in scan.toks.indices {
            guard let r = scan.relative(i), let day = r.days.first else { continue }
            if i > 0, scan.isWord(i - 1, "in", "within", "the", "next") { return nil }
            if scan.isWord(r.end, "from", "time", "later", "ago") { return nil }
            let range = scan.toks[i].range.lowerBound..<scan.toks[r.end - 1].range.upperBound
            var lower = range.lowerBound
            if i > 0, scan.isWord(i - 1, "by", "another", "extra") { lower = scan.toks[i - 1].range.lowerBound }
            return DateFound(day: day, isPast: day < today, range: range, phraseRange: lower..<range.upperBound, text: String(text[range]))
        }
        return nil
    }

    /// Whether `t` is nothing but a status phrase ("done", "yes").
    static func isOnlyStatus(_ t: String) -> Bool {
        guard t.count <= 40 else { return false }
        var f = Token.fold(t.trimmed(" ,;:—–-.!")).replacingText("’", with: "'")
        for opener in ["it's ", "it is ", "its ", "it was ", "we're ", "we are ", "all ", "totally ", "fully ", "now ", "all "]
        where f.hasPrefix(opener) {
            f = String(f.dropFirst(opener.count))
        }
        let fillers: Set<String> = [
            "actually", "sorry", "correction", "make that", "make it", "instead", "oh", "ok", "okay", "then", "so", "well",
        ]
        return statusPhrases.contains { $0.0 == f } || fillers.contains(f)
    }

    /// What is left once the status and the date are taken out, without joining words.
    static func reason(from text: String, hadDate: Bool) -> String? {
        var t = DateParser.tidy(text)
        // A last short clause that only framed the removed date ("I'll review it by …", "we'll finish it by …").
        if hadDate {
            let cut = t.lastIndex(where: { $0 == ";" || $0 == "," || $0 == "—" || $0 == "." })
            let clause = Token.fold(String(cut.map { t[t.index(after: $0)...] } ?? t[...])).trimmed()
            let words = clause.split(separator: " ")
            let framing = [
                "i'll", "we'll", "i will", "we will", "will", "should", "new date", "aiming", "targeting", "finish", "moved", "pushed",
                "now",
                "expect", "hope", "moving", "pushing", "rescheduled", "rescheduling", "let's say", "lets say", "say", "maybe", "probably",
                "how about", "by", "to", "until",
                "actually", "make that", "make it", "correction", "sorry",
            ]
            if words.count <= 6, framing.contains(where: { clause.hasPrefix($0) || clause.contains(" \($0)") }) {
                t = cut.map { String(t[..<$0]) } ?? ""
            }
        }
        if isOnlyStatus(t) { return nil }
        let leading = [
            ".", "because of", "because", "since", "due to", "reason:", "reason", "why:", "as", "and", "but", "—", "–", "-", ":", ",", ";",
            "back", "to", "new date", "the reason is", "reason is", "a bit", "a little", "it was because", "that's because",
        ]
        var changed = true
        while changed {
            changed = false
            let f = Token.fold(String(t.prefix(40)))
            for l in leading {
                if f == l && t.count <= 40 {
                    t = ""
                    changed = true
                    break
                }
                if f.hasPrefix(l + " ") || (l.count == 1 && f.hasPrefix(l)) || (l.hasSuffix(":") && f.hasPrefix(l)) {
                    t = String(t.dropFirst(l.count)).trimmed(" ,;:—–-.")
                    changed = true
                    break
                }
            }
        }
        // Trailing joiners left by removing a date ("I'll review it by", "new date", "moved to").
        let trailing = [
            " new date", " to", " by", " until", " and", " with", ",", ";", " —", " -", " date", " moved", " pushed back", " pushed",
            " aiming for", " targeting", " now", " new target", " for", " on", " in", " the", " instead", " rescheduled",
        ]
        changed = true
        while changed {
            changed = false
            let f = Token.fold(String(t.suffix(40)))
            for s in trailing where f.hasSuffix(s) {
                t = String(t.dropLast(s.count)).trimmed(" ,;:—–-")
                changed = true
                break
            }
        }
        t = t.trimmed(" ,;:—–-.")
        // Only more status words ("yes, done"): no reason.
        if isOnlyStatus(t) { return nil }
        let meaningful = t.contains { $0.isLetter }
        return meaningful ? t : nil
    }
}
