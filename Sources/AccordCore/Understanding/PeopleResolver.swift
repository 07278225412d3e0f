/// People as people name them: resolves a typed owner or `/as` target against the session's
/// participants — first or last names, unique prefixes, any case, with or without accents
/// ("tomas" → Tomás Okafor), "me"/"I" (the speaker), "you" (the other lead), "Sales"/"Marketing",
/// "both"/"us"/"we"/"jointly"/"Priya and Tomás". Anyone else is a named third party, confirmed once.
public enum PeopleResolver {
    /// Who `text` names as an owner.
    public static func resolve(_ text: String, context: UnderstandingContext) -> Parsed<ParticipantRef> {
        resolve(text, context: context, participants: context.participants)
    }

    /// Which lead `/as NAME` switches to: a lead only (never both or a third party).
    public static func speaker(_ text: String, context: UnderstandingContext) -> Parsed<Role> {
        let p = context.participants
        let example = p.solo ? "Marketing" : firstName(p.marketing)
        switch resolve(text, context: context) {
        case .understood(let ref):
            if let role = ref.role { return .understood(role) }
            if case .both = ref { return .refused(Refusal("One person speaks at a time: who is typing?", example: example)) }
            return .refused(Refusal("“\(text.trimmed())” isn't one of the leads here.", example: example))
        case .ask(let q):
            let roles = q.choices.compactMap(\.role)
            if roles.isEmpty {
                return .refused(Refusal("“\(text.trimmed())” isn't one of the leads here.", example: example))
            }
            return .ask(Question(message: q.message, choices: roles))
        case .refused(let r):
            return .refused(r)
        }
    }

    static let bothWords: Set<String> = [
        "both", "us", "we", "jointly", "joint", "together", "both of us", "us both", "we both", "the two of us",
        "both leads", "both sides", "both teams", "shared", "the both of us", "all of us", "us two", "we two",
        "sales and marketing", "marketing and sales", "sales & marketing", "marketing & sales", "both of them",
        "them both", "the pair of us", "together jointly", "joint ownership", "co owned", "co-owned", "everyone",
    ]
    static let selfWords: Set<String> = [
        "me", "i", "myself", "mine", "i'll", "i will", "i'll do it", "me myself", "i do", "i own it", "i'll own it", "i will own it",
        "that's me", "its me", "it's me", "my side", "my team", "i'll take it", "i'll take that", "i can",
    ]
    static let otherWords: Set<String> = ["you", "yourself", "your side", "your team", "you do", "you'll", "you will", "over to you"]
    static let salesWords: Set<String> = [
        "sales", "s", "sales team", "sales lead", "the sales lead", "the sales team", "sales side", "sdr", "sdrs",
        "sales side of the house",
    ]
    static let marketingWords: Set<String> = [
        "marketing", "m", "mkt", "mktg", "marketing team", "marketing lead", "the marketing lead", "the marketing team", "marketing side",
    ]
    static let fillers: [String] = [
        "owner is ", "owners are ", "owner: ", "owner ", "owners ", "owned by ", "it's ", "it is ", "that's ", "that is ",
        "i think ", "probably ", "let's say ", "lets say ", "say ", "should be ", "will be ", "would be ", "the owner is ",
    ]

    static func resolve(_ text: String, context: UnderstandingContext?, participants p: Participants) -> Parsed<ParticipantRef> {
        var t = Token.fold(String(text.prefix(200))).trimmed(" .,;:!?()—–-\"'“”")
        var changed = true
        while changed {
            changed = false
            for f in fillers where t.hasPrefix(f) {
                t = String(t.dropFirst(f.count)).trimmed()
                changed = true
            }
        }
        for suffix in [
            " owns it", " will own it", " owns", " to own it", " please", " i think", " probably", " (both)", " will do it", " will",
            " can do it", " can", " does it", " should", " should do it", " is on it", " takes it", " takes this",
        ] where t.hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)).trimmed()
        }
        t = t.trimmed(" .,;:!?()")
        // "Tomás (Marketing)", "Priya - sales": the side written after the name, as the prompt shows it.
        for (suffix, role) in [("(marketing", Role.marketing), ("(sales", .sales), ("(as marketing", .marketing), ("(as sales", .sales)]
        where t.hasSuffix(suffix) {
            let name = String(t.dropLast(suffix.count)).trimmed()
            if name.isEmpty { break }
            if case .understood(let ref) = resolve(name, context: context, participants: p), ref.role == role || p.solo {
                return .understood(ParticipantRef(role))
            }
        }
        let names = p.solo ? firstName(p.sales, or: "Sales") : "\(firstName(p.sales, or: "Sales")), \(firstName(p.marketing)) or both"
        let example = p.solo ? "Sales" : firstName(p.marketing)
        guard !t.isEmpty else { return .refused(Refusal("Who owns it? \(names).", example: example)) }

        if bothWords.contains(t) { return .understood(.both) }
        if selfWords.contains(t) {
            guard let speaker = context?.speaker else {
                return .ask(Question(message: "Who is “me” here — \(names)? e.g. `\(example)`", choices: [.sales, .marketing]))
            }
            return .understood(ParticipantRef(speaker))
        }
        if otherWords.contains(t) {
            guard let speaker = context?.speaker else {
                return .ask(Question(message: "Who is “you” here — \(names)? e.g. `\(example)`", choices: [.sales, .marketing]))
            }
            return .understood(ParticipantRef(speaker.other))
        }
        if salesWords.contains(t) { return .understood(.sales) }
        if marketingWords.contains(t) { return .understood(.marketing) }

        // "Priya or Tomás", "either of us": one of the two, but which?
        let either: Set<String> = ["either", "either of us", "one of us", "either one", "one of the two", "whoever", "either of them"]
        let orPieces = t.components(separatedBy: " or ").map { $0.trimmed() }
        if !p.solo,
            either.contains(t)
                || (orPieces.count == 2 && orPieces.allSatisfy { resolve($0, context: context, participants: p).value?.role != nil })
        {
            return .ask(
                Question(
                    message: "“\(text.trimmed())” — which one of you owns it? One owner, or both. e.g. `\(example)`",
                    choices: [.sales, .marketing]))
        }
        // "Priya and Tomás", "priya & tomas", "Priya, Tomás", "Priya + me".
        let joined = t.replacingText(" and ", with: "&").replacingText("+", with: "&")
            .replacingText(",", with: "&").replacingText("/", with: "&")
        let pieces = joined.split(separator: "&").map { String($0).trimmed() }.filter { !$0.isEmpty }
        if pieces.count == 2 {
            let a = resolve(pieces[0], context: context, participants: p).value
            let b = resolve(pieces[1], context: context, participants: p).value
            if let a, let b, let ra = a.role, let rb = b.role, ra != rb { return .understood(.both) }
            // "Okafor, Tomás": both pieces name the same lead.
            if let a, let b, a == b, a.role != nil { return .understood(a) }
            if let a, let b, a == .both || b == .both, a.role != nil || b.role != nil || a == b { return .understood(.both) }
        }

        // Names: full, first, last, unique prefix; accents and case ignored.
        if !p.solo {
            var hits: [Role] = []
            for role in Role.allCases where matches(t, name: p.name(role), exact: true) { hits.append(role) }
            if hits.isEmpty {
                for role in Role.allCases where matches(t, name: p.name(role), exact: false) { hits.append(role) }
            }
            if hits.count == 1 { return .understood(ParticipantRef(hits[0])) }
            if hits.count == 2 {
                return .ask(
                    Question(
                        message: "“\(text.trimmed())” could be \(p.sales) or \(p.marketing) — which one? e.g. `\(p.marketing)`",
                        choices: [.sales, .marketing]))
            }
        } else if matches(t, name: p.sales, exact: true) || matches(t, name: p.sales, exact: false) {
            return .understood(.sales)
        }

        // Someone else: a name-like phrase of a few words, kept as typed after one confirmation.
        let original = text.trimmed(" .,;:!?—–-\"“”")
        let words = original.split(separator: " ")
        let looksLikeName =
            (1...5).contains(words.count) && original.count <= 60
            && original.first?.isLetter == true && !original.contains(where: { $0.isNumber })
            && !words.contains {
                [
                    "should", "would", "think", "maybe", "don't", "dont", "not", "sure", "whoever", "someone", "somebody", "nobody", "tbd",
                    "unknown", "none", "?",
                ].contains(Token.fold(String($0)))
            }
        if looksLikeName {
            let who = p.solo ? "“\(original)” isn't \(p.sales)" : "“\(original)” isn't \(p.sales) or \(p.marketing)"
            return .ask(
                Question(
                    message: "\(who) — keep \(original) as the owner? yes, or name the owner. e.g. `\(example)`",
                    choices: [.other(original)]))
        }
        return .refused(
            Refusal("“\(original.prefix(40))” isn't a name I can store as the owner — who owns it? \(names).", example: example))
    }

    /// Whether folded `t` names `name`: the full name, a first or last name, or (when not `exact`) a
    /// prefix of three letters or more of one of its words.
    static func matches(_ t: String, name: String, exact: Bool) -> Bool {
        let full = Token.fold(name)
        if t == full { return true }
        let words = full.split(separator: " ").map(String.init)
        if exact { return words.contains(t) }
        guard t.count >= 3 else { return false }
        return words.contains { $0.hasPrefix(t) } || full.hasPrefix(t)
    }

    /// "Tomás" for "Tomás Okafor"; "Sales"/"Marketing" when a name is missing.
    static func firstName(_ name: String, or fallback: String = "Marketing") -> String {
        let first = String(name.split(separator: " ").first ?? "")
        return first.isEmpty ? fallback : first
    }
}
