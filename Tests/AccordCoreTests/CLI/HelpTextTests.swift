import Foundation
import Testing

@testable import AccordCore

/// Help lists every option each command accepts, and every exit code from the one table.
@Suite("Help text")
struct HelpTextTests {
    /// True when the parser accepts `option` with `command` (value supplied when it takes one).
    private func accepts(_ command: String, _ option: CommandLineParser.OptionSpec) -> Bool {
        let value: [String]
        switch option.name {
        case "--color": value = ["never"]
        case "--format": value = ["html"]
        case "--today", "--since": value = ["2026-01-01"]
        case "--speed": value = ["2"]
        default: value = option.takesValue ? ["x"] : []
        }
        let arguments: [String]
        switch command {
        case "start": arguments = ["goals"]
        case "show", "replay": arguments = ["s"]
        case "search": arguments = ["word"]
        case "completions": arguments = ["bash"]
        default: arguments = []
        }
        do {
            _ = try Invocation.parse([command] + arguments + [option.name] + value)
            return true
        } catch let error as AccordError {
            if case .optionNotApplicable = error { return false }
            return true  // accepted; another rule (conflict, value) spoke
        } catch { return false }
    }

    @Test func eachCommandsHelpListsEveryOptionItAccepts() throws {
        for command in CommandTable.all {
            let help = try #require(HelpText.forCommand(command.name))
            for option in CommandLineParser.options where accepts(command.name, option) {
                #expect(help.contains(option.name), "'accord help \(command.name)' does not list \(option.name)")
            }
        }
    }

    @Test func mainHelpListsEveryCommandAndExitCode() {
        for command in CommandTable.all { #expect(HelpText.main.contains("  \(command.name)")) }
        for code in ExitCode.allCases { #expect(HelpText.main.contains("  \(code.rawValue) ") && HelpText.main.contains(code.meaning)) }
    }

    @Test func everyCommandHasHelp() {
        for name in CommandLineParser.commandNames { #expect(HelpText.forCommand(name) != nil) }
        #expect(HelpText.forCommand("nope") == nil)
    }
}

/// The README's exit-code table and command list match the code's tables.
@Suite("README contract")
struct ReadmeContractTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func listsEveryExitCodeFromTheTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        for code in ExitCode.allCases {
            #expect(text.contains("| \(code.rawValue) | \(code.meaning) |"), "README lacks exit code \(code.rawValue)")
        }
    }

    @Test func listsEveryCommand() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        for command in CommandTable.all { #expect(text.contains("accord \(command.name)"), "README lacks 'accord \(command.name)'") }
    }
}

/// Every command in the table parses to the `Command` of that name: a command added to one and
/// not the other fails here.
@Suite("Command registration")
struct CommandRegistrationTests {
    @Test func everyTableEntryParsesToItsCommand() throws {
        let sample: [String: [String]] = [
            "start": ["goals"], "show": ["s"], "replay": ["s"], "search": ["w"], "completions": ["bash"], "report": ["winloss"],
        ]
        for command in CommandTable.all {
            let parsed = try Invocation.parse([command.name] + (sample[command.name] ?? []))
            #expect(parsed.command.name == command.name)
        }
    }
}
