import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a transcript decoding only the lines that can affect commitments.
///
/// Each record line is `{"at":…,"batch":N,"event":{"<name>":…},"seq":N}` (sorted keys), so the
/// event's name sits right after the first `"event":{"`. Lines whose name is not in `wanted` are
/// skipped without JSON decoding — most lines (answers, notes, turns) never reach the decoder.
enum EventPrefilter {
    /// Event names that matter for commitments.
    static let wanted: Set<String> = ["itemProposed", "fieldSet", "agreed", "declined", "parked",
                                      "commitmentUpdated", "stepStarted", "completed", "recap", "itemEdited"]
    static let marker = Array("\"event\":{\"".utf8)

    /// Header and the wanted records; nil when unreadable, not a transcript, or damaged.
    static func read(url: URL, codec: EventLineCodec) -> (SessionHeader, [EventRecord])? {
        guard let fd = try? PosixIO.open(url.path, O_RDONLY) else { return nil }
        defer { close(fd) }
        guard let bytes = try? PosixIO.readAll(fd, path: url.path) else { return nil }
        return bytes.withUnsafeBufferPointer { buf -> (SessionHeader, [EventRecord])? in
            guard let nl = buf.firstIndex(of: 0x0A),
                  let header = try? codec.decodeHeader(Data(UnsafeBufferPointer(rebasing: buf[..<nl]))) else { return nil }
            let hasUndo = contains(buf, Array("\"event\":{\"undo\"".utf8))
            var records: [EventRecord] = []
            var start = nl + 1
            while start < buf.count {
                var stop = start
                while stop < buf.count && buf[stop] != 0x0A { stop += 1 }
                defer { start = stop + 1 }
                guard stop < buf.count else { break }  // an incomplete last line is ignored, as on resume
                let line = UnsafeBufferPointer(rebasing: buf[start..<stop])
                if !hasUndo, let name = eventName(line), !wanted.contains(name) { continue }
                guard let record = FastRecordDecoder.decode(UnsafeRawBufferPointer(line)) ?? (try? codec.decode(Data(line))) else { return nil }
                records.append(record)
            }
            return (header, records)
        }
    }

    /// The event name of a record line, read straight from the bytes.
    static func eventName(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard let at = find(marker, in: line) else { return nil }
        var end = at + marker.count
        let begin = end
        while end < line.count && line[end] != UInt8(ascii: "\"") { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: line[begin..<end]), as: UTF8.self)
    }

    static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard hay.count >= needle.count, let first = needle.first else { return nil }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        find(needle, in: hay) != nil
    }
}
