/// The reading of one chased answer behind `GoalParser.answer`.
struct GoalAnswer {
    let text: String
    let field: GoalField
    let given: GoalParts
    let context: UnderstandingContext

    func parse() -> Parsed<GoalParts> {
        let trimmed = text.trimmed()
        var parts = GoalParser.parse(trimmed, context: context)
        let numbersAndDates = parts.filled.subtracting([.metric])
        if numbersAndDates.count < 2 { parts.metric = nil }
        let shown = String(trimmed.prefix(40))
        switch field {
        case .metric:
            guard !trimmed.isEmpty else { return .refused(Refusal("What do you measure?", example: "Win rate on SQLs")) }
            var p = parts
            p.metric = numbersAndDates.count >= 2 ? (parts.metric ?? trimmed) : trimmed
            return .understood(p)
        case .baseline:
            if QuantityScan.isUnknown(trimmed) {
                var p = GoalParts()
                p.baseline = .unknown
                return .understood(p)
            }
            if parts.baseline != nil { return .understood(parts) }
            if let t = parts.target, numbersAndDates == [.target] || numbersAndDates == [.target, .date] && isLoneNumber(trimmed) {
                var p = parts
                p.target = nil
                p.baseline = .value(t)
                p.date = numbersAndDates.contains(.date) ? parts.date : nil
                return .understood(p)
            }
            if let d = parts.date ?? parts.dateQuestion?.choices.first {
                return .refused(
                    Refusal(
                        "That looks like a date (\(d.echo)); where is the number today? Or `unknown` if it isn't measured yet.",
                        example: "18%"))
            }
            if trimmed.isEmpty { return .refused(Refusal("Where is it today?", example: "18%")) }
            return .refused(
                Refusal(
                    "I need today's number for this, or `unknown` if it isn't measured yet — I didn't find one in “\(shown)”.",
                    example: "18%"))
        case .target:
            if QuantityScan.isUnknown(trimmed) {
                return .refused(
                    Refusal(
                        "“\(shown)” works for a baseline, but a target needs a number to aim for, even a first guess you can revise.",
                        example: "25%"))
            }
            if parts.target != nil { return .understood(parts) }
            if let q = parts.targetQuestion {
                return Parsed.ask(q).map { target in
                    var p = parts
                    p.target = target
                    p.targetQuestion = nil
                    return p
                }
            }
            if let c = parts.change ?? changeWord(trimmed) {
                if case .value(let b)? = parts.baseline ?? given.baseline {
                    let (t, note) = c.apply(to: b)
                    var p = parts
                    p.target = t
                    p.derivation = note
                    p.change = nil
                    return .understood(p)
                }
                return .refused(
                    Refusal(
                        "“\(shown)” is a change, and there is no baseline yet to apply it to: what number does that make?", example: "25%"))
            }
            if let d = parts.date ?? parts.dateQuestion?.choices.first {
                return .refused(Refusal("That looks like a date (\(d.echo)); what number are you aiming for?", example: "25%"))
            }
            if case .value(let b)? = parts.baseline {
                return .refused(Refusal("That reads as where you start (\(b.display)); what number are you aiming for?", example: "25%"))
            }
            return .refused(Refusal("I need the number you're aiming for — I didn't find one in “\(shown)”.", example: "25%"))
        case .date:
            if parts.date != nil { return .understood(parts) }
            if let q = parts.dateQuestion {
                return Parsed.ask(q).map { date in
                    var p = parts
                    p.date = date
                    p.dateQuestion = nil
                    return p
                }
            }
            if let t = parts.target ?? { if case .value(let b)? = parts.baseline { return b } else { return nil } }() {
                return .refused(Refusal("That looks like a number (\(t.display)); by when?", example: "30 June"))
            }
            return DateParser.parse(trimmed, context: context).map { date in
                var p = GoalParts()
                p.date = date
                return p
            }
        case .owner:
            let resolved = PeopleResolver.resolve(trimmed, context: context)
            switch resolved {
            case .understood:
                break
            case .ask:
                // A sentence restating the goal (two or more numbers or dates) names its owner itself.
                if parts.owner != nil, numbersAndDates.count >= 2 { return .understood(parts) }
            case .refused:
                if parts.owner != nil { return .understood(parts) }
            }
            return resolved.map { owner in
                var p = GoalParts()
                p.owner = owner
                return p
            }
        }
    }

    /// Just a number with its unit ("18%", "about 120 a month").
    func isLoneNumber(_ s: String) -> Bool {
        let tokens = Token.scan(s)
        return QuantityScan.mentions(tokens, text: s).count == 1
    }

    /// "double it", "halve it", "+25%" style answers at the target question.
    func changeWord(_ s: String) -> GoalChange? {
        let t = " " + Token.fold(s).trimmed(" .!") + " "
        if t.contains(" double") { return .factor(2) }
        if t.contains(" triple") { return .factor(3) }
        if t.contains(" halve") || t.contains(" half ") { return .factor(0.5) }
        if t.contains(" a third") { return .factor(GoalLine.downVerbs.contains { t.contains(" \($0) ") } ? 2.0 / 3.0 : 4.0 / 3.0) }
        return nil
    }
}
