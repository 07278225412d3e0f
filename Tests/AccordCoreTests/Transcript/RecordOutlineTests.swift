import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// The outline reading (`RecordDetail.outline`, what a cold `list` uses) against its definition:
/// the full reading, then `EventRecord.outline` / `TranscriptFile.outline`. The same lines must be
/// accepted and rejected, with the same values once outlined — on every sample of every event case,
/// on thousands of damaged lines, and on generated, damaged and torn files. The commitments'
/// reading (`RecordDetail.commitments`, what a cold `commitments` uses) is checked on the same lines
/// and files against `EventRecord.forCommitments` / `TranscriptFile.forCommitments`.
@Suite struct RecordOutlineTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// What happened to one line, for the tests to count.
    enum Outcome { case fastOutline, slowOutline, rejected }

    /// Checks one line at every detail (the outline and the commitments' reading against the full
    /// one); returns which path the outline took.
    @discardableResult
    static func agree(_ bytes: [UInt8], codec: EventLineCodec, _ context: String = "") -> Outcome {
        bytes.withUnsafeBytes { raw in
            // The template of the writer's own bytes accepts only what the key-by-key reading accepts,
            // with the same value, at every detail.
            for detail in [RecordDetail.full, .outline, .commitments] {
                if let template = FastRecordDecoder.canonical(raw, detail: detail) {
                    let any = FastRecordDecoder.keyByKey(raw, outline: detail == .outline)
                    #expect(any?.record.kept(at: detail) == template.record && any?.group == template.group, "\(detail) \(context)")
                }
            }
            let full = try? codec.decodeLine(raw)
            let fullFast = FastRecordDecoder.decodeFramed(raw)
            var outcome = Outcome.fastOutline
            for detail in [RecordDetail.outline, .commitments] {
                let reduced = try? codec.decodeLine(raw, detail: detail)
                #expect(
                    (full == nil) == (reduced == nil),
                    "accepted at one detail only: \(detail) \(context) \(String(decoding: bytes, as: UTF8.self))")
                if let full, let reduced {
                    #expect(reduced.record == full.record.kept(at: detail) && reduced.group == full.group, "\(detail) \(context)")
                }
                let fast = FastRecordDecoder.decodeFramed(raw, detail: detail)
                // A reduced fast path may give up where the full one does not, never the other way
                // round; the commitments' reading gives up exactly where the full one does.
                #expect(fast == nil || fullFast != nil, "\(detail) accepted a line the full fast path leaves to JSONDecoder: \(context)")
                if detail == .commitments { #expect((fast == nil) == (fullFast == nil), "\(context)") }
                if let fast, let fullFast {
                    #expect(fast.record == fullFast.record.kept(at: detail) && fast.group == fullFast.group, "\(detail) \(context)")
                }
                if detail == .outline, fast == nil { outcome = full == nil ? .rejected : .slowOutline }
            }
            return outcome
        }
    }

    static func line(_ record: EventRecord, group: Int? = nil) throws -> [UInt8] {
        Array(try encoder.encode(TranscriptRecordLine(record, group: group)))
    }

    @Test func everySampleOfEveryCaseIsOutlinedOnTheFastPath() throws {
        let codec = EventLineCodec()
        let templated: Set<EventCase> = [.answer, .itemProposed, .agreed, .turnEnded, .stepStarted]
        var seen = Set<EventCase>()
        for record in EventCase.allRecords {
            for group in [nil, 3] as [Int?] {
                let bytes = try Self.line(record, group: group)
                #expect(Self.agree(bytes, codec: codec, "\(record.event)") == .fastOutline, "\(record.event)")
                // The five commonest events, as the writer writes them, take the template.
                let template = bytes.withUnsafeBytes { FastRecordDecoder.canonical($0, detail: .outline) }
                #expect((template != nil) == templated.contains(EventCase(record.event)), "\(record.event)")
                let forCommitments = bytes.withUnsafeBytes { FastRecordDecoder.canonical($0, detail: .commitments) }
                #expect((forCommitments != nil) == (template != nil), "\(record.event)")
                if template != nil { seen.insert(EventCase(record.event)) }
            }
        }
        #expect(seen == templated)
    }

    /// The outline keeps what the list's counts read and nothing else.
    @Test func theOutlineKeepsIdsRolesAndNumbersOnly() {
        let r = EventRecord(
            seq: 4, at: "2026-11-22T10:00:00Z", batch: 2,
            event: .itemProposed(id: "a1", kind: .action, by: .marketing, text: "t", fields: ["owner": "Dana"]))
        #expect(
            r.outline
                == EventRecord(
                    seq: 4, at: "", batch: 2, event: .itemProposed(id: "a1", kind: .action, by: .marketing, text: "", fields: [:])))
        #expect(Event.parked(item: nil, by: .sales, text: "x").outline == .parked(item: nil, by: .sales, text: ""))
        #expect(Event.parked(item: "g1", by: .sales, text: "x").outline == .parked(item: "g1", by: .sales, text: ""))
        #expect(
            Event.commitmentUpdated(ref: "s/a1", status: .done, note: "n", due: "2027-01-01").outline
                == .commitmentUpdated(ref: "", status: .done, note: "", due: ""))
        #expect(
            Event.commitmentUpdated(ref: "s/a1", status: .done, note: "n", due: nil).outline
                == .commitmentUpdated(ref: "", status: .done, note: "", due: nil))
        for record in EventCase.allRecords {
            #expect(EventCase(record.event.outline) == EventCase(record.event))
            #expect(record.outline.outline == record.outline)
        }
    }

    /// Maps of fields: the outline checks plain keys for repeats itself and leaves any other key to
    /// the full reading.
    @Test func fieldsAreValidatedAsTheFullReadingDoes() throws {
        let codec = EventLineCodec()
        let maps = [
            #"{}"#, #"{"a":"1"}"#, #"{"a":"1","a":"2"}"#, #"{"a":"1","b":"2","a":"3"}"#, #"{"ab":"1","a":"2"}"#,
            #"{"é":"1","é":"2"}"#, "{\"\u{E9}\":\"1\",\"e\u{301}\":\"2\"}", #"{"\u0061":"1","a":"2"}"#, #"{"a\"b":"1"}"#,
            #"{"a":"\n","b":"é","c":"\ud83d\ude00"}"#, #"{"a":"\ud800"}"#, #"{"a":1}"#, #"{"a":"1",}"#, #"{"a" : "1" , "b":"2" }"#,
            #"{"1":"","2":"","3":"","4":"","5":"","6":"","7":"","8":""}"#,
            #"{"1":"","2":"","3":"","4":"","5":"","6":"","7":"","8":"","9":""}"#,
            #"{"1":"","2":"","3":"","4":"","5":"","6":"","7":"","8":"","1":""}"#, #"{"a":"x"#, #"{"a":null}"#,
        ]
        var outcomes: [Outcome] = []
        for map in maps {
            for event in ["itemProposed", "itemEdited"] {
                let payload =
                    event == "itemProposed"
                    ? #"{"by":"sales","fields":"# + map + #","id":"g1","kind":"goal","text":"t"}"#
                    : #"{"fields":"# + map + #","item":"g1","text":"t"}"#
                let text = #"{"at":"x","batch":1,"event":{""# + event + #"":"# + payload + #"},"seq":1}"#
                outcomes.append(Self.agree(Array(text.utf8), codec: codec, map))
            }
        }
        #expect(outcomes.contains(.fastOutline) && outcomes.contains(.slowOutline) && outcomes.contains(.rejected))
    }

    /// Damaged lines: bytes changed, cut, or hard text inserted anywhere in every sample line.
    @Test func damagedLinesAreAcceptedAndRejectedAsInFull() throws {
        let codec = EventLineCodec()
        var rng = SplitMix64(seed: 16)
        let bytes: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x20, 0x7F, 0x80, 0xC3, 0xA9, 0xED, 0xFF, 0x7B, 0x7D, 0x2C, 0x3A, 0x75, 0x6E, 0x31]
        let inserts = [#"\u00e9"#, #"\ud800"#, #"\ud83d\ude00"#, "é", "e\u{301}", "\u{1}", #"\""#, #"\\"#, #"\x"#, #"","a":"1"#, " ", "😀"]
        var count: [Outcome: Int] = [:]
        var templated = 0
        let lines = try EventCase.allRecords.flatMap { [try Self.line($0), try Self.line($0, group: 2)] }
        for (n, original) in lines.enumerated() {
            for _ in 0..<40 {
                var b = original
                let at = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 4 {
                case 0: b[at] = bytes[Int(rng.next() % UInt64(bytes.count))]
                case 1: b.removeSubrange(at...)
                case 2: b.insert(contentsOf: Array(inserts[Int(rng.next() % UInt64(inserts.count))].utf8), at: at)
                default:
                    // Inside a string value: just after a quote that opens one.
                    if let q = b[at...].firstIndex(of: 0x22) {
                        b.insert(contentsOf: Array(inserts[Int(rng.next() % UInt64(inserts.count))].utf8), at: q + 1)
                    }
                }
                count[Self.agree(b, codec: codec, "line \(n)"), default: 0] += 1
                if b.withUnsafeBytes({ FastRecordDecoder.canonical($0, detail: .outline) }) != nil { templated += 1 }
            }
        }
        // Each outcome is common enough for the comparison to mean something.
        #expect(
            count[.fastOutline, default: 0] > 1_000 && count[.slowOutline, default: 0] > 50 && count[.rejected, default: 0] > 1_000,
            "\(count)")
        #expect(templated > 150, "\(templated) damaged lines still matched the template")
    }

    /// Whole files, generated, then damaged and torn in every way the reader knows.
    @Test func filesAreTheFullReadingOutlined() throws {
        let dir = try SessionListTests.damagedStore(sessions: 90, seed: 9)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = SessionListTests.store(dir)
        let codec = EventLineCodec()
        var damaged = 0
        var torn = 0
        for id in try store.ids() {
            let url = try store.url(for: id)
            let bytes = Array(try Data(contentsOf: url))
            guard let full = try? TranscriptReader.parse(bytes, url: url, codec: codec) else {
                #expect(throws: (any Error).self) { try TranscriptReader.parse(bytes, url: url, codec: codec, detail: .outline) }
                #expect(throws: (any Error).self) { try TranscriptReader.parse(bytes, url: url, codec: codec, detail: .commitments) }
                continue
            }
            #expect(try TranscriptReader.parse(bytes, url: url, codec: codec, detail: .commitments) == full.forCommitments, "\(id)")
            let outline = try TranscriptReader.parse(bytes, url: url, codec: codec, detail: .outline)
            #expect(outline == full.outline, "\(id)")
            #expect(
                SessionSummary(file: outline, summarize: Workspace.summarize) == SessionSummary(file: full, summarize: Workspace.summarize))
            #expect(
                SessionSummary(file: outline, summarize: TranscriptStore.simpleSummary)
                    == SessionSummary(file: full, summarize: TranscriptStore.simpleSummary))
            if full.damage != nil { damaged += 1 }
            if !full.warnings.isEmpty { torn += 1 }
        }
        #expect(damaged > 5 && torn > 2, "\(damaged) damaged, \(torn) torn")
    }

    /// The last record's time comes from the right line when a torn write is dropped, or when the
    /// file is damaged inside a write.
    @Test func theLastTimeIsTheLastKeptRecords() throws {
        let codec = EventLineCodec()
        let url = URL(fileURLWithPath: "/x/20261122-100000-abcdef.jsonl")
        let header = Array(try codec.encodeHeader(Fixture.header("20261122-100000-abcdef"))) + [0x0A]
        func rec(_ seq: Int, _ at: String) -> EventRecord {
            EventRecord(seq: seq, at: at, batch: seq, event: .note(by: .sales, text: "n\(seq)"))
        }
        let one = try Self.line(rec(1, "t1")) + [0x0A]
        let two = try Self.line(rec(2, "t2")) + [0x0A]
        let groupOf3 = try Self.line(rec(3, "t3"), group: 3) + [0x0A] + Self.line(rec(4, "t4")) + [0x0A]
        let files: [(bytes: [UInt8], lastAt: String?)] = [
            (header, nil),
            (header + one, "t1"),
            (header + one + two, "t2"),
            (header + one + two + groupOf3, "t2"),  // a torn write of 3: dropped
            (header + groupOf3, nil),
            (header + one + two.dropLast(), "t1"),  // a torn last line
            (header + one + groupOf3 + Array("garbage\n".utf8), "t4"),  // damaged inside the write: kept up to it
            (header + one + Array("garbage\n".utf8) + two, "t1"),
        ]
        for (n, f) in files.enumerated() {
            let full = try TranscriptReader.parse(f.bytes, url: url, codec: codec)
            let outline = try TranscriptReader.parse(f.bytes, url: url, codec: codec, detail: .outline)
            #expect(outline == full.outline, "file \(n)")
            #expect(outline.records.last?.at == f.lastAt, "file \(n)")
        }
    }
}
