#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of a cache file, handed over a piece (up to 1 MB) at a time: from the file, read into
/// the caller's buffer and never past a limit, or from bytes already in memory. A cache is never
/// held whole to be parsed (at 50,000 sessions the commitments cache is 17 MB).
struct CacheFileReader {
    static let pieceSize = 1 << 20

    private let fd: Int32  // -1: `memory`
    private let path: String
    private let memory: [UInt8]
    private let limit: Int
    private var offset = 0
    /// True once the file was found to hold more than the limit (it is then not read on).
    private(set) var tooLarge = false

    /// The file's size when opened: a read asks for no more than what is left of it (and a little
    /// more, to see it grow), so a small cache never needs a 1 MB buffer.
    private let size: Int

    /// The open file `fd` (the caller closes it), read up to `limit` bytes: a file found larger is `tooLarge`.
    init(fd: Int32, path: String, limit: Int) {
        self.fd = fd
        self.path = path
        self.limit = limit
        memory = []
        var st = stat()
        size = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
    }

    /// Bytes in memory.
    init(bytes: [UInt8]) {
        fd = -1
        path = ""
        memory = bytes
        limit = bytes.count
        size = bytes.count
    }

    /// What a buffer that holds a piece and a partial line needs (less than a piece for a small file).
    var bufferCapacity: Int { min(Self.pieceSize, size + 4096) + 64 * 1024 }

    /// Back to the first byte.
    mutating func rewind() { offset = 0 }

    /// Appends the next piece to `buffer`; false at the end (or after a read error, or past the limit).
    mutating func read(into buffer: inout [UInt8]) -> Bool {
        if fd < 0 {
            guard offset < memory.count else { return false }
            let to = min(offset + Self.pieceSize, memory.count)
            buffer.append(contentsOf: memory[offset..<to])
            offset = to
            return true
        }
        guard offset <= limit, !tooLarge,
            let got = try? PosixIO.pread(
                fd, offset: offset, count: min(Self.pieceSize, max(0, size - offset) + 4096), appendingTo: &buffer, path: path)
        else { return false }
        offset += got
        if offset > limit { tooLarge = true }
        return got > 0
    }

    /// Hands `range` of the bytes to `body`, a piece at a time (false when the file could not be read
    /// or has fewer bytes than `range` asks).
    mutating func copy(_ range: Range<Int>, into buffer: inout [UInt8], to body: (ArraySlice<UInt8>) throws -> Void) rethrows -> Bool {
        if fd < 0 {
            guard range.upperBound <= memory.count else { return false }
            try body(memory[range])
            return true
        }
        var at = range.lowerBound
        while at < range.upperBound {
            buffer.removeAll(keepingCapacity: true)
            guard
                let got = try? PosixIO.pread(
                    fd, offset: at, count: min(Self.pieceSize, range.upperBound - at), appendingTo: &buffer, path: path),
                got > 0
            else { return false }
            try body(buffer[...])
            at += got
        }
        return true
    }
}
