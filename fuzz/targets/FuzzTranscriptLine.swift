import Foundation

/// One transcript record line through every decoding path — the fast decoder, the plain
/// `JSONDecoder` path, and the codec that chooses between them — and, when accepted, back through
/// both encoders. The paths must agree: the fast decoder may only accept what `JSONDecoder`
/// accepts, with the same value; the fast encoder must write `JSONEncoder`'s bytes.
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
        guard let line = try? codec.decodeLine(bytes) else { return }
        let canonical = try! encoder.encode(TranscriptRecordLine(line.record, group: line.group))
        var fast: [UInt8] = []
        if FastRecordEncoder.append(line.record, group: line.group, to: &fast) {
            precondition(fast == Array(canonical), "the fast encoder wrote other bytes than JSONEncoder")
        }
        let again = try! canonical.withUnsafeBytes { try codec.decodeLine($0) }
        precondition(again.record == line.record && again.group == line.group, "a record did not survive encode + decode")
    }
}
