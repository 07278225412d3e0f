import Foundation
import Testing

/// `/search`, `/plan`, `/commitments` and `/lint` in the home shell, in a real terminal.
@Suite("Home shell store commands in a terminal", .serialized)
struct HomeStoreCommandsTests {
    @Test(.timeLimit(.minutes(2)))
    func searchPlanCommitmentsAndLintRunFromTheHomePrompt() throws {
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let session = try PTYSession(AccordBinary.path, environment: box.environment.merging(["NO_COLOR": "1"]) { $1 })
        try session.expectPrompt()
        session.send("/search webinar\r")
        try session.expect(" match")
        try session.expectPrompt()
        session.send("/plan\r")
        try session.expect("Dana")
        try session.expectPrompt()
        session.send("/commitments all\r")
        try session.expect("Dana (")
        try session.expectPrompt()
        session.send("/lint Marketing failed to send the list.\r")
        try session.expect("Try:")
        try session.expectPrompt()
        session.send("/quit\r")
        #expect(try session.waitForExit() == 0)
    }
}
