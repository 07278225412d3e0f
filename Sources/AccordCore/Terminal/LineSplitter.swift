#if canImport(Glibc)
    import Glibc
#endif

/// Splits a byte stream into lines for plain (non-terminal) input: lines end at "\n", a trailing
/// "\r" is dropped, and invalid UTF-8 bytes become the literal text `\xNN` rather than vanishing.
///
/// A line longer than `maxLineBytes` is kept only up to one byte past the limit (the rest is read and
/// dropped up to its newline), so memory stays bounded whatever arrives, and the line is still
/// recognisably too long for whoever checks `AnswerLimit`.
public struct LineSplitter: Sendable {
    private var buffer: [UInt8] = []
    private var searchFrom = 0
    private var discarding = false
    /// The most bytes of one line that are kept (`AnswerLimit.bytes` + 1 by default).
    public let maxLineBytes: Int

    public init(maxLineBytes: Int = AnswerLimit.bytes + 1) {
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Add bytes read from the input.
    public mutating func append<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var incoming = bytes[...]
        if discarding {
            // Skipping the rest of an over-long line: find its newline without copying anything.
            let newline =
                bytes.withContiguousStorageIfAvailable { raw -> Int? in
                    guard let base = raw.baseAddress, let hit = memchr(base, 0x0A, raw.count) else { return nil }
                    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }.map { $0.map { bytes.index(bytes.startIndex, offsetBy: $0) } } ?? bytes.firstIndex(of: 0x0A)
            guard let newline else { return }
            discarding = false
            incoming = bytes[newline...]
        }
        buffer.append(contentsOf: incoming)
        // The line still being read starts after the last newline (complete lines wait in front).
        let lineStart = buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        if buffer.count - lineStart > maxLineBytes {
            buffer.removeSubrange((lineStart + maxLineBytes)...)
            searchFrom = min(searchFrom, buffer.count)
            discarding = true
        }
    }

    /// The next complete line, if one has arrived.
    public mutating func nextLine() -> String? {
        guard let newline = buffer[searchFrom...].firstIndex(of: 0x0A) else {
            searchFrom = buffer.count
            return nil
        }
        var end = newline
        if end > 0 && buffer[end - 1] == 0x0D { end -= 1 }
        let line = Self.decode(buffer[0..<end])
        buffer.removeSubrange(0...newline)
        searchFrom = 0
        return line
    }

    /// At end of input: the last line if it had no final newline.
    public mutating func finish() -> String? {
        guard !buffer.isEmpty else { return nil }
        var bytes = buffer[...]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        let line = Self.decode(bytes)
        buffer.removeAll()
        searchFrom = 0
        return line
    }

    /// Bytes waiting for their newline.
    public var pendingByteCount: Int { buffer.count }

    /// Decode UTF-8, replacing each invalid byte with the text `\xNN` (uppercase hex).
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let array = Array(bytes)
        if let valid = String(validating: array, as: UTF8.self) { return valid }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < array.count {
            if let (scalar, length) = scalarAt(array, i) {
                out.append(scalar)
                i += length
            } else {
                out.append(contentsOf: "\\x\(hex(array[i]))".unicodeScalars)
                i += 1
            }
        }
        return String(out)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The well-formed UTF-8 scalar starting at `i` and its length, or nil.
    private static func scalarAt(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[i]
        let length: Int
        var value: UInt32
        var lowest: UInt32
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
            lowest = 0x80
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
            lowest = 0x800
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
            lowest = 0x10000
        default: return nil
        }
        guard i + length <= b.count else { return nil }
        for k in 1..<length {
            let byte = b[i + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        guard value >= lowest, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
