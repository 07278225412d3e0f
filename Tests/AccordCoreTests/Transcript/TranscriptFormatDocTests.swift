import Foundation
import Testing

@testable import AccordCore

@Suite("Transcript format document")
struct TranscriptFormatDocTests {
    /// docs/transcript-format.md, found from this source file's location.
    static var docURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/transcript-format.md")
    }

    @Test func everyExampleLineInTheDocDecodesAndEveryEventIsShown() throws {
        let text = try String(contentsOf: Self.docURL, encoding: .utf8)
        let codec = EventLineCodec()
        var kinds = Set<String>()
        var headers = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("{\"accord\":") {
                _ = try codec.decodeHeader(Data(line.utf8))
                headers += 1
            } else if line.hasPrefix("{\"at\":") {
                let decoded = try Data(line.utf8).withUnsafeBytes { try codec.decodeLine($0) }
                let canonical = try codec.encodeLineBytes(
                    [decoded.record] + Array(repeating: decoded.record, count: max(0, (decoded.group ?? 1) - 1)))
                let first = canonical.split(separator: 0x0A).first.map { String(decoding: $0, as: UTF8.self) }
                #expect(first == String(line), "not canonical: \(line)")
                let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                kinds.formUnion((json["event"] as! [String: Any]).keys)
            }
        }
        #expect(headers >= 1)
        let all = Set(EventCase.allCases.map(\.rawValue))
        #expect(all.subtracting(kinds).isEmpty, "undocumented events: \(all.subtracting(kinds).sorted())")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCORD_PRINT_FORMAT"] == "1"))
    func printExamples() throws {
        let codec = EventLineCodec()
        print(String(decoding: try codec.encodeHeader(Fixture.header("20261122-100000-k3m9qa")), as: UTF8.self))
        for r in Fixture.allEvents { print(String(decoding: try codec.encode(r), as: UTF8.self)) }
    }
}
