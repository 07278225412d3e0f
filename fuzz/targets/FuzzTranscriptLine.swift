import Foundation

/// One transcript record line through every decoding path — the fast decoder, the plain
/// `JSONDecoder` path, and the codec that chooses between them — and, when accepted, back through
/// both encoders. The paths must agree: the fast decoder may only accept what `JSONDecoder`
/// accepts, with the same value; the outline reading (`RecordDetail.outline`) accepts the same
/// lines with the value outlined; the fast encoder must write `JSONEncoder`'s bytes.
enum FuzzTranscriptLine {
    static let decoder = JSONDecoder()
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let codec = EventLineCodec()
        let plain = try? decoder.decode(TranscriptRecordLine.self, from: Data(bytes))
        if let fast = FastRecordDecoder.decodeFramed(bytes) {
            guard let plain else { preconditionFailure("the fast decoder accepted a line JSONDecoder rejects") }
            precondition(plain.record == fast.record && plain.group == fast.group, "the fast decoder read a line differently")
        }
        // The template of the writer's own bytes accepts only what the key-by-key reading accepts.
        for detail in [RecordDetail.full, .outline, .commitments] {
            if let template = FastRecordDecoder.canonical(bytes, detail: detail) {
                let any = FastRecordDecoder.keyByKey(bytes, outline: detail == .outline)
                precondition(
                    any?.record.kept(at: detail) == template.record && any?.group == template.group, "the template read a line differently")
            }
        }
        // The outline (what a cold `list` reads) and the commitments' reading (a cold `commitments`)
        // accept exactly the same lines, with the full value reduced; their fast paths accept nothing
        // the full fast path leaves to JSONDecoder.
        let full = try? codec.decodeLine(bytes)
        for detail in [RecordDetail.outline, .commitments] {
            if let reducedFast = FastRecordDecoder.decodeFramed(bytes, detail: detail) {
                guard let fast = FastRecordDecoder.decodeFramed(bytes) else {
                    preconditionFailure("a reduced fast path accepted a line the full one leaves to JSONDecoder")
                }
                precondition(
                    reducedFast.record == fast.record.kept(at: detail) && reducedFast.group == fast.group,
                    "a reduced fast path read a line differently")
            }
            let reduced = try? codec.decodeLine(bytes, detail: detail)
            precondition((reduced == nil) == (full == nil), "the \(detail) reading and the full one disagree on a line")
            if let reduced, let full {
                precondition(
                    reduced.record == full.record.kept(at: detail) && reduced.group == full.group,
                    "the \(detail) reading is not the full record reduced")
            }
        }
        guard let line = full else { return }
        let canonical = try! encoder.encode(TranscriptRecordLine(line.record, group: line.group))
        var fast: [UInt8] = []
        if FastRecordEncoder.append(line.record, group: line.group, to: &fast) {
            precondition(fast == Array(canonical), "the fast encoder wrote other bytes than JSONEncoder")
        }
        let again = try! canonical.withUnsafeBytes { try codec.decodeLine($0) }
        precondition(again.record == line.record && again.group == line.group, "a record did not survive encode + decode")
    }
}
