import Foundation

@testable import AccordCore

/// A fresh temporary directory per test, removed on deinit.
final class TempDir {
    let url: URL
    init() {
        url = TestScratch.url("accord-transcript-tests")
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

enum Fixture {
    static let playbook = Playbook(
        id: "goals", title: "Co-create shared goals", purpose: "Why.",
        steps: [Step(title: "Goals", prompt: "What / why?", capture: .goal, agree: true)],
        source: "built-in:goals.md", contentHash: "abcdef0123456789")

    static func header(_ id: String, title: String? = "Q3 plan") -> SessionHeader {
        SessionHeader(
            id: id, playbook: playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
            title: title, started: "2026-11-22T10:00:00Z")
    }

    static func record(_ seq: Int, _ event: Event, batch: Int = 1) -> EventRecord {
        EventRecord(seq: seq, at: "2026-11-22T10:00:\(String(format: "%02d", seq % 60))Z", batch: batch, event: event)
    }

    /// One record of every event type.
    static var allEvents: [EventRecord] {
        let events: [Event] = [
            .stepStarted(index: 0),
            .answer(speaker: .sales, text: "line one\nline two \u{1b}[31mred\u{1b}[0m / \\ \"q\" \t é 😀 \u{FFFD}"),
            .itemProposed(id: "g1", kind: .goal, by: .sales, text: "Win rate", fields: ["owner": "Dana", "due": "2026-12-31"]),
            .fieldSet(item: "g1", field: "target", value: "25%"),
            .agreed(item: "g1", by: .sales),
            .agreed(item: "g1", by: .marketing),
            .declined(item: "g2", by: .marketing, reason: "later"),
            .parked(item: nil, by: .sales, text: "Scoring"),
            .parked(item: "g3", by: .marketing, text: "Needs data"),
            .refused(speaker: .sales, message: "Only one Accountable"),
            .followUp(speaker: .marketing, question: "By when?"),
            .note(by: .sales, text: "note"),
            .handover(to: .marketing),
            .turnEnded(speaker: .marketing),
            .skipped(index: 1),
            .undo,
            .coachFlag(speaker: .sales, original: "They never call", reason: "blame", suggestion: "What could I do?"),
            .coachChoice(speaker: .sales, choice: .rephrase),
            .recap(commitments: [
                RecapItem(ref: "20261101-090000-abcdef/a1", text: "Send names", owner: "Lee", due: "2026-12-01", status: .open)
            ]),
            .commitmentUpdated(ref: "20261101-090000-abcdef#a1", status: .done, note: "", due: nil),
            .commitmentUpdated(ref: "x#a2", status: .slipped, note: "waiting", due: "2027-01-15"),
            .paused(reason: "eof"),
            .resumed,
            .completed,
        ]
        return events.enumerated().map { record($0.offset + 1, $0.element, batch: $0.offset) }
    }

    static func appendBytes(_ bytes: [UInt8], to url: URL) throws {
        let h = try FileHandle(forWritingTo: url)
        try h.seekToEnd()
        try h.write(contentsOf: Data(bytes))
        try h.close()
    }

    static func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
}
