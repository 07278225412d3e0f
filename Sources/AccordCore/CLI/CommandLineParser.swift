/// Hand-written parser for Accord's command line (see PRODUCT.md, "Command line").
///
/// Options may come before or after the subcommand, as `--opt VALUE` or `--opt=VALUE`; `--` ends
/// options; `-` is an ordinary argument (standard input for `lint`).
public struct CommandLineParser: Sendable {
    /// An option Accord knows: whether it takes a value, what it is for, and (for closed sets)
    /// the values it accepts. Help, the man page and the completion scripts are built from these.
    public struct OptionSpec: Sendable, Equatable {
        /// The long name (`--dir`).
        public let name: String
        /// The placeholder for its value (`DIR`), nil for a flag.
        public let valueName: String?
        /// Other spellings (`-o`, `--colour`).
        public let aliases: [String]
        /// One line for help.
        public let summary: String
        /// The accepted values when they are a closed set (completion offers them).
        public let values: [String]

        /// True when the option needs a value.
        public var takesValue: Bool { valueName != nil }

        init(_ name: String, value valueName: String? = nil, aliases: [String] = [], values: [String] = [], _ summary: String) {
            self.name = name
            self.valueName = valueName
            self.aliases = aliases
            self.summary = summary
            self.values = values
        }

        /// `-o, --output FILE` as help shows it.
        public var synopsis: String {
            let names = (aliases.filter { !$0.hasPrefix("--") } + [name]).joined(separator: ", ")
            return valueName.map { names + " " + $0 } ?? names
        }
    }

    /// Every option, long form first.
    public static let options: [OptionSpec] = [
        .init("--dir", value: "DIR", "the transcript store (how it is found otherwise: accord help where)"),
        .init("--prompts", value: "DIR", "a folder of extra playbooks (default: $ACCORD_PROMPTS)"),
        .init(
            "--color", value: "WHEN", aliases: ["--colour"], values: ColorChoice.allCases.map { $0.rawValue },
            "colour: auto (honours NO_COLOR and the terminal), always or never"),
        .init("--today", value: "DATE", "take DATE (YYYY-MM-DD) as today (default: $ACCORD_TODAY, else the clock)"),
        .init("--help", aliases: ["-h"], "show help"),
        .init("--version", aliases: ["-V"], "show the version"),
        .init("--sales", value: "NAME", "the Sales lead's name"),
        .init("--marketing", value: "NAME", "the Marketing lead's name"),
        .init("--solo", value: "NAME", "prepare alone (the plan is then a draft)"),
        .init("--title", value: "TEXT", "a title for the session"),
        .init("--json", "print JSON instead of text"),
        .init("--csv", "print CSV instead of a table"),
        .init("--speed", value: "N", "play back by itself, N times faster than it happened"),
        .init("--format", value: "FORMAT", values: PlanFormat.allCases.map { $0.rawValue }, "the output format"),
        .init("--output", value: "FILE", aliases: ["-o"], "write to FILE (readable by you only) instead of standard output"),
        .init("--open", "open commitments (the default)"),
        .init("--overdue", "open commitments past their due date"),
        .init("--done", "commitments marked done"),
        .init("--all", "every commitment"),
        .init("--owner", value: "NAME", "only this owner's commitments"),
        .init("--playbook", value: "PLAYBOOK", "only sessions of this playbook"),
        .init("--since", value: "DATE", "only sessions started on or after DATE (YYYY-MM-DD)"),
    ]

    /// Options every command accepts. (Arrays, not sets, here and in `CommandTable`: a `Set` costs
    /// every run, `--version` included, a lookup of `String: Hashable` in the binary's conformance
    /// records; see docs/performance.md.)
    public static let commonOptions: [String] = ["--dir", "--prompts", "--color", "--today", "--help", "--version"]

    /// Subcommand names, in help order.
    public static var commandNames: [String] { CommandTable.all.map { $0.name } }

    private let arguments: [String]

    public init(_ arguments: [String]) { self.arguments = arguments }

    /// Parse into an `Invocation`; throws `AccordError` for usage mistakes.
    public func parse() throws -> Invocation {
        var positionals: [String] = []
        var given: [OptionValues.Given] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var spelled = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                spelled = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = Self.spec(for: spelled) else {
                let candidates = Self.options.map { $0.name }
                throw AccordError.unknownOption(spelled, suggestion: EditDistance.closest(to: spelled, in: candidates))
            }
            if spec.takesValue {
                if let inlineValue {
                    given.append(.init(name: spec.name, spelled: spelled, value: inlineValue))
                } else if index < arguments.count {
                    given.append(.init(name: spec.name, spelled: spelled, value: arguments[index]))
                    index += 1
                } else {
                    throw AccordError.missingValue(option: spelled)
                }
            } else {
                if inlineValue != nil { throw AccordError.unexpectedValue(option: spelled) }
                given.append(.init(name: spec.name, spelled: spelled, value: nil))
            }
        }

        // The command.
        let commandName = positionals.first
        if let commandName, !Self.commandNames.contains(commandName) {
            let limit = max(2, commandName.count / 2)
            throw AccordError.unknownCommand(
                commandName, suggestion: EditDistance.closest(to: commandName, in: Self.commandNames, maxDistance: limit))
        }
        let arguments = Array(positionals.dropFirst())
        let commandOptions = commandName.flatMap { CommandTable.spec($0)?.options } ?? []
        for option in given where !Self.commonOptions.contains(option.name) && !commandOptions.contains(option.name) {
            throw AccordError.optionNotApplicable(option: option.spelled, command: commandName ?? "accord")
        }

        var values = OptionValues(given)
        let common = try CommonOptions(
            dir: values.nonEmpty("--dir"),
            prompts: values.nonEmpty("--prompts"),
            color: values.choice("--color", default: ColorChoice.auto),
            today: values.date("--today")
        )
        if values.has("--help") {
            if commandName == "help" { return Invocation(command: .help(topic: nil), options: common) }
            return Invocation(command: .help(topic: commandName), options: common)
        }
        if values.has("--version") || commandName == "version" {
            if commandName == "version", let extra = arguments.first {
                throw AccordError.unexpectedArgument(command: "version", argument: extra)
            }
            return Invocation(command: .version, options: common)
        }
        guard let commandName else { return Invocation(command: .home, options: common) }
        let command = try Self.command(commandName, arguments: arguments, values: &values)
        return Invocation(command: command, options: common)
    }

    /// The spec for an option as spelled (long name or alias).
    public static func spec(for spelled: String) -> OptionSpec? {
        options.first { $0.name == spelled || $0.aliases.contains(spelled) }
    }
}
