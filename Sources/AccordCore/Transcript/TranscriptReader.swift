#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// A transcript as read from disk: its header, the records that could be read, and what was wrong.
public struct TranscriptFile: Sendable, Equatable {
    /// The file read.
    public var url: URL
    /// The session header (line 1).
    public var header: SessionHeader
    /// The records, in file order, up to the first corrupt line if any.
    public var records: [EventRecord]
    /// Tolerated problems, e.g. `<file>: last line is incomplete (crash mid-write?); ignoring it`.
    public var warnings: [String]
    /// `file:line: reason` for the first corrupt line before the end; nil when intact.
    public var damage: String?
    /// The length in bytes of the header and the complete writes read: what a resumed session keeps
    /// (a torn last write after it is cut away before appending).
    public var completeLength: Int = 0

    /// A damaged transcript can be shown but not resumed.
    public var isResumable: Bool { damage == nil }
}

/// Reads transcripts. Total over bytes: invalid UTF-8, NULs, huge lines and garbage never crash,
/// they become a warning (an incomplete last line) or `damage` (anything else after the header),
/// or a `badHeader` error when line 1 is not a transcript header.
public enum TranscriptReader {
    /// Reads the whole transcript at `url`.
    public static func read(url: URL) throws -> TranscriptFile {
        try read(url: url, codec: EventLineCodec())
    }

    /// `read(url:)` with a codec the caller reuses (one per thread).
    /// With `.outline`, the file's outline (`TranscriptFile.outline`): what `accord list` needs.
    static func read(url: URL, codec: EventLineCodec, detail: RecordDetail = .full) throws -> TranscriptFile {
        let path = url.path
        let fd = try PosixIO.openRegularForReading(path)
        defer { close(fd) }
        let bytes = try PosixIO.readAll(fd, path: path)
        return try parse(bytes, url: url, codec: codec, detail: detail)
    }

    /// Reads only the header line, from a bounded prefix of the file (64 KiB at first, growing
    /// only as far as the first newline; at most 16 MiB).
    public static func readHeader(url: URL) throws -> SessionHeader {
        let path = url.path
        let fd = try PosixIO.openRegularForReading(path)
        defer { close(fd) }
        var prefix: [UInt8] = []
        var chunk = 64 * 1024
        while prefix.count < 16 * 1024 * 1024 {
            let more = try PosixIO.pread(fd, offset: prefix.count, count: chunk, path: path)
            if let nl = more.firstIndex(of: 0x0A) {
                prefix.append(contentsOf: more[..<nl])
                return try decodeHeader(prefix[...], path: path, codec: EventLineCodec())
            }
            prefix.append(contentsOf: more)
            if more.count < chunk {
                throw AccordTranscriptError.badHeader(
                    file: path, reason: prefix.isEmpty ? "the file is empty" : "the header line is incomplete")
            }
            chunk *= 2
        }
        throw AccordTranscriptError.badHeader(file: path, reason: "the header line is too long")
    }

    /// Parses transcript bytes (exposed for tests and the store's summariser).
    ///
    /// Records come in writes: a line with `"group":N` opens a write of N lines, any other line is a
    /// write of its own. A write missing lines at the end of the file (a crash mid-write, which cannot
    /// have been acknowledged) is dropped whole, with a warning; so is an unterminated last line.
    ///
    /// With `.outline`, lines are validated the same way and the result is `TranscriptFile.outline`
    /// of the full reading: the records' outlines, the last keeping its `at`.
    static func parse(_ bytes: [UInt8], url: URL, codec: EventLineCodec, detail: RecordDetail = .full) throws -> TranscriptFile {
        let path = url.path
        guard let firstNewline = bytes.firstIndex(of: 0x0A) else {
            throw AccordTranscriptError.badHeader(file: path, reason: bytes.isEmpty ? "the file is empty" : "the header line is incomplete")
        }
        let header = try decodeHeader(bytes[..<firstNewline], path: path, codec: codec)
        var file = TranscriptFile(url: url, header: header, records: [], warnings: [], damage: nil)
        var start = firstNewline + 1
        file.completeLength = start
        var lineNumber = 1
        let end = bytes.count
        // The write being read: its first line number, where its records start, lines still to come.
        var open: (line: Int, firstRecord: Int, missing: Int)?
        // Outline: where the last record's line starts, and the last record's of a complete write
        // (its `at` is read again at the end: the one time `list` shows).
        var lastLine = 0
        var lastCompleteLine = 0
        bytes.withUnsafeBufferPointer { buf in
            while start < end {
                lineNumber += 1
                // `memchr` finds the newline many bytes at a time (a byte loop was a tenth of a cold `list`).
                guard let nl = memchr(buf.baseAddress! + start, 0x0A, end - start) else { break }  // unterminated: torn, handled below
                let stop = start + (UnsafeRawPointer(nl) - UnsafeRawPointer(buf.baseAddress! + start))
                let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buf[start..<stop]))
                let line: (record: EventRecord, group: Int?)
                do {
                    line = try codec.decodeLine(raw, detail: detail)
                } catch {
                    file.damage = "\(path):\(lineNumber): \(reason(for: raw, error: error))"
                    return
                }
                if let write = open {
                    guard line.group == nil else {
                        file.damage = "\(path):\(lineNumber): the write that began at line \(write.line) is cut short"
                        return
                    }
                    open = write.missing > 1 ? (write.line, write.firstRecord, write.missing - 1) : nil
                } else if let group = line.group {
                    open = (lineNumber, file.records.count, group - 1)
                }
                file.records.append(line.record)
                lastLine = start
                start = stop + 1
                if open == nil {
                    file.completeLength = start
                    lastCompleteLine = lastLine
                }
            }
        }
        if file.damage == nil, let write = open {
            file.records.removeSubrange(write.firstRecord...)
            file.warnings.append("\(path):\(write.line): the last write is incomplete (crash mid-write?); ignoring it")
            lastLine = lastCompleteLine
        } else if file.damage == nil, file.completeLength < end {
            file.warnings.append("\(path): last line is incomplete (crash mid-write?); ignoring it")
        }
        if detail == .outline, !file.records.isEmpty {
            // That line was decoded a moment ago (it ends with a newline): in full it decodes too.
            let stop = bytes[lastLine...].firstIndex(of: 0x0A) ?? end
            let full = bytes[lastLine..<stop].withUnsafeBytes { try? codec.decodeLine($0) }
            file.records[file.records.count - 1].at = full?.record.at ?? ""
        }
        return file
    }

    private static func decodeHeader(_ line: ArraySlice<UInt8>, path: String, codec: EventLineCodec) throws -> SessionHeader {
        do {
            return try codec.decodeHeader(Data(line))
        } catch let problem as EventLineCodec.HeaderProblem {
            throw AccordTranscriptError.badHeader(file: path, reason: problem.description)
        } catch {
            let why = line.withUnsafeBytes { reason(for: $0, error: error) }
            throw AccordTranscriptError.badHeader(file: path, reason: "not a transcript header (\(why))")
        }
    }

    /// A short, display-safe reason why a line is not a valid record.
    private static func reason(for line: UnsafeRawBufferPointer, error: Error) -> String {
        if let problem = error as? EventLineCodec.LineProblem { return problem.description }
        if line.isEmpty { return "empty line" }
        if line.contains(0) { return "contains a NUL byte" }
        if !isValidUTF8(line) { return "invalid UTF-8" }
        if !JSONSyntax.isValid(line) {
            return "not valid JSON"
        }
        return "not a valid event record"
    }
}

/// Whether `bytes` is well-formed UTF-8.
private func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var it = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&it) {
        case .scalarValue: continue
        case .emptyInput: return true
        case .error: return false
        }
    }
}
