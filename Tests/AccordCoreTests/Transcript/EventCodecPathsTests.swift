import Foundation
import Testing

@testable import AccordCore

/// One codec definition per event: the synthesized `Codable` of `EventRecord` (through
/// `JSONEncoder`/`JSONDecoder`) is the definition, and every other path must agree with it byte for
/// byte (encoding) and value for value (decoding) on every sample of every `EventCase` — so a case
/// or field missing from a path fails here.
@Suite("Event codec paths")
struct EventCodecPathsTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    @Test(arguments: EventCase.allCases)
    func everyCaseHasSamplesOfItsOwnAndItsNameIsItsKey(kind: EventCase) throws {
        #expect(!kind.samples.isEmpty)
        for event in kind.samples {
            #expect(EventCase(event) == kind)
            let line = try Self.encoder.encode(EventRecord(seq: 1, at: "x", batch: 0, event: event))
            let json = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            #expect((json["event"] as? [String: Any])?.keys.sorted() == [kind.rawValue])
        }
    }

    @Test func everySampleEncodesToJSONEncodersBytesOnEveryPath() throws {
        let codec = EventLineCodec()
        var fastHandled = Set<EventCase>()
        for record in EventCase.allRecords {
            for group in [nil, 2, TranscriptFormat.largestGroup] as [Int?] {
                let canonical = Array(try Self.encoder.encode(TranscriptRecordLine(record, group: group)))
                var fast: [UInt8] = []
                if FastRecordEncoder.append(record, group: group, to: &fast) {
                    #expect(fast == canonical, "\(String(decoding: canonical, as: UTF8.self))")
                    fastHandled.insert(EventCase(record.event))
                } else {
                    #expect(fast.isEmpty, "a refused record leaves the buffer unchanged")
                }
            }
            // What the writer hands to write(): one line, or a group of several.
            #expect(try codec.encodeLineBytes([record]) == Array(try Self.encoder.encode(record)) + [0x0A])
            #expect(try codec.encode(record) == (try Self.encoder.encode(record)))
            let pair = try codec.encodeLineBytes([record, record])
            #expect(
                pair == Array(try Self.encoder.encode(TranscriptRecordLine(record, group: 2))) + [0x0A]
                    + Array(try Self.encoder.encode(record)) + [0x0A])
        }
        // The fast encoder is worth keeping only for what a session writes most.
        #expect(fastHandled.isSuperset(of: [.answer, .itemProposed, .stepStarted, .turnEnded, .agreed, .fieldSet, .paused, .resumed]))
    }

    /// Strings with the bytes that need an escape at every offset of the fast encoder's eight-byte
    /// blocks: the same bytes as JSONEncoder, and JSONEncoder is left the control characters.
    @Test func answerTextsWithEscapesAtEveryOffsetEncodeAsJSONEncoderDoes() throws {
        let pieces = ["a", "B", " ", "\"", "\\", "\n", "\r", "\t", "\u{7F}", "é", "—", "😀", "/", "~", "!"]
        let controls = ["\u{01}", "\u{1F}"]
        var rng = SystemRandomNumberGenerator()
        var fastCount = 0
        for length in 0..<40 {
            for n in 0..<60 {
                // One string in six may hold a control character that JSONEncoder escapes itself.
                let choices = n % 6 == 0 ? pieces + controls : pieces
                let text = (0..<length).map { _ in choices.randomElement(using: &rng)! }.joined()
                let record = EventRecord(seq: 3, at: "2026-01-01T00:00:00Z", batch: 1, event: .answer(speaker: .sales, text: text))
                var fast: [UInt8] = []
                let control = text.unicodeScalars.contains { $0.value < 0x20 && !["\n", "\r", "\t"].contains(Character($0)) }
                #expect(FastRecordEncoder.append(record, to: &fast) == !control, "\(text.debugDescription)")
                guard !control else { continue }
                #expect(fast == Array(try Self.encoder.encode(TranscriptRecordLine(record, group: nil))), "\(text.debugDescription)")
                fastCount += 1
            }
        }
        #expect(fastCount > 1_900)
    }

    @Test func everySampleDecodesToTheSameValueOnEveryPath() throws {
        let codec = EventLineCodec()
        let decoder = JSONDecoder()
        for record in EventCase.allRecords {
            for group in [nil, 3] as [Int?] {
                let line = try Self.encoder.encode(TranscriptRecordLine(record, group: group))
                let plain = try decoder.decode(TranscriptRecordLine.self, from: line)
                #expect(plain.record == record && plain.group == group)
                // Every case is read by the fast decoder (recap included): none is left to JSONDecoder.
                let fast = try #require(line.withUnsafeBytes({ FastRecordDecoder.decodeFramed($0) }), "\(record.event)")
                #expect(fast.record == record && fast.group == group)
                let chosen = try line.withUnsafeBytes { try codec.decodeLine($0) }
                #expect(chosen.record == record && chosen.group == group)
                #expect(try codec.decode(line) == record)
            }
        }
    }

    /// Headers with every optional field absent and present, every closed set, and hard strings.
    static var headers: [SessionHeader] {
        let t = EventCase.texts
        let steps = Answerer.allCases.enumerated().map { n, who in
            Step(
                title: t[n % t.count], prompt: t[(n + 1) % t.count], who: who, capture: Capture.allCases[n % Capture.allCases.count],
                agree: n % 2 == 0, coach: n % 3 == 0, activities: n == 0 ? [] : Array(t.prefix(n)), line: n * 7,
                show: n % 2 == 0 ? StepShow.allCases.first : nil, plan: n % 2 == 1 ? PlanStepKey(declaring: "a/é") : nil)
        }
        return [false, true].flatMap { recap in
            [nil, t[1], t[2]].map { title in
                SessionHeader(
                    id: "20261122-100000-k3m9qa",
                    playbook: Playbook(
                        id: "goals", title: t[3], purpose: t[1], steps: steps, source: "built-in:goals.md",
                        contentHash: "abcdef0123456789", recap: recap),
                    participants: Participants(sales: "Dana \u{1b}", marketing: "Lee/é"), title: title, started: "2026-11-22T10:00:00Z")
            }
        }
            + BuiltinPlaybooks.parseAll().playbooks.map {
                SessionHeader(
                    id: "20261122-100000-built0", playbook: $0, participants: Participants(sales: "Dana", marketing: "Lee"),
                    title: nil, started: "2026-11-22T10:00:00Z")
            } + [
                SessionHeader(
                    id: "20261122-100000-solo00", playbook: Playbook(id: "prep", title: "Prep", purpose: "", steps: []),
                    participants: Participants(solo: "Sam"), title: nil, started: "2026-11-22T10:00:00Z")
            ]
    }

    @Test func everyHeaderEncodesToJSONEncodersBytesAndDecodesBack() throws {
        let codec = EventLineCodec()
        var fastUsed = 0
        for header in Self.headers {
            let canonical = try Self.encoder.encode(HeaderLine(header: header))
            if let fast = FastRecordEncoder.header(HeaderLine(header: header)) {
                #expect(fast == Array(canonical))
                fastUsed += 1
            }
            #expect(try codec.encodeHeader(header) == canonical)
            #expect(try codec.decodeHeader(canonical) == header)
        }
        #expect(fastUsed > 0)
    }
}
