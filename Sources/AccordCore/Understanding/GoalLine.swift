/// The reading of one goal line behind `GoalParser.parse`.
struct GoalLine {
    let text: String
    let context: UnderstandingContext

    enum Slot { case baseline, target, change, none }

    static let countVerbs: Set<String> = [
        "close", "book", "generate", "win", "run", "hold", "create", "deliver", "source",
        "add", "sign", "land", "produce", "publish", "send", "qualify", "convert", "secure",
    ]

    static let upVerbs: Set<String> = [
        "raise", "increase", "grow", "lift", "improve", "boost", "double", "triple", "get",
        "bring", "move", "take", "push", "drive", "expand", "reach", "hit", "up", "grows", "increases",
    ]
    static let downVerbs: Set<String> = [
        "reduce", "cut", "lower", "decrease", "shrink", "drop", "halve", "shorten", "trim",
        "slash", "down", "reduces", "cuts", "lowers", "decreasing", "reducing", "cutting",
    ]

    func parts() -> GoalParts {
        var parts = GoalParts()
        var work = text
        // The date first, so its numbers are not read as a baseline or target.
        // "within 2 days" in a goal is the target (a response time), not the date.
        if let d = DateParser.find(in: work, today: context.today),
            !Token.fold(String(work[d.value?.range ?? work.startIndex..<work.startIndex])).hasPrefix("within")
        {
            switch d {
            case .understood(let f):
                parts.date = f
                work = DateParser.removing(f, from: work)
            case .ask(let q):
                parts.dateQuestion = q
                if let f = q.choices.first { work = DateParser.removing(f, from: work) }
            case .refused: break
            }
        }
        let (owner, rest) = OwnerPhrase.extract(from: work, context: context)
        switch owner {
        case .understood(let ref)?: parts.owner = ref
        case .ask(let q)?: parts.ownerQuestion = q
        default: break
        }
        work = rest
        if QuantityScan.isUnknown(work) {
            parts.baseline = .unknown
            return parts
        }
        // "baseline unknown", "(not measured yet)", "from unknown": an honest unknown baseline inside the line.
        var unknownBaseline = false
        for segment in work.split(whereSeparator: { ",;()—–".contains($0) }) {
            var seg = Token.fold(String(segment)).trimmed()
            for prefix in ["baseline is ", "baseline: ", "baseline ", "from ", "currently ", "today "] where seg.hasPrefix(prefix) {
                seg = String(seg.dropFirst(prefix.count))
                break
            }
            if QuantityScan.isUnknown(seg) {
                unknownBaseline = true
                if let r = work.rangeOfText(String(segment)) {
                    work.removeSubrange(r)
                    work = DateParser.tidy(work)
                }
                break
            }
        }
        readNumbers(work, into: &parts)
        if unknownBaseline, parts.baseline == nil { parts.baseline = .unknown }
        return parts
    }

    func readNumbers(_ work: String, into parts: inout GoalParts) {
        let tokens = Token.scan(work)
        let mentions = QuantityScan.mentions(tokens, text: work)
        let lowerWords = tokens.filter(\.isWord).map(\.text)
        let down = lowerWords.contains { GoalLine.downVerbs.contains($0) }
        var slots = [Slot](repeating: .none, count: mentions.count)
        var baseline: Quantity?
        var target: Quantity?
        var change: GoalChange?

        func previousWords(_ m: QuantityScan.Mention, _ n: Int) -> [String] {
            var out: [String] = []
            var k = m.start - 1
            while k >= 0, out.count < n {
                if tokens[k].isWord {
                    out.insert(tokens[k].text, at: 0)
                } else if tokens[k].isPunct("(") {
                } else if tokens[k].isPunct("→>") || tokens[k].isPunct("=") {
                    out.insert("→", at: 0)
                    break
                } else {
                    break
                }
                k -= 1
            }
            return out
        }
        func nextWord(_ m: QuantityScan.Mention) -> String? {
            m.end < tokens.count && tokens[m.end].isWord ? tokens[m.end].text : nil
        }

        for (k, m) in mentions.enumerated() {
            let prev = previousWords(m, 2)
            let last = prev.last
            if last == "from" || last == "baseline" || last == "currently" || last == "now" || last == "today" || prev == ["is", "at"]
                || last == "of" && prev.first == "baseline"
            {
                slots[k] = .baseline
            } else if last == "→" || last == "to" || last == "reach" || last == "hit" || last == "target" || last == "for"
                || last == "towards" || prev == ["at", "least"] || last == "least" || last == "aim" || last == "under" || last == "below"
                || last == "above" || last == "over"
            {
                slots[k] = .target
            } else if last == "by" {
                slots[k] = .change
            } else if ["today", "now", "currently", "baseline"].contains(nextWord(m) ?? "") && m.quantity.label.isEmpty {
                slots[k] = .baseline
            } else if k + 1 < mentions.count, previousWords(mentions[k + 1], 1).last == "→" {
                slots[k] = .baseline
            }
            // A "today"/"now" right after the number marks the baseline too ("from 0% today").
            if slots[k] == .none, m.quantity.label.lowercased().hasPrefix("today") { slots[k] = .baseline }
        }
        // Unmarked numbers: with no baseline and no target, two read as baseline then target; one as target.
        let unmarked = slots.indices.filter { slots[$0] == .none }
        if !unmarked.isEmpty {
            let hasB = slots.contains(.baseline)
            let hasT = slots.contains(.target)
            if unmarked.count >= 2, !hasB, !hasT {
                slots[unmarked[0]] = .baseline
                slots[unmarked[1]] = .target
            } else if !hasT {
                slots[unmarked[0]] = .target
            } else if !hasB {
                slots[unmarked[0]] = .baseline
            }
        }
        for (k, m) in mentions.enumerated() {
            var q = m.quantity
            if q.label.lowercased().hasPrefix("today") || q.label.lowercased().hasPrefix("now") { q.label = "" }
            switch slots[k] {
            case .baseline where baseline == nil: baseline = q
            case .target where target == nil: target = q
            case .change where change == nil:
                let sign: Double = down ? -1 : 1
                change =
                    q.unit == .percent
                    ? .percent(sign * q.value) : .amount(Quantity(value: sign * q.value, unit: q.unit, label: q.label, scale: q.scale))
            default: break
            }
        }
        // Words for a factor: double, halve, triple, cut by a third / a quarter / half.
        if change == nil, target == nil {
            let s = " " + lowerWords.joined(separator: " ") + " "
            if s.contains(" double ") || s.contains(" doubling ") || s.contains(" 2x ") {
                change = .factor(2)
            } else if s.contains(" triple ") || s.contains(" tripling ") {
                change = .factor(3)
            } else if s.contains(" halve ") || s.contains(" halving ") || s.contains(" in half ") || s.contains(" by half ") {
                change = .factor(0.5)
            } else if s.contains(" by a third ") || s.contains(" by one third ") {
                change = .factor(down ? 2.0 / 3.0 : 4.0 / 3.0)
            } else if s.contains(" by a quarter ") || s.contains(" by one quarter ") {
                change = .factor(down ? 0.75 : 1.25)
            }
        }
        // Units travel between baseline and target ("from 12 to 18%", "from 48 to 24 hours").
        if var b = baseline, var t = target {
            if b.unit == .none, t.unit != .none, t.unit != .points { b.unit = t.unit }
            if t.unit == .none, b.unit != .none { t.unit = b.unit }
            if t.label.isEmpty, !b.label.isEmpty { t.label = b.label }
            if b.label.isEmpty, !t.label.isEmpty, !t.label.lowercased().hasPrefix("of ") { b.label = t.label }
            baseline = b
            target = t
        }
        // "by 20 a month from 100": what is counted travels to the baseline.
        if var b = baseline, case .amount(let a)? = change, b.label.isEmpty, !a.label.isEmpty {
            b.label = a.label
            baseline = b
        }
        if let b = baseline, let c = change, target == nil {
            if case .percent(let p) = c, b.unit == .percent {
                let relative = c.apply(to: b)
                var pts = b
                pts.value = b.value + p
                parts.targetQuestion = Question(
                    message:
                        "From \(b.short) by \(Quantity.format(abs(p)))%: \(pts.short) (\(Quantity.format(abs(p))) points) or \(relative.0.short) (\(Quantity.format(abs(p)))% \(p >= 0 ? "more" : "less"))? e.g. `\(pts.short)`",
                    choices: [pts, relative.0])
            } else {
                let (t, note) = c.apply(to: b)
                target = t
                parts.derivation = note
            }
        } else if let c = change, target == nil {
            parts.change = c
        }
        if let b = baseline { parts.baseline = .value(b) }
        parts.target = target
        parts.metric = metric(work, tokens: tokens, mentions: mentions)
    }

    /// The words before the first number or number marker, without a leading verb.
    func metric(_ work: String, tokens: [Token], mentions: [QuantityScan.Mention]) -> String? {
        let markers: Set<String> = ["from", "to", "by", "for", "baseline", "target", "currently", "reach", "hit", "towards"]
        var end = mentions.first?.start ?? tokens.count
        for (k, t) in tokens.enumerated() where k < end && t.isWord && markers.contains(t.text) {
            // "to" inside the metric ("SQL to opportunity rate") only counts when a number follows soon.
            if t.text == "to", !(k + 1 < tokens.count && (tokens[k + 1].isNumber || tokens[k + 1].isPunct("€$£"))) { continue }
            end = k
            break
        }
        // Not ending on a joining word ("contact names on 90% of …" → "contact names").
        for (k, t) in tokens.enumerated()
        where k + 1 < end && t.isWord && (t.text == "in" || t.text == "by") && tokens[k + 1].text == "half" {
            end = k
            break
        }
        while end > 0, tokens[end - 1].isWord,
            [
                "on", "for", "of", "in", "at", "with", "across", "per", "within", "above", "below", "over", "under", "beyond", "least",
                "than", "more", "less",
            ].contains(tokens[end - 1].text)
        {
            end -= 1
        }
        var start = 0
        while start < end, tokens[start].isWord,
            GoalLine.upVerbs.contains(tokens[start].text) || GoalLine.downVerbs.contains(tokens[start].text)
                || ["our", "the", "goal", "aim", "is", "we", "want", "will", "to"].contains(tokens[start].text)
        {
            start += 1
        }
        guard start < end else {
            if let label = mentions.first(where: { !$0.quantity.label.isEmpty })?.quantity.label {
                var l = label
                if l.lowercased().hasPrefix("of ") { l = String(l.dropFirst(3)) }
                return l.isEmpty ? nil : l
            }
            return nil
        }
        let s = String(work[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound]).trimmed(",;:—–-(")
        // "Close 20 deals a quarter": a verb alone says what is done, the label what is counted.
        if end - start == 1, GoalLine.countVerbs.contains(tokens[start].text),
            let label = mentions.first(where: { !$0.quantity.label.isEmpty })?.quantity.label
        {
            return label.lowercased().hasPrefix("of ") ? String(label.dropFirst(3)) : label
        }
        return s.isEmpty ? nil : s
    }
}
