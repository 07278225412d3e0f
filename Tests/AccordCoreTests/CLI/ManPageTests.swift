import Foundation
import Testing

@testable import AccordCore

/// `docs/accord.1` is generated from the tables `--help` uses, and renders cleanly.
@Suite("Man page")
struct ManPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let path = root.appendingPathComponent("docs/accord.1").path

    @Test func theCommittedPageIsTheGeneratedOne() throws {
        if ProcessInfo.processInfo.environment["ACCORD_WRITE_MAN_PAGE"] == "1" {
            try ManPage.text.write(toFile: Self.path, atomically: false, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(committed == ManPage.text, "docs/accord.1 is stale: ACCORD_WRITE_MAN_PAGE=1 swift test --filter ManPage")
    }

    @Test func coversEveryCommandOptionVariableFileAndExitCode() {
        let page = ManPage.text.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
            .replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: "\\fI", with: "")
        for command in CommandTable.all { #expect(page.contains("accord \(command.name)"), "\(command.name)") }
        for option in CommandLineParser.options {
            #expect(page.contains(option.name), "\(option.name)")
            for alias in option.aliases { #expect(page.contains(alias), "\(alias)") }
        }
        for variable in HelpText.environment { #expect(page.contains(variable.name)) }
        for file in HelpText.files { #expect(page.contains(file.path)) }
        for code in ExitCode.allCases { #expect(page.contains(".TP\n\(code.rawValue)\n\(code.meaning)"), "\(code)") }
    }

    @Test func manRendersItWithoutWarnings() throws {
        guard let man = ["/usr/bin/man", "/bin/man"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            // scripts/ensure-deps installs man-db; without it there is nothing to render with.
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: man)
        process.arguments = ["--warnings", "-E", "UTF-8", "-l", Self.path]
        process.environment = ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(text.contains("FINDING THE STORE"))
        #expect(text.contains("accord completions SHELL"))
    }
}
