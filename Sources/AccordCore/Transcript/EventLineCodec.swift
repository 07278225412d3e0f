import Foundation

/// The first line of a transcript: `{"accord":1,"header":{…}}`.
///
/// The `accord` key marks the file as an Accord transcript and carries the format version, so a
/// reader can tell a transcript from any other JSON Lines file before decoding the header.
public struct HeaderLine: Sendable, Equatable, Codable {
    /// Transcript format version (currently 2: owners stored as participant references).
    public var accord: Int
    /// The session header.
    public var header: SessionHeader

    public init(header: SessionHeader) {
        self.accord = TranscriptFormat.version
        self.header = header
    }
}

/// Constants of the on-disk format (see docs/transcript-format.md).
public enum TranscriptFormat {
    /// The format version written in the header line.
    public static let version = 2
    /// Transcript file extension.
    public static let fileExtension = "jsonl"
}

/// Encodes and decodes transcript lines with one shared JSON configuration: sorted keys, no pretty
/// printing, `/` not escaped — so the same record always gives the same bytes.
///
/// Lines are returned **without** the trailing newline; JSON escapes newlines inside strings, so an
/// encoded line never contains a raw `\n`. Not shared across threads: make one codec per thread.
public final class EventLineCodec {
    private let encoder: JSONEncoder
    private let decoder: JSONDecoder

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        decoder = JSONDecoder()
    }

    /// One record as one JSON line (no trailing newline).
    public func encode(_ record: EventRecord) throws -> Data {
        try encoder.encode(record)
    }

    /// One record from one JSON line (a trailing newline is tolerated).
    public func decode(_ line: Data) throws -> EventRecord {
        // Fast path for well-formed lines; anything it does not fully understand goes to JSONDecoder.
        if let record = line.withUnsafeBytes({ FastRecordDecoder.decode($0) }) { return record }
        return try decoder.decode(EventRecord.self, from: line)
    }

    /// The header line (no trailing newline).
    public func encodeHeader(_ header: SessionHeader) throws -> Data {
        let line = HeaderLine(header: header)
        if let bytes = FastRecordEncoder.header(line) { return Data(bytes) }
        return try encoder.encode(line)
    }

    /// Decodes a header line, checking the `accord` format version.
    public func decodeHeader(_ line: Data) throws -> SessionHeader {
        let wrapped = try decoder.decode(HeaderLine.self, from: line)
        guard wrapped.accord >= 1 else { throw HeaderProblem.notTranscript }
        guard wrapped.accord <= TranscriptFormat.version else { throw HeaderProblem.newer(wrapped.accord) }
        return wrapped.header
    }

    /// Several records as newline-terminated lines in one buffer (what `append` writes at once).
    public func encodeLines(_ records: [EventRecord]) throws -> Data {
        Data(try encodeLineBytes(records))
    }

    /// `encodeLines` as bytes, without the copy into `Data` (what the writer hands to `write()`).
    func encodeLineBytes(_ records: [EventRecord]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 * records.count)
        for record in records {
            if !FastRecordEncoder.append(record, to: &out) { out.append(contentsOf: try encoder.encode(record)) }
            out.append(0x0A)
        }
        return out
    }

    enum HeaderProblem: Error, CustomStringConvertible {
        case notTranscript
        case newer(Int)
        var description: String {
            switch self {
            case .notTranscript: return "not an Accord transcript header"
            case let .newer(v): return "transcript format \(v) is newer than this accord understands (1); upgrade accord"
            }
        }
    }
}
