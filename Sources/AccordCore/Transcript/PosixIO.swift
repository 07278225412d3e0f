#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin, total wrappers over the POSIX calls the transcript store needs: every loop handles
/// `EINTR` and partial transfers, and every failure becomes an `AccordTranscriptError.io`.
enum PosixIO {
    /// Opens `path`, retrying on `EINTR`.
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0o600) throws -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw AccordTranscriptError.io(path: path, operation: "open", errno: errno)
        }
    }

    /// Opens `path` for reading only if it is a regular file (without blocking on a FIFO first):
    /// store files come from clones and are untrusted.
    static func openRegularForReading(_ path: String) throws -> Int32 {
        let fd = try open(path, O_RDONLY | O_NONBLOCK)
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw AccordTranscriptError.io(path: path, operation: "read (not a regular file)", errno: EINVAL)
        }
        return fd
    }

    /// Writes all of `bytes` (one `write()` in the normal case; loops on partial writes / EINTR).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw AccordTranscriptError.io(path: path, operation: "write", errno: errno)
            }
            left -= n
            base = base.advanced(by: n)
        }
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    /// `fsync` that retries on `EINTR`.
    static func fsync(_ fd: Int32, path: String) throws {
        while Glibc.fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw AccordTranscriptError.io(path: path, operation: "fsync", errno: errno)
        }
    }

    /// Makes a directory entry (a created or renamed file) durable.
    static func fsyncDirectory(_ path: String) throws {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try fsync(fd, path: path)
    }

    /// Reads `count` bytes at `offset` (fewer at end of file).
    static func pread(_ fd: Int32, offset: Int, count: Int, path: String) throws -> [UInt8] {
        var buffer: [UInt8] = []
        _ = try pread(fd, offset: offset, count: count, appendingTo: &buffer, path: path)
        return buffer
    }

    /// Reads up to `count` bytes at `offset` onto the end of `buffer` (no array of their own);
    /// returns how many (fewer at end of file).
    @discardableResult
    static func pread(_ fd: Int32, offset: Int, count: Int, appendingTo buffer: inout [UInt8], path: String) throws -> Int {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var got = 0
        defer { buffer.removeLast(count - got) }
        try buffer.withUnsafeMutableBytes { raw in
            while got < count {
                let n = Glibc.pread(fd, raw.baseAddress!.advanced(by: old + got), count - got, off_t(offset + got))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw AccordTranscriptError.io(path: path, operation: "read", errno: errno)
                }
                if n == 0 { break }
                got += n
            }
        }
        return got
    }

    /// The whole content of an open file, read with as few calls as possible. Only a regular file
    /// is read (a symlink to `/dev/zero` or a FIFO that came with a clone would never end): anything
    /// else throws `EINVAL`.
    static func readAll(_ fd: Int32, path: String) throws -> [UInt8] {
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { throw AccordTranscriptError.io(path: path, operation: "fstat", errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw AccordTranscriptError.io(path: path, operation: "read (not a regular file)", errno: EINVAL)
        }
        // One byte more than the size, so a full buffer means the file grew: read on, doubling. The
        // buffer is not zeroed first (a memset of every file was 2% of a cold `list`).
        var size = max(Int(st.st_size), 4096) + 1
        var out: [UInt8] = []
        while true {
            var full = false
            let chunk = try [UInt8](unsafeUninitializedCapacity: size) { raw, count in
                count = 0
                while count < size {
                    let n = Glibc.read(fd, raw.baseAddress! + count, size - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw AccordTranscriptError.io(path: path, operation: "read", errno: errno)
                    }
                    if n == 0 { return }
                    count += n
                }
                full = true
            }
            if out.isEmpty { out = chunk } else { out.append(contentsOf: chunk) }
            guard full else { return out }
            size = out.count
        }
    }

    /// `stat` of `path`, or nil when it does not exist.
    static func fileStat(_ path: String) -> Glibc.stat? {
        var st = Glibc.stat()
        return fstatat(AT_FDCWD, path, &st, 0) == 0 ? st : nil
    }

    /// Creates directory `path` with mode 0700 (set explicitly, whatever the umask) when missing.
    static func ensurePrivateDirectory(_ path: String) throws {
        if Glibc.mkdir(path, 0o700) == 0 {
            _ = Glibc.chmod(path, 0o700)
            return
        }
        let err = errno
        if err == EEXIST { return }
        if err == ENOENT {
            // Missing parents: create them the ordinary way, then the store itself privately.
            let parent = PathText.deletingLastComponent(path)
            if !parent.isEmpty && parent != path {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                return try ensurePrivateDirectory(path)
            }
        }
        throw AccordTranscriptError.io(path: path, operation: "mkdir", errno: err)
    }

    /// Writes `data` to `path` atomically (temp file + rename), mode 0600; `durable` adds an
    /// fsync before the rename (not needed for rebuildable caches: a torn cache is just rebuilt).
    static func writeAtomically(_ data: Data, to path: String, durable: Bool = true) throws {
        try data.withUnsafeBytes { try writeAtomically(bytes: $0, to: path, durable: durable) }
    }

    /// `writeAtomically` of bytes already in memory (no copy into `Data`).
    static func writeAtomically(bytes data: UnsafeRawBufferPointer, to path: String, durable: Bool = true) throws {
        let file = try AtomicFileWriter(path: path)
        try file.write(data)
        try file.commit(durable: durable)
    }
}
