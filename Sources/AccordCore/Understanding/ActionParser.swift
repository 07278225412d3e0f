/// Actions as people say them: "Tomás: add contact names to the report, by 15 January", "I'll send
/// the list within 24 hours of each webinar" (the speaker owns it), "Priya to draft the SLA by end
/// of Q1", "owner both, due 2027-02-01".
public enum ActionParser {
    /// Every part `text` states.
    public static func parse(_ text: String, context: UnderstandingContext) -> ActionParts {
        var work = String(text.prefix(2000)).trimmed()
        var parts = ActionParts()
        if let d = DateParser.find(in: work, today: context.today) {
            switch d {
            case .understood(let f):
                parts.due = f
                work = DateParser.removing(f, from: work)
            case .ask(let q):
                parts.dueQuestion = q
                if let f = q.choices.first { work = DateParser.removing(f, from: work) }
            case .refused: break
            }
        }
        if let (owner, rest) = leadingOwner(work, context: context) {
            apply(owner, to: &parts)
            work = rest
        }
        let (owner, rest) = OwnerPhrase.extract(from: work, context: context)
        if let owner, parts.owner == nil, parts.ownerQuestion == nil {
            apply(owner, to: &parts)
            work = rest
        }
        // "Review the SLA together": both, unless someone was named.
        if parts.owner == nil, parts.ownerQuestion == nil {
            let words = Set(Token.scan(work).filter(\.isWord).map(\.text))
            if words.contains("together") || words.contains("jointly") { parts.owner = .both }
        }
        parts.text = capitalized(DateParser.tidy(work))
        return parts
    }

    /// An answer to the question for one chased `field`: refused when it does not fit.
    public static func answer(_ text: String, for field: ActionField, context: UnderstandingContext) -> Parsed<ActionParts> {
        let trimmed = String(text.prefix(2000)).trimmed()
        switch field {
        case .due:
            let parsed = DateParser.parse(trimmed, context: context)
            if case .refused = parsed, let m = QuantityScan.mentions(Token.scan(trimmed), text: trimmed).first {
                return .refused(Refusal("That looks like a number (\(m.quantity.display)); when is it due?", example: "15 January"))
            }
            return parsed.map { due in
                var p = ActionParts()
                p.due = due
                return p
            }
        case .owner:
            return PeopleResolver.resolve(trimmed, context: context).map { owner in
                var p = ActionParts()
                p.owner = owner
                return p
            }
        }
    }

    static func apply(_ owner: Parsed<ParticipantRef>, to parts: inout ActionParts) {
        switch owner {
        case .understood(let ref): parts.owner = ref
        case .ask(let q): parts.ownerQuestion = q
        case .refused: break
        }
    }

    static let selfStarts = [
        "i'll ", "i will ", "i'm going to ", "i am going to ", "i can ", "i'd ", "i shall ", "let me ", "i ", "i’ll ", "i’m going to ",
    ]
    static let bothStarts = [
        "we'll ", "we will ", "we're going to ", "we are going to ", "we both ", "we can ", "both of us will ", "together we ", "we ",
        "we’ll ", "both of us ", "jointly ", "together, we ", "together we'll ",
    ]
    static let youStarts = ["you'll ", "you will ", "can you ", "you ", "you’ll "]
    static let ownerVerbs: Set<String> = [
        "to", "will", "'ll", "shall", "should", "can", "is", "owns", "sends", "drafts", "does", "takes", "runs", "leads", "writes",
        "builds", "shares", "sets", "reviews",
    ]

    /// "Tomás: …", "Priya to …", "Priya will …", "I'll …", "We'll …", "Sales to …".
    static func leadingOwner(_ text: String, context: UnderstandingContext) -> (Parsed<ParticipantRef>, String)? {
        let folded = Token.fold(text).replacingText("’", with: "'")
        for s in selfStarts where folded.hasPrefix(s) {
            guard let speaker = context.speaker else { break }
            let rest = s == "i " || s == "let me " ? String(text.dropFirst(s.count)) : String(text.dropFirst(s.count))
            return (.understood(ParticipantRef(speaker)), rest)
        }
        for s in bothStarts where folded.hasPrefix(s) {
            return (.understood(.both), String(text.dropFirst(s.count)))
        }
        for s in youStarts where folded.hasPrefix(s) {
            guard let speaker = context.speaker else { break }
            return (.understood(ParticipantRef(speaker.other)), String(text.dropFirst(s.count)))
        }
        // "Name: …" / "Name — …" / "Name - …".
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }),
            text.distance(from: text.startIndex, to: colon) <= 40
        {
            let who = String(text[..<colon])
            if who.split(separator: " ").count <= 4, !who.trimmed().isEmpty {
                let parsed = PeopleResolver.resolve(who, context: context)
                // A third party only as "Jamie from RevOps: …" (a name-like prefix before a colon).
                let nameLike =
                    text[colon] == ":"
                    && who.split(separator: " ").allSatisfy {
                        $0.first?.isUppercase == true || ["from", "at", "in", "of", "the"].contains($0.lowercased())
                    }
                let isThirdParty: Bool = {
                    if case .ask(let q) = parsed { return q.choices.contains(where: \.needsConfirmation) } else { return false }
                }()
                if case .refused = parsed {
                } else if !isThirdParty || nameLike {
                    return (parsed, String(text[text.index(after: colon)...]).trimmed())
                }
            }
        }
        // "Priya to …", "Tomás will …", "Sales to …", "Priya and Tomás to …".
        let tokens = Token.scan(text)
        for k in 1..<min(5, max(tokens.count, 1)) where k < tokens.count {
            let t = tokens[k]
            let who = String(text[tokens[0].range.lowerBound..<tokens[k - 1].range.upperBound])
            // "Tomás adds …", "Priya calls …": a lead's name, then a verb in -s.
            let namedVerb =
                t.isWord && text[t.range].first?.isLowercase == true && t.text.count > 3 && t.text.hasSuffix("s")
                && !PeopleResolver.salesWords.contains(Token.fold(who))
                && !PeopleResolver.marketingWords.contains(Token.fold(who)) && !PeopleResolver.bothWords.contains(Token.fold(who))
                && !Token.fold(who).hasPrefix("we") && who.first?.isUppercase == true
            guard t.isWord, ownerVerbs.contains(t.text) || t.text.hasPrefix("'") || namedVerb else { continue }
            let parsed = PeopleResolver.resolve(who, context: context)
            guard case .understood(let ref) = parsed, !ref.needsConfirmation else {
                if case .ask(let q) = parsed {
                    // A third party only when it reads as a name: "Jamie (RevOps) to …", "Jamie from RevOps will …".
                    let nameLike = who.split(separator: " ").allSatisfy {
                        $0.first?.isUppercase == true || $0.first == "(" || ["from", "at", "in", "of"].contains($0.lowercased())
                    }
                    if !q.choices.contains(where: \.needsConfirmation) || nameLike { return (parsed, rest(text, tokens, from: k)) }
                }
                return nil
            }
            return (parsed, rest(text, tokens, from: k))
        }
        return nil
    }

    static func rest(_ text: String, _ tokens: [Token], from k: Int) -> String {
        var start = k
        if ["to", "will", "shall", "should", "can", "is"].contains(tokens[k].text) { start = k + 1 }
        if tokens[k].text == "is", start < tokens.count, tokens[start].text == "going", start + 1 < tokens.count,
            tokens[start + 1].text == "to"
        {
            start += 2
        }
        guard start < tokens.count else { return "" }
        let verb = tokens[start]
        let after = String(text[verb.range.upperBound...])
        // "adds contact names" → "add contact names", as the other actions read.
        if start == k, verb.isWord, verb.text.count > 3, verb.text.hasSuffix("s"), !verb.text.hasSuffix("ss") {
            let w = String(text[verb.range])
            let base: String
            if w.hasSuffix("ies") {
                base = String(w.dropLast(3)) + "y"
            } else if ["ches", "shes", "sses", "xes", "zes"].contains(where: { w.hasSuffix($0) }) {
                base = String(w.dropLast(2))
            } else {
                base = String(w.dropLast())
            }
            return base + after
        }
        return String(text[verb.range.lowerBound...])
    }

    static func capitalized(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
