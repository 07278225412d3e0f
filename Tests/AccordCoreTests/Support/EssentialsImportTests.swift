import Foundation
import Testing

/// The shipped code imports only FoundationEssentials where it exists (Linux): one file importing
/// Foundation itself links the whole of the corelibs, CoreFoundation and ICU into the binary again
/// (docs/performance.md, "Start-up"). The tests and the tools that are not shipped may import it.
@Suite("Essentials import")
struct EssentialsImportTests {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func shippedSourcesImportFoundationOnlyWhereEssentialsIsMissing() throws {
        var checked = 0
        for folder in ["Sources/AccordCore", "Sources/accord"] {
            let base = Self.repoRoot.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(atPath: base.path)).compactMap { $0 as? String }.filter {
                $0.hasSuffix(".swift")
            }
            for file in files {
                let lines = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
                for (i, line) in lines.enumerated()
                where line.trimmingCharacters(in: .whitespaces).hasPrefix("import Foundation")
                    || line.contains("import Foundation ") || line.hasSuffix("import Foundation")
                {
                    guard !line.contains("FoundationEssentials") else { continue }
                    let guarded =
                        i >= 3 && lines[i - 1].trimmingCharacters(in: .whitespaces) == "#else"
                        && lines[i - 3].trimmingCharacters(in: .whitespaces) == "#if canImport(FoundationEssentials)"
                    #expect(guarded, "\(folder)/\(file):\(i + 1) imports Foundation outside `#if canImport(FoundationEssentials) … #else`")
                }
                // Without ICU a named time zone does not exist: `TimeZone(identifier: "UTC")` is nil in the
                // binary (while the tests, linked with Foundation, find it). Use `TimeZone(secondsFromGMT: 0)`.
                for (i, line) in lines.enumerated()
                where line.contains("TimeZone(identifier:") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    Issue.record("\(folder)/\(file):\(i + 1) names a time zone, which needs ICU")
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }
}
