import Foundation

/// The header line with its playbook snapshot: the fast path (`HeaderSplitDecoder`) may only accept
/// what `JSONDecoder` accepts, with the same value; decoded, and when accepted, encoded by the fast
/// header encoder and by `JSONEncoder` (same bytes) and decoded again (same header).
enum FuzzHeader {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        if let fast = HeaderSplitDecoder().decode(bytes) {
            let plain = try? JSONDecoder().decode(HeaderLine.self, from: Data(bytes))
            precondition(plain == fast, "the header fast path read a line differently from JSONDecoder")
        }
        let codec = EventLineCodec()
        guard let header = try? codec.decodeHeader(Data(bytes)) else { return }
        let encoded = try! codec.encodeHeader(header)
        precondition((try? codec.decodeHeader(encoded)) == header, "a header did not survive encode + decode")
        if let fast = FastRecordEncoder.header(HeaderLine(header: header)) {
            precondition(
                fast == Array(try! FuzzTranscriptLine.encoder.encode(HeaderLine(header: header))),
                "the fast header encoder wrote other bytes than JSONEncoder")
        }
        _ = SessionState.replay(header: header, records: [])
    }
}
