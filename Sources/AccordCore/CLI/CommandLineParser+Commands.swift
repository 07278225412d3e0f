extension CommandLineParser {
    /// Build the command from its name, positional arguments and option values.
    static func command(_ name: String, arguments: [String], values: inout OptionValues) throws -> Command {
        func atMost(_ count: Int) throws {
            if arguments.count > count { throw AccordError.unexpectedArgument(command: name, argument: arguments[count]) }
        }
        func required(_ what: String) throws -> String {
            guard let first = arguments.first else { throw AccordError.missingArgument(command: name, argument: what) }
            return first
        }
        switch name {
        case "start":
            let playbook = try required("a PLAYBOOK (see 'accord playbooks')")
            try atMost(1)
            return .start(
                StartRequest(
                    playbook: playbook,
                    sales: try values.nonEmpty("--sales"),
                    marketing: try values.nonEmpty("--marketing"),
                    solo: try values.nonEmpty("--solo"),
                    title: values.value("--title"),
                    today: try values.date("--today")
                ))
        case "resume":
            try atMost(1)
            return .resume(session: arguments.first, today: try values.date("--today"))
        case "list":
            try atMost(0)
            return .list(json: values.has("--json"))
        case "show":
            let session = try required("a SESSION (see 'accord list')")
            try atMost(1)
            return .show(session: session, json: values.has("--json"))
        case "replay":
            let session = try required("a SESSION (see 'accord list')")
            try atMost(1)
            return .replay(session: session, speed: try values.speed())
        case "plan":
            return .plan(
                PlanRequest(
                    sessions: arguments,
                    format: try values.choice("--format", default: PlanFormat.markdown),
                    output: try values.nonEmpty("--output"),
                    today: try values.date("--today")
                ))
        case "commitments":
            try atMost(0)
            let filters = CommitmentFilter.allCases.filter { values.has("--\($0.rawValue)") }
            if filters.count > 1 { throw AccordError.conflictingOptions(filters.map { "--\($0.rawValue)" }) }
            if values.has("--json") && values.has("--csv") { throw AccordError.conflictingOptions(["--json", "--csv"]) }
            return .commitments(
                CommitmentsRequest(
                    filter: filters.first ?? .open,
                    owner: try values.nonEmpty("--owner"),
                    today: try values.date("--today"),
                    json: values.has("--json"),
                    csv: values.has("--csv")
                ))
        case "lint":
            try atMost(1)
            return .lint(file: arguments.first, json: values.has("--json"))
        case "playbooks":
            guard let first = arguments.first else { return .playbooks(check: nil, json: values.has("--json")) }
            guard first == "check" else {
                throw AccordError.unexpectedArgument(command: name, argument: first)
            }
            guard arguments.count >= 2 else { throw AccordError.missingArgument(command: "playbooks check", argument: "a FILE") }
            if arguments.count > 2 { throw AccordError.unexpectedArgument(command: name, argument: arguments[2]) }
            return .playbooks(check: arguments[1], json: values.has("--json"))
        case "search":
            let text = try required("the TEXT to find")
            try atMost(1)
            if text.trimmingSpaces().isEmpty { throw AccordError.invalidValue(option: "TEXT", value: text, expected: "a word to find") }
            return .search(
                SearchRequest(
                    text: text, playbook: try values.nonEmpty("--playbook"),
                    since: try values.date("--since"), json: values.has("--json")))
        case "report":
            let what = try required("what to report: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", "))")
            try atMost(1)
            guard let kind = ReportKind(rawValue: what) else {
                throw AccordError.invalidValue(
                    option: "report", value: what, expected: ReportKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return .report(kind, json: values.has("--json"))
        case "init":
            try atMost(1)
            return .initStore(directory: arguments.first)
        case "where":
            try atMost(0)
            return .whereStore
        case "sync":
            try atMost(0)
            return .sync
        case "completions":
            let raw = try required("a SHELL (bash, zsh or fish)")
            try atMost(1)
            guard let shell = CompletionShell(rawValue: raw.lowercased()) else {
                throw AccordError.invalidValue(option: "SHELL", value: raw, expected: "one of bash, zsh, fish")
            }
            return .completions(shell)
        default:  // "help"
            try atMost(1)
            if let topic = arguments.first, !commandNames.contains(topic) {
                throw AccordError.unknownCommand(
                    topic, suggestion: EditDistance.closest(to: topic, in: commandNames, maxDistance: max(2, topic.count / 2)))
            }
            return .help(topic: arguments.first)
        }
    }
}

/// Option values collected during parsing; the last occurrence of an option wins. (A handful of
/// entries searched from the end: no dictionary, whose `String: Hashable` lookup every run would pay.)
struct OptionValues {
    /// One option as given: its long name, how it was spelled, its value (nil for a flag).
    struct Given {
        let name: String
        let spelled: String
        let value: String?
    }

    private let given: [Given]

    init(_ given: [Given]) { self.given = given }

    func has(_ name: String) -> Bool { given.contains { $0.name == name } }
    func value(_ name: String) -> String? { given.last { $0.name == name }?.value }

    func nonEmpty(_ name: String) throws -> String? {
        guard let value = value(name) else { return nil }
        if value.trimmingSpaces().isEmpty {
            throw AccordError.invalidValue(option: name, value: value, expected: "a non-empty value")
        }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let raw = value(name) else { return fallback }
        if let choice = T(rawValue: raw.lowercased()) { return choice }
        let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw AccordError.invalidValue(option: name, value: raw, expected: "one of \(expected)")
    }

    func speed() throws -> Double? {
        guard let raw = value("--speed") else { return nil }
        guard let speed = Double(raw), speed.isFinite, speed > 0 else {
            throw AccordError.invalidValue(option: "--speed", value: raw, expected: "a positive number such as 2 or 0.5")
        }
        return speed
    }

    func date(_ name: String) throws -> String? {
        guard let raw = value(name) else { return nil }
        guard CalendarDate.isValid(raw) else {
            throw AccordError.invalidValue(option: name, value: raw, expected: "a date YYYY-MM-DD")
        }
        return raw
    }
}

/// Validation of `YYYY-MM-DD` dates without Foundation calendars.
enum CalendarDate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
