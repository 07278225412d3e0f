import Foundation
import Testing

@testable import AccordCore

@Test func eventRoundTripsThroughJSON() throws {
    let record = EventRecord(seq: 1, at: "2026-11-22T10:00:00Z", batch: 1, event: .answer(speaker: .sales, text: "héllo\u{1b}[31m"))
    let data = try JSONEncoder().encode(record)
    let back = try JSONDecoder().decode(EventRecord.self, from: data)
    #expect(back == record)
}
