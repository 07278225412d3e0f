import Foundation
import Testing

@testable import AccordCore

/// The example answer scripts in transcripts/examples run each built-in playbook end to end.
@Suite struct ExampleScriptTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func run(_ name: String, engine: SessionEngine = SessionEngine()) throws -> (SessionState, Harness, SessionRunner.Result) {
        let text = try String(contentsOf: Self.repo.appendingPathComponent("transcripts/examples/\(name).txt"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let playbook = try #require(BuiltinPlaybooks.parseAll().playbooks.first { $0.id == name })
        var h = Harness(playbook: playbook)
        let (state, result) = try h.run(lines, coach: engine)
        return (state, h, result)
    }

    @Test func goalsScriptCompletesWithJointGoalsAndAParkedOne() throws {
        let (state, h, result) = try run("goals")
        #expect(result == .completed, "\(h.text)")
        #expect(state.agreedItems.filter { $0.kind == .goal }.count == 3)
        #expect(state.parkedItems.count == 1)
        #expect(h.text.contains("Parking lot — open"))
    }

    @Test func rolesScriptCompletesWithAFullMatrixAndRefusesTheSecondAccountable() throws {
        let (state, h, result) = try run("roles")
        #expect(result == .completed, "\(h.text)")
        #expect(state.items.filter { $0.kind == .raci }.count == 9)
        #expect(h.text.contains("Only one side can be Accountable"))
    }
}
