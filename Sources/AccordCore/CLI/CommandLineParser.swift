/// Hand-written parser for Accord's command line (see PRODUCT.md, "Command line").
///
/// Options may come before or after the subcommand, as `--opt VALUE` or `--opt=VALUE`; `--` ends
/// options; `-` is an ordinary argument (standard input for `lint`).
public struct CommandLineParser: Sendable {
    /// An option Accord knows, and whether it takes a value.
    public struct OptionSpec: Sendable, Equatable {
        public let name: String
        public let takesValue: Bool
        public let aliases: [String]
    }

    /// Every option, long form first.
    public static let options: [OptionSpec] = [
        .init(name: "--dir", takesValue: true, aliases: []),
        .init(name: "--prompts", takesValue: true, aliases: []),
        .init(name: "--color", takesValue: true, aliases: ["--colour"]),
        .init(name: "--help", takesValue: false, aliases: ["-h"]),
        .init(name: "--version", takesValue: false, aliases: ["-V"]),
        .init(name: "--sales", takesValue: true, aliases: []),
        .init(name: "--marketing", takesValue: true, aliases: []),
        .init(name: "--solo", takesValue: true, aliases: []),
        .init(name: "--title", takesValue: true, aliases: []),
        .init(name: "--json", takesValue: false, aliases: []),
        .init(name: "--speed", takesValue: true, aliases: []),
        .init(name: "--format", takesValue: true, aliases: []),
        .init(name: "--output", takesValue: true, aliases: ["-o"]),
        .init(name: "--open", takesValue: false, aliases: []),
        .init(name: "--overdue", takesValue: false, aliases: []),
        .init(name: "--done", takesValue: false, aliases: []),
        .init(name: "--all", takesValue: false, aliases: []),
        .init(name: "--owner", takesValue: true, aliases: []),
        .init(name: "--today", takesValue: true, aliases: []),
    ]

    /// Options every command accepts.
    public static let commonOptions: Set<String> = ["--dir", "--prompts", "--color", "--help", "--version"]

    /// The subcommands and the options each accepts besides the common ones.
    public static let commandOptions: [(name: String, options: Set<String>)] = [
        ("start", ["--sales", "--marketing", "--solo", "--title", "--today"]),
        ("resume", ["--today"]),
        ("list", ["--json"]),
        ("show", ["--json"]),
        ("replay", ["--speed"]),
        ("plan", ["--format", "--output"]),
        ("commitments", ["--open", "--overdue", "--done", "--all", "--owner", "--today", "--json"]),
        ("lint", ["--json"]),
        ("playbooks", ["--json"]),
        ("report", ["--json"]),
        ("help", []),
    ]

    /// Subcommand names, in help order.
    public static var commandNames: [String] { commandOptions.map(\.name) }

    private let arguments: [String]

    public init(_ arguments: [String]) { self.arguments = arguments }

    /// Parse into an `Invocation`; throws `AccordError` for usage mistakes.
    public func parse() throws -> Invocation {
        var positionals: [String] = []
        var given: [(name: String, spelled: String, value: String?)] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var spelled = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                spelled = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = Self.spec(for: spelled) else {
                let candidates = Self.options.map(\.name)
                throw AccordError.unknownOption(spelled, suggestion: EditDistance.closest(to: spelled, in: candidates))
            }
            if spec.takesValue {
                if let inlineValue {
                    given.append((spec.name, spelled, inlineValue))
                } else if index < arguments.count {
                    given.append((spec.name, spelled, arguments[index]))
                    index += 1
                } else {
                    throw AccordError.missingValue(option: spelled)
                }
            } else {
                if inlineValue != nil { throw AccordError.unexpectedValue(option: spelled) }
                given.append((spec.name, spelled, nil))
            }
        }

        // The command.
        let commandName = positionals.first
        if let commandName, !Self.commandNames.contains(commandName) {
            let limit = max(2, commandName.count / 2)
            throw AccordError.unknownCommand(commandName, suggestion: EditDistance.closest(to: commandName, in: Self.commandNames, maxDistance: limit))
        }
        let arguments = Array(positionals.dropFirst())
        let allowed = Self.commonOptions.union(commandName.flatMap { name in Self.commandOptions.first { $0.name == name }?.options } ?? [])
        for option in given where !allowed.contains(option.name) {
            throw AccordError.optionNotApplicable(option: option.spelled, command: commandName ?? "accord")
        }

        var values = OptionValues(given.map { ($0.name, $0.value) })
        let common = try CommonOptions(
            dir: values.nonEmpty("--dir"),
            prompts: values.nonEmpty("--prompts"),
            color: values.choice("--color", default: ColorChoice.auto)
        )
        if values.has("--help") {
            if commandName == "help" { return Invocation(command: .help(topic: nil), options: common) }
            return Invocation(command: .help(topic: commandName), options: common)
        }
        if values.has("--version") { return Invocation(command: .version, options: common) }
        guard let commandName else { return Invocation(command: .home, options: common) }
        let command = try Self.command(commandName, arguments: arguments, values: &values)
        return Invocation(command: command, options: common)
    }

    /// The spec for an option as spelled (long name or alias).
    public static func spec(for spelled: String) -> OptionSpec? {
        options.first { $0.name == spelled || $0.aliases.contains(spelled) }
    }
}
