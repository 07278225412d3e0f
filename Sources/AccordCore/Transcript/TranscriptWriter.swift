#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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
    /// `url.path`, made once: `URL.path` builds a new `String` each time (about 4,000 instructions).
    private let path: String
    private let lock: TranscriptLock
    private let codec = EventLineCodec()
    /// The file size after the last complete line: where a failed append is rolled back to.
    private var size: off_t = 0
    /// Set when a failed append could not be rolled back: the writer refuses further appends.
    private var broken = false
    /// The file size before the last append, while it can still be withdrawn (`withdrawLast`).
    private var sizeBeforeLast: off_t?

    private init(url: URL, id: String, fd: Int32, lock: TranscriptLock) {
        self.url = url
        self.id = id
        self.path = url.path
        self.fd = fd
        self.lock = lock
    }

    /// The transcript as read when an existing session was opened (`open(existing:)`), after its
    /// torn last write, if any, was cut away; nil for a session this writer created.
    public private(set) var transcript: TranscriptFile?

    /// Creates a new transcript for `header` in `store` (which is created 0700 if missing): takes the
    /// lock, then makes `<id>.jsonl` appear complete or not at all — the header is written and
    /// `fsync`ed in an unnamed file (`O_TMPFILE`; a temporary name where the file system has none),
    /// which is then linked under its name (failing if the id is taken) and the directory `fsync`ed.
    /// A kill at any instant leaves either no transcript or one with its whole header.
    /// Throws `.exists` if the id is taken, `.locked` if held.
    public static func create(store: TranscriptStore, header: SessionHeader) throws -> TranscriptWriter {
        try store.prepare()
        let url = try store.url(for: header.id)
        let lock = try TranscriptLock.acquire(directory: store.directory, id: header.id)
        let path = url.path
        let directory = store.directory.path
        var line: [UInt8]
        do {
            line = Array(try EventLineCodec().encodeHeader(header))
            line.append(0x0A)
        } catch {
            lock.release()
            throw error
        }
        let fd: Int32
        do {
            fd = try createComplete(path: path, directory: directory, content: line)
        } catch AccordTranscriptError.io(_, _, let err) where err == EEXIST {
            lock.release()
            throw AccordTranscriptError.exists(id: header.id)
        } catch {
            lock.release()
            throw error
        }
        let writer = TranscriptWriter(url: url, id: header.id, fd: fd, lock: lock)
        writer.size = off_t(line.count)
        return writer
    }

    /// Writes `content` to a new file that appears at `path` only once it is complete and durable;
    /// returns its descriptor, open for appending. `EEXIST` when `path` exists. `unnamedFirst: false`
    /// takes the way used where the file system has no `O_TMPFILE` (or there is no `/proc`), so tests
    /// exercise both.
    static func createComplete(path: String, directory: String, content: [UInt8], unnamedFirst: Bool = true) throws -> Int32 {
        func fill(_ fd: Int32) throws {
            guard fchmod(fd, 0o600) == 0 else { throw AccordTranscriptError.io(path: path, operation: "fchmod", errno: errno) }
            try content.withUnsafeBytes { try PosixIO.writeAll(fd, $0, path: path) }
            try PosixIO.fsync(fd, path: path)
        }
        // O_TMPFILE (Linux): no name at all until `linkat`, so nothing is left behind by a kill.
        // It is a macro Swift does not import: __O_TMPFILE (020000000 on every Linux architecture
        // Swift supports) | O_DIRECTORY.
        let oTmpfile: Int32 = 0o20_000_000 | O_DIRECTORY
        let unnamed = unnamedFirst ? Glibc.open(directory, oTmpfile | O_RDWR | O_APPEND | O_CLOEXEC, 0o600) : -1
        if !unnamedFirst {
            // Straight to the named way below.
        } else if unnamed >= 0 {
            do {
                try fill(unnamed)
                if linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 {
                    try PosixIO.fsyncDirectory(directory)
                    return unnamed
                }
                let err = errno
                // EEXIST is the answer; anything else (no /proc, say): the named way below.
                if err == EEXIST { throw AccordTranscriptError.io(path: path, operation: "link", errno: err) }
                Glibc.close(unnamed)
            } catch {
                Glibc.close(unnamed)
                throw error
            }
        } else if ![EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(errno) {
            throw AccordTranscriptError.io(path: directory, operation: "open", errno: errno)
        }
        // A temporary name, linked into place (link fails if the id is taken), then removed.
        let temp = path + ".new"
        unlink(temp)  // only ever a leftover of the same id, whose lock we hold
        let fd = try PosixIO.open(temp, O_RDWR | O_APPEND | O_CREAT | O_EXCL, 0o600)
        do {
            try fill(fd)
            if link(temp, path) != 0 {
                let err = errno
                // No hard links on this file system: rename, after checking the id is free.
                guard err == EPERM || err == ENOTSUP || err == EOPNOTSUPP else {
                    throw AccordTranscriptError.io(path: path, operation: "link", errno: err)
                }
                guard PosixIO.fileStat(path) == nil else { throw AccordTranscriptError.io(path: path, operation: "link", errno: EEXIST) }
                guard rename(temp, path) == 0 else { throw AccordTranscriptError.io(path: path, operation: "rename", errno: errno) }
            }
            unlink(temp)
            try PosixIO.fsyncDirectory(directory)
        } catch {
            Glibc.close(fd)
            unlink(temp)
            throw error
        }
        return fd
    }

    /// Opens an existing transcript to resume it: takes the lock (sidecar `<id>.lock` next to the
    /// file), reads the transcript (`transcript`), tightens a 0644 file (from a git clone) to 0600,
    /// and — unless the file is damaged — cuts away a torn last write (`ftruncate` to the end of the
    /// last complete write; the reader has already warned about it). Complete writes are never
    /// rewritten.
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
        // tightens it back to owner-only (root may, whoever owns the file; others only their own).
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        let writer = TranscriptWriter(url: url, id: id, fd: fd, lock: lock)
        do {
            try writer.readAndRepair()
        } catch {
            writer.close()
            throw error
        }
        return writer
    }

    /// Reads the transcript through the open descriptor and cuts a torn last write away.
    private func readAndRepair() throws {
        let bytes = try PosixIO.readAll(fd, path: path)
        let file = try TranscriptReader.parse(bytes, url: url, codec: codec)
        transcript = file
        size = off_t(bytes.count)
        if file.damage == nil && file.completeLength < bytes.count {
            try truncate(to: off_t(file.completeLength))
            try PosixIO.fsync(fd, path: path)
        }
    }

    private func truncate(to length: off_t) throws {
        while ftruncate(fd, length) != 0 {
            if errno == EINTR { continue }
            throw AccordTranscriptError.io(path: path, operation: "ftruncate", errno: errno)
        }
        size = length
    }

    /// Appends `records`, one JSON line each, in a single `write()` (looping only on a partial
    /// write or `EINTR`), then `fsync`s: when this returns, the records are on disk. Several records
    /// are one write (`"group":N` on the first line), which a reader keeps whole or not at all.
    ///
    /// If the write or fsync fails (disk full, I/O error), the file is cut back to its last complete
    /// line so a half-written line can never sit in the middle of the transcript, and the error is
    /// thrown: nothing of this call counts as saved. Should even that fail, the writer refuses
    /// further appends.
    public func append(_ records: [EventRecord]) throws {
        guard !records.isEmpty else { return }
        guard fd >= 0 else { throw AccordTranscriptError.io(path: path, operation: "append (writer closed)", errno: EBADF) }
        guard !broken else {
            throw AccordTranscriptError.io(path: path, operation: "append (after an unrecoverable write error)", errno: EIO)
        }
        guard records.count <= TranscriptFormat.largestGroup,
            records.allSatisfy({
                (0...TranscriptFormat.largestNumber).contains($0.seq) && (0...TranscriptFormat.largestNumber).contains($0.batch)
            })
        else { throw AccordTranscriptError.io(path: path, operation: "append (sequence number out of range)", errno: EOVERFLOW) }
        let data = try codec.encodeLineBytes(records)
        sizeBeforeLast = nil
        do {
            try data.withUnsafeBytes { try PosixIO.writeAll(fd, $0, path: path) }
            try PosixIO.fsync(fd, path: path)
        } catch {
            try? cutBack(to: size)
            throw error
        }
        sizeBeforeLast = size
        size += off_t(data.count)
    }

    /// Takes the last `append` back: the file is cut back to where it ended before it (`ftruncate`,
    /// the way a failed append is rolled back) and `fsync`ed. The runner writes an answer while the
    /// coach reads it, and withdraws the write when the coach flags the answer, before anything is
    /// shown (`SessionRunner`). Throws when there is nothing to withdraw (nothing appended since the
    /// writer opened or since the last withdrawal), or when the cut fails (then the writer refuses
    /// further appends).
    public func withdrawLast() throws {
        guard fd >= 0, !broken, let before = sizeBeforeLast else {
            throw AccordTranscriptError.io(path: path, operation: "withdraw (nothing to withdraw)", errno: EINVAL)
        }
        sizeBeforeLast = nil
        try cutBack(to: before)
    }

    /// Cuts the file back to `length` and `fsync`s it; when either fails, the writer is broken and
    /// refuses further appends (what is on disk past `length` is unknown).
    private func cutBack(to length: off_t) throws {
        do {
            try truncate(to: length)
            try PosixIO.fsync(fd, path: path)
        } catch {
            broken = true
            throw error
        }
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
