/// Finds numbers with their units in a line ("from 8,000 to €10k", "48h", "90% of website-visitor leads").
struct QuantityScan {
    /// One number found: its quantity and the raw-token span it covers.
    struct Mention {
        var quantity: Quantity
        var start: Int
        var end: Int
        var range: Range<String.Index>
    }

    static let labelStops: Set<String> = [
        "to", "from", "by", "in", "within", "for", "owner", "owned", "and", "today", "now", "currently", "baseline",
        "target", "due", "before", "until", "with", "at", "on", "so", "which", "that", "while", "but", "or", "vs",
        "versus", "than", "is", "are", "was", "the", "this", "next", "end", "q", "h", "we", "i", "up", "down",
    ]

    /// The numbers in `tokens`, left to right.
    static func mentions(_ tokens: [Token], text: String) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].isWord, tokens[i].text == "zero" {
                out.append(Mention(quantity: Quantity(value: 0), start: i, end: i + 1, range: tokens[i].range))
                i += 1
                continue
            }
            guard tokens[i].isNumber else {
                i += 1
                continue
            }
            if i > 0, !tokens[i].spaced, tokens[i - 1].isWord {
                i += 1
                continue
            }  // "Q1", "SQL2"
            let start: Int
            var unit = QuantityUnit.none
            if i > 0, !tokens[i].spaced, tokens[i - 1].kind == .punct, let u = currency(tokens[i - 1].text) {
                start = i - 1
                unit = u
            } else if i > 0, !tokens[i].spaced, tokens[i - 1].isPunct("+-"), i > 1, tokens[i - 1].spaced == true,
                i > 1, tokens[i - 2].kind == .punct, let u = currency(tokens[i - 2].text)
            {
                start = i - 2
                unit = u
            } else {
                start = i
            }
            // Digits, thousands groups and a decimal part.
            var digits = tokens[i].text
            var j = i + 1
            while j + 1 < tokens.count, tokens[j].isPunct(","), !tokens[j].spaced, tokens[j + 1].isNumber,
                !tokens[j + 1].spaced, tokens[j + 1].text.count == 3
            {
                digits += tokens[j + 1].text
                j += 2
            }
            if j + 1 < tokens.count, tokens[j].isPunct("."), !tokens[j].spaced, tokens[j + 1].isNumber, !tokens[j + 1].spaced {
                digits += "." + tokens[j + 1].text
                j += 2
            }
            guard var value = Double(digits) else {
                i = j
                continue
            }
            var scale = ""
            if j < tokens.count, tokens[j].isWord {
                let w = tokens[j].text
                let adjacent = !tokens[j].spaced
                switch w {
                case "k" where adjacent, "thousand":
                    value *= 1_000
                    scale = adjacent ? "k" : ""
                    j += 1
                case "m" where adjacent, "million", "mn":
                    value *= 1_000_000
                    scale = adjacent || w == "mn" ? "M" : ""
                    j += 1
                case "bn" where adjacent, "billion":
                    value *= 1_000_000_000
                    scale = adjacent ? "bn" : ""
                    j += 1
                case "x" where adjacent:
                    scale = "x"
                    j += 1  // "3x" pipeline coverage
                default: break
                }
                if scale.isEmpty, value >= 1_000, ["thousand", "million", "billion"].contains(w) {
                    scale = ""
                }
            }
            if j < tokens.count {
                let t = tokens[j]
                if t.isPunct("%") {
                    unit = .percent
                    j += 1
                } else if t.isWord {
                    switch t.text {
                    case "percent", "pct":
                        unit = .percent
                        j += 1
                    case "per" where j + 1 < tokens.count && tokens[j + 1].text == "cent":
                        unit = .percent
                        j += 2
                    case "pp", "pts", "points", "point":
                        unit = .points
                        j += 1
                    case "percentage" where j + 1 < tokens.count && tokens[j + 1].text.hasPrefix("point"):
                        unit = .points
                        j += 2
                    case "h", "hr", "hrs", "hour", "hours":
                        unit = .hours
                        j += 1
                    case "d" where !t.spaced, "day", "days":
                        unit = .days
                        j += 1
                    case "wk", "wks", "week", "weeks":
                        unit = .weeks
                        j += 1
                    case "eur", "euro", "euros":
                        unit = .euros
                        j += 1
                    case "usd", "dollars":
                        unit = .dollars
                        j += 1
                    case "gbp", "pounds":
                        unit = .pounds
                        j += 1
                    default: break
                    }
                } else if t.isPunct("€"), !t.spaced {
                    unit = .euros
                    j += 1
                }
            }
            // What is counted: a few words up to a stop word or punctuation ("leads a month", "of X leads").
            var labelEnd = j
            var words = 0
            while labelEnd < tokens.count, words < 5 {
                let t = tokens[labelEnd]
                if t.isWord {
                    if labelStops.contains(t.text), !(t.text == "a" || t.text == "per") { break }
                    words += 1
                    labelEnd += 1
                } else if t.isPunct("-/"), !t.spaced, labelEnd + 1 < tokens.count, tokens[labelEnd + 1].isWord,
                    !tokens[labelEnd + 1].spaced, words > 0 || t.text == "/"
                {
                    labelEnd += 1
                } else {
                    break
                }
            }
            var label = ""
            if labelEnd > j {
                label = String(text[tokens[j].range.lowerBound..<tokens[labelEnd - 1].range.upperBound])
            }
            let end = labelEnd
            out.append(
                Mention(
                    quantity: Quantity(value: value, unit: unit, label: label, scale: scale), start: start, end: end,
                    range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound))
            i = end
        }
        return out
    }

    static func currency(_ s: String) -> QuantityUnit? {
        switch s {
        case "€": return .euros
        case "$": return .dollars
        case "£": return .pounds
        default: return nil
        }
    }

    static let unknownPhrases: Set<String> = [
        "unknown", "not known", "not measured", "not measured yet", "n/a", "na", "don't know", "dont know", "do not know",
        "tbd", "tbc", "to be determined", "to be confirmed", "no idea", "no data", "no baseline", "none yet", "not sure",
        "we don't know", "we dont know", "i don't know", "i dont know", "not tracked", "not tracked yet", "unmeasured",
        "to establish", "baseline to establish", "not yet measured", "we don't measure it", "we don't measure it yet",
        "nobody knows", "unknown yet", "?", "??", "not available", "no number yet", "don't know yet", "we don't track it",
        "we don't track that", "not measured today", "unknown today", "we haven't measured it", "haven't measured it yet",
    ]

    /// Whether the whole of `text` says the number is not known.
    static func isUnknown(_ text: String) -> Bool {
        var t = Token.fold(text).trimmed(" .!,;:()")
        for prefix in ["baseline ", "baseline: ", "it's ", "honestly ", "currently ", "today ", "right now "] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmed(" .!,;:")
        }
        for suffix in [" today", " right now", " yet", " currently"] where t.hasSuffix(suffix) && !unknownPhrases.contains(t) {
            t = String(t.dropLast(suffix.count)).trimmed(" .!,;:")
        }
        return unknownPhrases.contains(t)
            || (t.unicodeScalars.contains("’") && unknownPhrases.contains(t.replacingText("’", with: "'")))
    }
}
