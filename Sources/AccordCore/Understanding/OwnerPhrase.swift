/// Finds who owns something inside a longer line: "owner Priya", "owned by both", "— Tomás",
/// "(both)", ", Sales" at the end. Returns what it found and the line without it.
enum OwnerPhrase {
    static let separators: Set<Character> = [",", ";", "—", "–", "(", ")"]

    static func extract(from text: String, context: UnderstandingContext) -> (Parsed<ParticipantRef>?, String) {
        let tokens = Token.scan(text)
        // "owner X", "owners: X", "owned by X", "led by X".
        for (k, t) in tokens.enumerated() where t.isWord {
            var valueStart: Int?
            if t.text == "owner" || t.text == "owners" {
                valueStart = k + 1
            } else if t.text == "owned" || t.text == "led", k + 1 < tokens.count, tokens[k + 1].text == "by" {
                valueStart = k + 2
            }
            guard var v = valueStart else { continue }
            while v < tokens.count, tokens[v].isPunct(":=-") || (tokens[v].isWord && ["is", "are", "will", "be"].contains(tokens[v].text)) {
                v += 1
            }
            guard v < tokens.count else { continue }
            var e = v
            while e < tokens.count, !(tokens[e].kind == .punct && (separators.contains(Character(tokens[e].text)) || tokens[e].text == "."))
            {
                if tokens[e].isWord, ["by", "due", "until", "before"].contains(tokens[e].text), e > v { break }
                e += 1
            }
            guard e > v else { continue }
            let value = String(text[tokens[v].range.lowerBound..<tokens[e - 1].range.upperBound])
            let parsed = PeopleResolver.resolve(value, context: context)
            if case .refused = parsed { continue }
            var lower = t.range.lowerBound
            var upper = tokens[e - 1].range.upperBound
            if e < tokens.count, tokens[e].isPunct(")"), k > 0, tokens[k - 1].isPunct("(") {
                lower = tokens[k - 1].range.lowerBound
                upper = tokens[e].range.upperBound
            }
            lower = widen(text, lower)
            var out = text
            out.removeSubrange(lower..<upper)
            return (parsed, DateParser.tidy(out))
        }
        // A last segment that is only a participant: "— Tomás", "(both)", ", Sales", " - Priya".
        var end = text.endIndex
        while end > text.startIndex, " .)".contains(text[text.index(before: end)]) { end = text.index(before: end) }
        var cut: String.Index?
        var k = end
        while k > text.startIndex {
            let prev = text.index(before: k)
            if separators.contains(text[prev]) {
                cut = prev
                break
            }
            if text[prev] == "-", prev > text.startIndex, text[text.index(before: prev)] == " ", k < text.endIndex, text[k] == " " {
                cut = prev
                break
            }
            k = prev
        }
        guard let cut, cut > text.startIndex else { return (nil, text) }
        let segment = String(text[text.index(after: cut)..<end])
        guard !segment.trimmed().isEmpty, segment.split(separator: " ").count <= 4 else { return (nil, text) }
        let parsed = PeopleResolver.resolve(segment, context: context)
        switch parsed {
        case .understood(let ref) where !ref.needsConfirmation:
            var out = text
            out.removeSubrange(widen(text, cut)..<text.endIndex)
            return (parsed, DateParser.tidy(out))
        case .ask(let q) where q.choices.allSatisfy({ !$0.needsConfirmation }):
            var out = text
            out.removeSubrange(widen(text, cut)..<text.endIndex)
            return (parsed, DateParser.tidy(out))
        default:
            return (nil, text)
        }
    }

    /// Moves `lower` back over spaces and one comma, semicolon or dash before it.
    static func widen(_ text: String, _ lower: String.Index) -> String.Index {
        var k = lower
        var out = lower
        while k > text.startIndex {
            let prev = text.index(before: k)
            if text[prev] == " " {
                k = prev
                out = prev
                continue
            }
            if ",;—–".contains(text[prev]) { out = prev }
            break
        }
        return out
    }
}
