#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The lock that keeps a session open in one accord at a time.
///
/// A sidecar `<id>.lock` file (mode 0600, git-ignored) is `flock`ed exclusively and holds the
/// owner's pid. `flock` belongs to the open file description, so the kernel drops it when the owner
/// dies — even by `kill -9` — and no stale lock survives. On release the file is unlinked while still
/// locked; an acquirer re-checks after locking that the path still names the inode it locked, and
/// retries otherwise, so unlinking cannot let two owners in.
public final class TranscriptLock {
    /// The lock file.
    public let path: String
    /// The session id it protects.
    public let id: String
    private var fd: Int32

    private init(path: String, id: String, fd: Int32) {
        self.path = path
        self.id = id
        self.fd = fd
    }

    /// Takes the lock for session `id` in `directory`, or throws `.locked(id:pid:)` naming the
    /// holder's pid (0 if it could not be read).
    public static func acquire(directory: URL, id: String) throws -> TranscriptLock {
        guard SessionID.isSafe(id) else { throw AccordTranscriptError.invalidID(id) }
        let path = directory.appendingPathComponent(id + ".lock").path
        for _ in 0..<20 {
            let fd = try PosixIO.open(path, O_RDWR | O_CREAT, 0o600)
            _ = fchmod(fd, 0o600)
            var rc: Int32
            repeat { rc = flock(fd, LOCK_EX | LOCK_NB) } while rc != 0 && errno == EINTR
            if rc != 0 {
                let err = errno
                if err == EWOULDBLOCK {
                    let pid = readPid(fd: fd, path: path)
                    close(fd)
                    throw AccordTranscriptError.locked(id: id, pid: pid)
                }
                close(fd)
                throw AccordTranscriptError.io(path: path, operation: "flock", errno: err)
            }
            // The previous owner may have unlinked the file between our open and our flock.
            var mine = stat()
            var named = stat()
            if fstat(fd, &mine) != 0 || fstatat(AT_FDCWD, path, &named, 0) != 0
                || mine.st_ino != named.st_ino || mine.st_dev != named.st_dev
            {
                close(fd)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = text.withUnsafeBytes { Glibc.pwrite(fd, $0.baseAddress, $0.count, 0) }
            return TranscriptLock(path: path, id: id, fd: fd)
        }
        throw AccordTranscriptError.io(path: path, operation: "lock", errno: EAGAIN)
    }

    /// The pid written in a lock file held by someone else (retrying briefly: the holder writes it
    /// just after locking).
    private static func readPid(fd: Int32, path: String) -> Int32 {
        for attempt in 0..<20 {
            if let bytes = try? PosixIO.pread(fd, offset: 0, count: 32, path: path),
                let text = String(bytes: bytes, encoding: .utf8),
                let pid = Int32(text.trimmingSpacesAndNewlines()), pid > 0
            {
                return pid
            }
            if attempt < 19 { usleep(2_000) }
        }
        return 0
    }

    /// Whether the lock is still held by this object.
    public var isHeld: Bool { fd >= 0 }

    /// Removes the lock file and releases the lock. Idempotent.
    public func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
