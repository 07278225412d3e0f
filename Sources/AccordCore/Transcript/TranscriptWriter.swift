import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Appends events to one session's transcript, durably.
///
/// A class because it owns real shared state: an open file descriptor (`O_APPEND`) and the
/// session's lock. Each `append` writes all its lines with one `write()` and `fsync`s before it
/// returns, so an acknowledged answer survives `kill -9` or power loss. The cost of an append does
/// not depend on the length of the session.
public final class TranscriptWriter {
    /// The transcript file.
    public let url: URL
    /// The session id.
    public let id: String
    private var fd: Int32
    private let lock: TranscriptLock
    private let codec = EventLineCodec()
    /// The file size after the last complete line: where a failed append is rolled back to.
    private var size: off_t = 0
    /// Set when a failed append could not be rolled back: the writer refuses further appends.
    private var broken = false

    private init(url: URL, id: String, fd: Int32, lock: TranscriptLock) {
        self.url = url
        self.id = id
        self.fd = fd
        self.lock = lock
    }

    /// Creates a new transcript for `header` in `store` (which is created 0700 if missing): takes the
    /// lock, creates `<id>.jsonl` exclusively with mode 0600, writes the header line and makes file
    /// and directory entry durable. Throws `.exists` if the id is taken, `.locked` if held.
    public static func create(store: TranscriptStore, header: SessionHeader) throws -> TranscriptWriter {
        try store.prepare()
        let url = try store.url(for: header.id)
        let lock = try TranscriptLock.acquire(directory: store.directory, id: header.id)
        let path = url.path
        let fd: Int32
        var line = Data()
        do {
            fd = try PosixIO.open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL, 0o600)
        } catch AccordTranscriptError.io(_, _, let err) where err == EEXIST {
            lock.release()
            throw AccordTranscriptError.exists(id: header.id)
        } catch {
            lock.release()
            throw error
        }
        do {
            guard fchmod(fd, 0o600) == 0 else {
                throw AccordTranscriptError.io(path: path, operation: "fchmod", errno: errno)
            }
            line = try EventLineCodec().encodeHeader(header)
            line.append(0x0A)
            try PosixIO.writeAll(fd, line, path: path)
            try PosixIO.fsync(fd, path: path)
            try PosixIO.fsyncDirectory(store.directory.path)
        } catch {
            Glibc.close(fd)
            unlink(path)
            lock.release()
            throw error
        }
        let writer = TranscriptWriter(url: url, id: header.id, fd: fd, lock: lock)
        writer.size = off_t(line.count)
        return writer
    }

    /// Opens an existing transcript to resume it: takes the lock (sidecar `<id>.lock` next to the
    /// file), then repairs the tail if a crash left a last line without its newline — a line that
    /// is not a complete record is cut away (`ftruncate` to the last `\n`; the reader has already
    /// warned about it), a complete record just gets its newline. Complete lines are never rewritten.
    public static func open(existing url: URL) throws -> TranscriptWriter {
        let name = url.lastPathComponent
        guard name.hasSuffix("." + TranscriptFormat.fileExtension) else { throw AccordTranscriptError.invalidID(name) }
        let id = String(name.dropLast(TranscriptFormat.fileExtension.count + 1))
        guard SessionID.isSafe(id) else { throw AccordTranscriptError.invalidID(id) }
        let lock = try TranscriptLock.acquire(directory: url.deletingLastPathComponent(), id: id)
        let path = url.path
        let fd: Int32
        do {
            fd = try PosixIO.open(path, O_RDWR | O_APPEND)
        } catch AccordTranscriptError.io(_, _, let err) where err == ENOENT {
            lock.release()
            throw AccordTranscriptError.notFound(id)
        } catch {
            lock.release()
            throw error
        }
        // git does not keep modes: a transcript that came from a clone is 0644. Opening it for writing
        // tightens it back to owner-only (best effort: a file owned by someone else keeps its mode).
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & 0o077 != 0, info.st_uid == geteuid() { _ = fchmod(fd, 0o600) }
        let writer = TranscriptWriter(url: url, id: id, fd: fd, lock: lock)
        do {
            try writer.repairTail()
        } catch {
            writer.close()
            throw error
        }
        return writer
    }

    /// Makes the file end with `\n` (see `open(existing:)`). Reads only the incomplete tail.
    private func repairTail() throws {
        let path = url.path
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw AccordTranscriptError.io(path: path, operation: "fstat", errno: errno) }
        let size = Int(st.st_size)
        guard size > 0 else { throw AccordTranscriptError.badHeader(file: path, reason: "the file is empty") }
        self.size = off_t(size)
        if try PosixIO.pread(fd, offset: size - 1, count: 1, path: path) == [0x0A] { return }
        // Find the last newline, scanning backwards in chunks.
        var end = size
        var lastNewline = -1
        let chunk = 64 * 1024
        while end > 0 && lastNewline < 0 {
            let start = max(0, end - chunk)
            let bytes = try PosixIO.pread(fd, offset: start, count: end - start, path: path)
            if let i = bytes.lastIndex(of: 0x0A) { lastNewline = start + i }
            end = start
        }
        guard lastNewline >= 0 else {
            throw AccordTranscriptError.badHeader(file: path, reason: "the header line is incomplete")
        }
        let tail = try PosixIO.pread(fd, offset: lastNewline + 1, count: size - lastNewline - 1, path: path)
        if (try? codec.decode(Data(tail))) != nil {
            try PosixIO.writeAll(fd, Data([0x0A]), path: path)
            self.size = off_t(size + 1)
        } else {
            try truncate(to: off_t(lastNewline + 1))
        }
        try PosixIO.fsync(fd, path: path)
    }

    private func truncate(to length: off_t) throws {
        while ftruncate(fd, length) != 0 {
            if errno == EINTR { continue }
            throw AccordTranscriptError.io(path: url.path, operation: "ftruncate", errno: errno)
        }
        size = length
    }

    /// Appends `records`, one JSON line each, in a single `write()` (looping only on a partial
    /// write or `EINTR`), then `fsync`s: when this returns, the records are on disk.
    ///
    /// If the write or fsync fails (disk full, I/O error), the file is cut back to its last complete
    /// line so a half-written line can never sit in the middle of the transcript, and the error is
    /// thrown: nothing of this call counts as saved. Should even that fail, the writer refuses
    /// further appends.
    public func append(_ records: [EventRecord]) throws {
        guard !records.isEmpty else { return }
        guard fd >= 0 else { throw AccordTranscriptError.io(path: url.path, operation: "append (writer closed)", errno: EBADF) }
        guard !broken else { throw AccordTranscriptError.io(path: url.path, operation: "append (after an unrecoverable write error)", errno: EIO) }
        let data = try codec.encodeLineBytes(records)
        do {
            try data.withUnsafeBytes { try PosixIO.writeAll(fd, $0, path: url.path) }
            try PosixIO.fsync(fd, path: url.path)
        } catch {
            do {
                try truncate(to: size)
                try PosixIO.fsync(fd, path: url.path)
            } catch {
                broken = true
            }
            throw error
        }
        size += off_t(data.count)
    }

    /// Convenience for one record.
    public func append(_ record: EventRecord) throws { try append([record]) }

    /// Closes the file and releases the lock. Idempotent.
    public func close() {
        if fd >= 0 {
            Glibc.close(fd)
            fd = -1
        }
        lock.release()
    }

    deinit { close() }
}
