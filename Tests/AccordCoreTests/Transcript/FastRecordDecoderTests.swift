import Foundation
import Testing

@testable import AccordCore

/// The fast decode path must give exactly what JSONDecoder gives, and leave to it whatever it
/// does not fully understand.
@Suite("Fast record decoder")
struct FastRecordDecoderTests {
    static let every: [Event] = [
        .stepStarted(index: 2), .answer(speaker: .sales, text: "Héllo \"quoted\" \\ / tab\there\nnew line 😀 \u{1}"),
        .itemProposed(id: "i1", kind: .goal, by: .marketing, text: "Raise win rate", fields: ["owner": "Dana", "due": "2026-03-01"]),
        .itemProposed(id: "i2", kind: .raci, by: .sales, text: "x", fields: [:]),
        .fieldSet(item: "i1", field: "target", value: "25%"), .agreed(item: "i1", by: .sales),
        .declined(item: "i1", by: .marketing, reason: "later"), .parked(item: nil, by: .sales, text: "topic"),
        .parked(item: "i3", by: .marketing, text: "t"), .refused(speaker: .sales, message: "m"),
        .followUp(speaker: .marketing, question: "q?"), .note(by: .sales, text: "n"), .handover(to: .marketing),
        .turnEnded(speaker: .sales), .skipped(index: 1), .undo,
        .coachFlag(speaker: .sales, original: "o", reason: "r", suggestion: "s"), .coachChoice(speaker: .sales, choice: .keep),
        .recap(commitments: [RecapItem(ref: "a/i1", text: "t", owner: "Dana", due: "2026-01-01", status: .open)]),
        .commitmentUpdated(ref: "a/i1", status: .slipped, note: "n", due: "2026-02-01"),
        .commitmentUpdated(ref: "a/i1", status: .done, note: "", due: nil),
        .paused(reason: "end of input"), .resumed, .completed,
    ]

    @Test func everyEventRoundTripsAndMatchesJSONDecoder() throws {
        let codec = EventLineCodec()
        for (n, event) in Self.every.enumerated() {
            let record = EventRecord(seq: n + 1, at: "2026-01-01T00:00:00Z", batch: n % 3, event: event)
            let line = try codec.encode(record)
            let slow = try JSONDecoder().decode(EventRecord.self, from: line)
            #expect(slow == record)
            let fast = line.withUnsafeBytes { FastRecordDecoder.decode($0) }
            #expect(fast == record)
            #expect(try codec.decode(line) == record)
        }
    }

    @Test func oddButValidJSONDecodesTheSameEitherWay() throws {
        let lines = [
            #" { "seq" : 1 , "at":"x", "batch":0, "event":{"parked":{"by":"sales","text":"t","item":null}} } "#,
            #"{"seq":2,"at":"\u00e9\ud83d\ude00","batch":0,"event":{"note":{"by":"sales","text":"a\/b"}}}"#,
            #"{"seq":3,"at":"x","batch":0,"event":{"resumed":{}}}"# + "\n",
            #"{"event" : { "commitmentUpdated" : {"due":null,"status":"done","ref":"a/i1","note":""} },"group":null,"batch":4,"seq":4,"at":"x"}"#,
            #"{"seq":5,"at":"x","batch":0,"event":{"recap":{"commitments":[]}}}"#,
        ]
        for text in lines {
            let data = Data(text.utf8)
            let fast = data.withUnsafeBytes { FastRecordDecoder.decode($0) }
            #expect(fast != nil)
            #expect(fast == (try JSONDecoder().decode(EventRecord.self, from: data)))
        }
    }

    @Test func anythingUnusualIsLeftToJSONDecoder() {
        let lines = [
            #"{"seq":1.0,"at":"x","batch":0,"event":{"resumed":{}}}"#,
            #"{"seq":1,"seq":2,"at":"x","batch":0,"event":{"resumed":{}}}"#,
            #"{"seq":01,"at":"x","batch":0,"event":{"resumed":{}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"resumed":{},"completed":{}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"answer":{"speaker":"boss","text":"t"}}}"#,
            #"{"seq":1,"at":"\ud800","batch":0,"event":{"resumed":{}}}"#,
            "{\"seq\":1,\"at\":\"a\u{1}b\",\"batch\":0,\"event\":{\"resumed\":{}}}",
            #"{"seq":1,"at":"x","batch":0,"event":{"resumed":{}}} x"#,
            // Keys it does not know, or written with escapes: JSONDecoder decides (tested below).
            #"{"seq":1,"at":"x","batch":0,"event":{"resumed":{}},"extra":[1,true,null]}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"note":{"by":"sales","text":"a","x":{}}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"resumed":{"x":1}}}"#,
            #"{"s\u0065q":1,"at":"x","batch":0,"event":{"resumed":{}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"answer":{"speaker":"s\u0061les","text":"t"}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"agreed":{"item":"i1","by":"sales","by":"sales"}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"itemProposed":{"id":"i1","kind":"goal","by":"sales","text":"t","fields":{"a":"1","a":"2"}}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"declined":{"item":null,"by":"sales","reason":"r"}}}"#,
            #"{"seq":1,"at":"x","batch":0,"event":{"resumed":{}}"#,
        ]
        let codec = EventLineCodec()
        for text in lines {
            let data = Data(text.utf8)
            #expect(data.withUnsafeBytes { FastRecordDecoder.decode($0) } == nil, "\(text)")
            // The codec then gives exactly what JSONDecoder gives.
            let plain = try? JSONDecoder().decode(TranscriptRecordLine.self, from: data)
            let chosen = try? data.withUnsafeBytes { try codec.decodeLine($0) }
            #expect(chosen?.record == plain?.record && chosen?.group == plain?.group, "\(text)")
        }
        var bad = Data(#"{"seq":1,"at":"x","batch":0,"event":{"note":{"by":"sales","text":""#.utf8)
        bad.append(contentsOf: [0xFF, 0xFE])
        bad.append(contentsOf: Data(#""}}}"#.utf8))
        #expect(bad.withUnsafeBytes { FastRecordDecoder.decode($0) } == nil)
    }
}
