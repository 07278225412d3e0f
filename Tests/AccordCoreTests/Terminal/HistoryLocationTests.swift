import Testing

@testable import AccordCore

@Suite("History location")
struct HistoryLocationTests {
    @Test func prefersXDGStateHome() {
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/accord/history")
        #expect(HistoryLocation.path(environment: ["HOME": "/h"]) == "/h/.local/state/accord/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/accord/history")
    }

    @Test func noHistoryTurnsItOff() {
        #expect(HistoryLocation.path(environment: ["HOME": "/h", "ACCORD_NOHISTORY": "1"]) == nil)
        #expect(HistoryLocation.path(environment: ["HOME": "/h", "ACCORD_NOHISTORY": "0"]) != nil)
    }

    @Test func skipsBlankAndConsecutiveDuplicates() {
        #expect(!HistoryLocation.shouldRemember("/help", after: "/help"))
        #expect(!HistoryLocation.shouldRemember("  ", after: nil))
        #expect(HistoryLocation.shouldRemember("/help", after: "/list"))
        #expect(HistoryLocation.limit == 1000)
    }
}
