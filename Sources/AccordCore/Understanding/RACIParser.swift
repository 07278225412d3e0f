/// R/A/C/I rows in natural forms: "sales: R, marketing: A C", "A = Sales, R = Marketing", "Sales
/// accountable, Marketing responsible and consulted", "Priya: A, Tomás: R C", "both R, Sales A",
/// "Tomás owns it, Priya is consulted". Exactly one side is Accountable.
public enum RACIParser {
    /// The letters each side holds for `activity`; two Accountables (or none) are refused with the reason.
    public static func parse(_ text: String, activity: String = "this activity", context: UnderstandingContext) -> Parsed<RACIAssignment> {
        RACIReading(text: String(text.prefix(1000)), activity: activity, context: context).parse()
    }
}

struct RACIReading {
    let text: String
    let activity: String
    let context: UnderstandingContext

    enum Item: Equatable {
        case side(Set<Role>)
        case letters(Set<RACILetter>)
    }

    static let example = "sales: R, marketing: A C"
    static let fillers: Set<String> = [
        "is", "are", "the", "and", "it", "for", "on", "lead", "leads", "team", "with", "also", "plus", "only", "just",
        "but", "so", "too", "as", "of", "be", "will", "both's", "side", "gets", "get", "has", "have", "takes", "take",
        "role", "roles", "while", "whereas", "then", "holds", "hold", "they", "them", "to", "in", "loop", "kept", "keep",
        "stays", "stay", "being", "who", "that", "this", "one", "sign", "signs", "off", "responsibility", "an", "do",
        "doing", "work", "job", "task", "final", "say", "call", "making", "sure", "getting", "here", "there", "activity", "row",
        "none", "nothing", "n/a", "na", "nil", "no", "letters", "letter",
    ]
    static let roleWords: [String: Set<RACILetter>] = [
        "responsible": [.responsible], "responsibles": [.responsible], "does": [.responsible], "doer": [.responsible],
        "executes": [.responsible], "delivers": [.responsible], "runs": [.responsible], "works": [.responsible],
        "accountable": [.accountable], "accountability": [.accountable], "owns": [.accountable], "owner": [.accountable],
        "own": [.accountable], "approves": [.accountable], "approver": [.accountable], "decides": [.accountable],
        "consulted": [.consulted], "consult": [.consulted], "consults": [.consulted], "consulting": [.consulted],
        "input": [.consulted], "advises": [.consulted], "informed": [.informed], "inform": [.informed],
        "informs": [.informed], "fyi": [.informed], "notified": [.informed], "updated": [.informed],
    ]

    func parse() -> Parsed<RACIAssignment> {
        let clauses = split(text)
        var groups: [(sides: Set<Role>, letters: Set<RACILetter>)] = []
        var lastSides: Set<Role> = []
        var positional: [Set<RACILetter>] = []
        var sawSide = false
        for clause in clauses {
            var items: [Item] = []
            for word in clause {
                if RACIReading.fillers.contains(Token.fold(word)) || word.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                    continue
                } else if let item = classify(word) {
                    items.append(item)
                } else {
                    let lead = groups.isEmpty ? "I didn't understand" : "I have \(assignment(groups).summary) so far, but didn't understand"
                    let whole = text.trimmed()
                    let inText = whole == word ? "" : " in “\(whole.prefix(40))”"
                    return .refused(
                        Refusal(
                            "\(lead) “\(word)”\(inText): name a side and its letters (R, A, C, I).",
                            example: RACIReading.example))
                }
            }
            // Group: sides with the letters next to them, in either order.
            var cur: (sides: Set<Role>, letters: Set<RACILetter>, lettersFirst: Bool, complete: Bool) = ([], [], false, false)
            var clauseGroups: [(Set<Role>, Set<RACILetter>)] = []
            func close() {
                if !cur.sides.isEmpty || !cur.letters.isEmpty { clauseGroups.append((cur.sides, cur.letters)) }
                cur = ([], [], false, false)
            }
            for item in items {
                switch item {
                case .side(let s):
                    sawSide = true
                    if cur.complete || (!cur.letters.isEmpty && !cur.sides.isEmpty && !cur.lettersFirst) { close() }
                    cur.sides.formUnion(s)
                    if cur.lettersFirst { cur.complete = true }
                case .letters(let l):
                    if cur.complete { close() }
                    if cur.sides.isEmpty && cur.letters.isEmpty { cur.lettersFirst = true }
                    cur.letters.formUnion(l)
                }
            }
            close()
            for (sides, letters) in clauseGroups {
                if sides.isEmpty {
                    if lastSides.isEmpty {
                        positional.append(letters)
                        continue
                    }
                    groups.append((lastSides, letters))
                } else {
                    groups.append((sides, letters))
                    lastSides = sides
                }
            }
        }
        if !sawSide {
            if positional.count == 2 {
                let reading = RACIAssignment(sales: positional[0], marketing: positional[1])
                let a = reading.stored(.sales)
                let b = reading.stored(.marketing)
                return .ask(
                    Question(
                        message:
                            "“\(text.trimmed())” — is that Sales \(a) and Marketing \(b)? Say it with the sides, e.g. `sales: \(a), marketing: \(b)`",
                        choices: [reading]))
            }
            let shown = text.trimmed().prefix(40)
            return .refused(
                Refusal(
                    shown.isEmpty
                        ? "Say which side holds which letters."
                        : "I didn't find a side (sales, marketing, a name) in “\(shown)”: say which side holds which letters.",
                    example: RACIReading.example))
        }
        let result = assignment(groups)
        if result.sales.isEmpty && result.marketing.isEmpty {
            return .refused(
                Refusal(
                    "I have the sides in “\(text.trimmed().prefix(40))” but no letters: R, A, C or I for each.",
                    example: RACIReading.example))
        }
        let accountable = Role.allCases.filter { result.letters($0).contains(.accountable) }
        if accountable.count > 1 {
            return .refused(
                Refusal(
                    "Only one side can be Accountable (A) for \(activity) — you marked both (\(result.summary)). Who holds it? The other can be R, C or I.",
                    example: "sales: A, marketing: R"))
        }
        if accountable.isEmpty {
            return .refused(
                Refusal(
                    "Every activity needs exactly one Accountable (A); I have \(result.summary). Who is accountable for \(activity)?",
                    example: "sales: R, marketing: A C"))
        }
        return .understood(result)
    }

    func assignment(_ groups: [(sides: Set<Role>, letters: Set<RACILetter>)]) -> RACIAssignment {
        var a = RACIAssignment()
        for g in groups {
            if g.sides.contains(.sales) { a.sales.formUnion(g.letters) }
            if g.sides.contains(.marketing) { a.marketing.formUnion(g.letters) }
        }
        return a
    }

    /// Clauses split at , ; | . and a spaced " / "; words split at spaces, ':' and '='.
    func split(_ text: String) -> [[String]] {
        var clauses: [[String]] = []
        var words: [String] = []
        var word = ""
        let chars = Array(text)
        func endWord() {
            if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        func endClause() {
            endWord()
            if !words.isEmpty {
                clauses.append(words)
                words = []
            }
        }
        for (k, c) in chars.enumerated() {
            switch c {
            case ",", ";", "|", ".", "\n": endClause()
            case "/":
                let spacedBefore = k > 0 && chars[k - 1] == " "
                let spacedAfter = k + 1 < chars.count && chars[k + 1] == " "
                let letterBefore = !word.isEmpty && word.allSatisfy { "RACIraci".contains($0) }
                if spacedBefore || spacedAfter || !letterBefore { endClause() } else { endWord() }
            case " ", "\t", ":", "=", "+", "&", "(", ")", "-", "–", "—", "→", "*":
                endWord()
            default:
                word.append(c)
            }
        }
        endClause()
        return clauses
    }

    func classify(_ raw: String) -> Item? {
        let w = Token.fold(raw)
        if let l = RACIReading.roleWords[w] { return .letters(l) }
        switch w {
        case "sales", "s", "sdr", "sales's", "sales'": return .side([.sales])
        case "marketing", "mkt", "mktg", "m", "marketing's": return .side([.marketing])
        case "both", "we", "us", "everyone", "each", "all": return .side([.sales, .marketing])
        default: break
        }
        // Letters: "R", "RA", "r", "ci" (only R, A, C, I).
        if raw.count <= 4, raw.allSatisfy({ "RACIraci".contains($0) }) {
            let isUpper = raw.allSatisfy { $0.isUppercase }
            if isUpper || raw.count == 1 || !["air", "car", "arc", "cia"].contains(w) {
                return .letters(Set(raw.uppercased().compactMap { RACILetter(rawValue: String($0)) }))
            }
        }
        if w == "me" || w == "you" || w.count >= 2 {
            if case .understood(let ref) = PeopleResolver.resolve(raw, context: context) {
                switch ref {
                case .sales: return .side([.sales])
                case .marketing: return .side([.marketing])
                case .both: return .side([.sales, .marketing])
                case .other: return nil
                }
            }
        }
        return nil
    }
}
