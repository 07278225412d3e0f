import Foundation
import Testing
@testable import AccordCore

/// The hand-written record encoder must give JSONEncoder's bytes, or step aside.
@Suite struct FastRecordEncoderTests {
    static let texts = ["", "plain", "quote \" and back\\slash", "a/b // c", "naïve café — “quotes” 🙂", "tab\there", "new\nline",
                        "\u{7F} del \u{85} nel \u{2028} ls \u{2029} ps", "\u{1B}[31m", "e\u{301}", "\u{0}"]

    static var events: [Event] {
        var out: [Event] = [.undo, .resumed, .completed, .stepStarted(index: 0), .stepStarted(index: -3), .skipped(index: 12),
                            .recap(commitments: [RecapItem(ref: "a/i1", text: "t", owner: "o", due: "2026-01-01", status: .open)]),
                            .itemProposed(id: "i1", kind: .goal, by: .sales, text: "x", fields: ["owner": "Dana", "due": "2026-01-01"])]
        for t in texts {
            for r in Role.allCases {
                out += [.answer(speaker: r, text: t), .fieldSet(item: "i\(t)", field: t, value: t), .agreed(item: t, by: r),
                        .declined(item: t, by: r, reason: t), .parked(item: t, by: r, text: t), .parked(item: nil, by: r, text: t),
                        .refused(speaker: r, message: t), .followUp(speaker: r, question: t), .note(by: r, text: t),
                        .handover(to: r), .turnEnded(speaker: r),
                        .coachFlag(speaker: r, original: t, reason: t, suggestion: t), .coachChoice(speaker: r, choice: .keep), .coachChoice(speaker: r, choice: .rephrase),
                        .commitmentUpdated(ref: t, status: .done, note: t, due: nil),
                        .commitmentUpdated(ref: t, status: .slipped, note: t, due: t), .paused(reason: t)]
            }
        }
        return out
    }

    @Test func sameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var fast = 0
        for (i, event) in Self.events.enumerated() {
            for at in ["2026-11-22T10:00:00Z", "x\"/y"] {
                let record = EventRecord(seq: i + 1, at: at, batch: i % 3 == 0 ? 0 : -i, event: event)
                let expected = try encoder.encode(record)
                var out: [UInt8] = [1, 2]
                if FastRecordEncoder.append(record, to: &out) {
                    fast += 1
                    #expect(Data(out.dropFirst(2)) == expected, "\(String(decoding: expected, as: UTF8.self))")
                } else {
                    #expect(out == [1, 2])
                }
                #expect(try EventLineCodec().encodeLines([record, record]) == expected + Data([0x0A]) + expected + Data([0x0A]))
            }
        }
        #expect(fast > Self.events.count)
    }
}

@Suite struct FastHeaderEncoderTests {
    @Test func sameBytesAsJSONEncoderForEveryBuiltinAndOddValues() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var playbooks = BuiltinPlaybooks.parseAll().playbooks
        playbooks.append(Playbook(id: "x/y", title: "T \"q\" \\ é", purpose: "tab\t nl\n cr\r 🙂", steps: [
            Step(title: "s", prompt: "p", who: .either, capture: .raci, agree: true, coach: true, activities: ["a", "b/c"], line: 7, show: .plan, plan: PlanStepKey(declaring: "goals")),
            Step(title: "", prompt: "", activities: []),
        ], source: "", contentHash: "", recap: true))
        playbooks.append(Playbook(id: "ctl", title: "\u{1}", purpose: "", steps: []))
        var fast = 0
        for p in playbooks {
            for (participants, title) in [(Participants(sales: "Avery", marketing: "Blake"), nil as String?),
                                          (Participants(solo: "Zoë \"Z\""), "Q3 / plan\n")] {
                let line = HeaderLine(header: SessionHeader(id: "20261122-101010-abcdef", playbook: p, participants: participants,
                                                            title: title, started: "2026-11-22T10:10:10Z"))
                let expected = try encoder.encode(line)
                if let bytes = FastRecordEncoder.header(line) {
                    fast += 1
                    #expect(Data(bytes) == expected, "\(String(decoding: expected.prefix(300), as: UTF8.self))")
                }
                #expect(try EventLineCodec().encodeHeader(line.header) == expected)
            }
        }
        // Headers with record field definitions are left to JSONEncoder, as is the control character.
        let withRecords = playbooks.filter { $0.steps.contains { !$0.fields.isEmpty } }.count
        #expect(withRecords == 6)
        #expect(fast == 2 * (playbooks.count - 1 - withRecords))
    }
}
