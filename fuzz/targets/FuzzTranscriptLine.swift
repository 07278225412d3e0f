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
        for outline in [false, true] {
            if let template = FastRecordDecoder.canonical(bytes, outline: outline) {
                let any = FastRecordDecoder.keyByKey(bytes, outline: outline)
                precondition(any?.record == template.record && any?.group == template.group, "the template read a line differently")
            }
        }
        // The outline (what a cold `list` reads) accepts exactly the same lines, with the full
        // value outlined; its fast path accepts nothing the full fast path leaves to JSONDecoder.
        if let fastOutline = FastRecordDecoder.decodeFramed(bytes, outline: true) {
            guard let fast = FastRecordDecoder.decodeFramed(bytes) else {
                preconditionFailure("the outline's fast path accepted a line the full one leaves to JSONDecoder")
            }
            precondition(
                fastOutline.record == fast.record.outline && fastOutline.group == fast.group,
                "the outline's fast path read a line differently")
        }
        let outline = try? codec.decodeLine(bytes, detail: .outline)
        guard let line = try? codec.decodeLine(bytes) else {
            precondition(outline == nil, "the outline accepted a line the full reading rejects")
            return
        }
        guard let outline else { preconditionFailure("the outline rejected a line the full reading accepts") }
        precondition(outline.record == line.record.outline && outline.group == line.group, "the outline is not the full record outlined")
        let canonical = try! encoder.encode(TranscriptRecordLine(line.record, group: line.group))
        var fast: [UInt8] = []
        if FastRecordEncoder.append(line.record, group: line.group, to: &fast) {
            precondition(fast == Array(canonical), "the fast encoder wrote other bytes than JSONEncoder")
        }
        let again = try! canonical.withUnsafeBytes { try codec.decodeLine($0) }
        precondition(again.record == line.record && again.group == line.group, "a record did not survive encode + decode")
    }
}
