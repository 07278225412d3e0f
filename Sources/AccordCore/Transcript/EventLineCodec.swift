#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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
    /// The largest `seq`, `batch` and `group` a line may hold (2^53 − 1, the integers every JSON
    /// reader keeps exactly). A line outside 0…this is damage, and the writer refuses to go past it,
    /// so arithmetic on stored numbers can never overflow.
    public static let largestNumber = 1 << 53 - 1
    /// The most records one write (one `group`) may hold.
    public static let largestGroup = 10_000
}

/// A record line as stored: the record's fields plus the line's framing key `group`, present on the
/// first line of a write of several records and holding how many lines that write has (see
/// docs/transcript-format.md, "Writes"). Keys are in `JSONEncoder`'s sorted order.
struct TranscriptRecordLine: Codable {
    var at: String
    var batch: Int
    var event: Event
    var group: Int?
    var seq: Int

    init(_ record: EventRecord, group: Int?) {
        at = record.at
        batch = record.batch
        event = record.event
        self.group = group
        seq = record.seq
    }

    var record: EventRecord { EventRecord(seq: seq, at: at, batch: batch, event: event) }
}

/// Encodes and decodes transcript lines with one shared JSON configuration: sorted keys, no pretty
/// printing, `/` not escaped — so the same record always gives the same bytes.
///
/// Lines are returned **without** the trailing newline; JSON escapes newlines inside strings, so an
/// encoded line never contains a raw `\n`. Not shared across threads: make one codec per thread.
public final class EventLineCodec {
    private let encoder: JSONEncoder
    private let decoder: JSONDecoder
    /// Decodes each distinct embedded playbook once (see `HeaderSplitDecoder`).
    private let headers = HeaderSplitDecoder()

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
        try line.withUnsafeBytes { try decodeLine($0) }.record
    }

    /// One record line and its `group` framing key; throws for anything that is not a valid line,
    /// including numbers outside 0…`TranscriptFormat.largestNumber` and an impossible `group`.
    /// At any other `detail`, the same lines are accepted and rejected, and the record is brought to
    /// that detail (`EventRecord.outline`, `EventRecord.forCommitments`).
    func decodeLine(_ bytes: UnsafeRawBufferPointer, detail: RecordDetail = .full) throws -> (record: EventRecord, group: Int?) {
        // Fast path for well-formed lines; anything it does not fully understand goes to JSONDecoder.
        let line: (record: EventRecord, group: Int?)
        if let fast = FastRecordDecoder.decodeFramed(bytes, detail: detail) {
            line = fast
        } else {
            let slow = try decoder.decode(TranscriptRecordLine.self, from: Data(bytes))
            line = (slow.record.kept(at: detail), slow.group)
        }
        let limit = TranscriptFormat.largestNumber
        guard (0...limit).contains(line.record.seq) else { throw LineProblem.outOfRange("seq") }
        guard (0...limit).contains(line.record.batch) else { throw LineProblem.outOfRange("batch") }
        if let group = line.group, !(2...TranscriptFormat.largestGroup).contains(group) { throw LineProblem.outOfRange("group") }
        switch line.record.event {
        case .stepStarted(let index), .skipped(let index):
            guard (0...limit).contains(index) else { throw LineProblem.outOfRange("index") }
        default: break
        }
        return line
    }

    /// The header line (no trailing newline).
    public func encodeHeader(_ header: SessionHeader) throws -> Data {
        let line = HeaderLine(header: header)
        if let bytes = FastRecordEncoder.header(line) { return Data(bytes) }
        return try encoder.encode(line)
    }

    /// Decodes a header line, checking the `accord` format version.
    public func decodeHeader(_ line: Data) throws -> SessionHeader {
        // Fast path for canonical header lines; anything else, errors included, goes to JSONDecoder.
        let wrapped = try line.withUnsafeBytes { headers.decode($0) } ?? decoder.decode(HeaderLine.self, from: line)
        guard wrapped.accord >= 1 else { throw HeaderProblem.notTranscript }
        guard wrapped.accord <= TranscriptFormat.version else { throw HeaderProblem.newer(wrapped.accord) }
        return wrapped.header
    }

    /// Why a line that parsed is still not a valid record.
    enum LineProblem: Error, CustomStringConvertible {
        case outOfRange(String)
        var description: String {
            switch self {
            case .outOfRange(let key): return "\(key) is out of range"
            }
        }
    }

    /// Several records as newline-terminated lines in one buffer (what `append` writes at once).
    public func encodeLines(_ records: [EventRecord]) throws -> Data {
        Data(try encodeLineBytes(records))
    }

    /// `encodeLines` as bytes, without the copy into `Data` (what the writer hands to `write()`).
    /// Several records form one write: the first line carries `"group":N` (see `TranscriptRecordLine`).
    func encodeLineBytes(_ records: [EventRecord]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 * records.count)
        for (i, record) in records.enumerated() {
            let group = i == 0 && records.count > 1 ? records.count : nil
            if !FastRecordEncoder.append(record, group: group, to: &out) {
                out.append(contentsOf: try encoder.encode(TranscriptRecordLine(record, group: group)))
            }
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
            case .newer(let v): return "transcript format \(v) is newer than this accord understands (1); upgrade accord"
            }
        }
    }
}
