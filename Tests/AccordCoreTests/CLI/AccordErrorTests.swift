import Testing

@testable import AccordCore

@Suite("Errors and exit codes")
struct AccordErrorTests {
    @Test func exitCodesFollowTheContract() {
        #expect(ExitCode.ok.rawValue == 0)
        #expect(ExitCode.findings.rawValue == 1)
        #expect(ExitCode.failure.rawValue == 2)
        #expect(ExitCode.usage.rawValue == 64)
        #expect(ExitCode.dataError.rawValue == 65)
        #expect(ExitCode.cantCreate.rawValue == 73)
        #expect(ExitCode.ioError.rawValue == 74)
        #expect(ExitCode.tempFailure.rawValue == 75)
        #expect(ExitCode.interrupted.rawValue == 130)
    }

    @Test func notAvailableIsAFailureWithoutUsageHint() {
        let error = AccordError.notAvailable(command: "list")
        #expect(error.exitCode == .failure)
        #expect(error.report == "accord: 'list' is not available yet\n")
    }

    @Test func messagesNeutraliseEscapes() {
        let error = AccordError.unknownCommand("\u{1B}[31mx", suggestion: nil)
        #expect(!error.report.contains("\u{1B}"))
    }
}
