#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// A file replaced atomically, written as it is made: the bytes go to a temporary file beside
/// `path` (mode 0600; through a 64 KB buffer), which `commit` makes durable when asked and renames
/// over `path`. Until then `path` is untouched; a writer dropped without `commit`, or whose write
/// failed, removes its temporary file. `PosixIO.writeAtomically` is this for bytes in memory.
final class AtomicFileWriter {
    let path: String
    private let temp: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 64 * 1024

    init(path: String) throws {
        self.path = path
        temp = path + ".tmp.\(getpid())"
        fd = try PosixIO.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = fchmod(fd, 0o600)
    }

    deinit { abandon() }

    /// Appends `bytes`. A failure removes the temporary file and is rethrown; the writer is then done.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard fd >= 0 else { throw AccordTranscriptError.io(path: temp, operation: "write", errno: EBADF) }
        if buffer.count + bytes.count <= Self.bufferSize {
            if buffer.capacity < Self.bufferSize { buffer.reserveCapacity(Self.bufferSize) }
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        do { try PosixIO.writeAll(fd, bytes, path: temp) } catch {
            abandon()
            throw error
        }
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }

    /// Appends `bytes`.
    func write(_ bytes: ArraySlice<UInt8>) throws { try bytes.withUnsafeBytes { try write($0) } }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try buffer.withUnsafeBytes { try PosixIO.writeAll(fd, $0, path: temp) } } catch {
            abandon()
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, `fsync`s the file when `durable`, and renames it over `path`.
    func commit(durable: Bool) throws {
        guard fd >= 0 else { throw AccordTranscriptError.io(path: temp, operation: "write", errno: EBADF) }
        try flush()
        do {
            if durable { try PosixIO.fsync(fd, path: temp) }
        } catch {
            abandon()
            throw error
        }
        close(fd)
        fd = -1
        if rename(temp, path) != 0 {
            let err = errno
            unlink(temp)
            throw AccordTranscriptError.io(path: path, operation: "rename", errno: err)
        }
    }

    /// Gives up: closes and removes the temporary file (nothing when already committed or abandoned).
    func abandon() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temp)
    }
}
