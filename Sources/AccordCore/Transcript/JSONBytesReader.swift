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

/// A key's bytes, as written between the quotes (a key with escapes is never one: the reader gives
/// up on it).
struct JSONKey {
    let bytes: UnsafeRawBufferPointer

    @inline(__always)
    func `is`(_ label: StaticString) -> Bool {
        let n = label.utf8CodeUnitCount
        return bytes.count == n && memcmp(bytes.baseAddress!, label.utf8Start, n) == 0
    }
}

/// A strict reader of JSON bytes for the transcript's fast decoding paths (`FastRecordDecoder`,
/// `HeaderSplitDecoder`): no tree, no `String` per key. It reads values where they are and gives up
/// (nil or false) on anything it does not fully understand — a key written with escapes, a number that is
/// not a small integer, invalid UTF-8 — so its callers can leave such input to `JSONDecoder`, the
/// definition.
struct JSONBytesReader {
    let bytes: UnsafeRawBufferPointer
    var i = 0
    /// `RecordDetail.outline`: `text()` and `fields()` validate their value as `string()` and
    /// `stringMap()` do but give it back empty.
    var outline = false

    init(bytes: UnsafeRawBufferPointer, outline: Bool = false) {
        self.bytes = bytes
        self.outline = outline
    }

    // MARK: structure

    @inline(__always)
    mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    /// Consumes exactly `text` (no white space skipped), or nothing.
    @inline(__always)
    mutating func literal(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard bytes.count - i >= n, memcmp(bytes.baseAddress! + i, text.utf8Start, n) == 0 else { return false }
        i += n
        return true
    }

    /// Consumes `byte` after optional white space.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// Reads an object, handing each key to `member`, which reads the value and returns false to
    /// give up. False when the object is malformed or `member` gave up.
    mutating func object(_ member: (inout JSONBytesReader, JSONKey) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        while true {
            guard take(UInt8(ascii: "\"")) else { return false }
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                // An escaped or control character in a key: left to JSONDecoder.
                guard bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 else { return false }
                i += 1
            }
            guard i < bytes.count else { return false }
            let key = JSONKey(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
            i += 1
            guard take(UInt8(ascii: ":")), member(&self, key) else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// Reads an array, calling `element` for each element; false when malformed or it gave up.
    mutating func array(_ element: (inout JSONBytesReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        while true {
            guard element(&self) else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]"))
        }
    }

    /// Reads a value into `slot` when it is still empty: a key given twice is left to JSONDecoder.
    mutating func once<T>(_ slot: inout T?, _ read: (inout JSONBytesReader) -> T?) -> Bool {
        guard slot == nil, let v = read(&self) else { return false }
        slot = v
        return true
    }

    /// `null` as `.some(nil)`, else the value `read` gives.
    mutating func optional<T>(_ read: (inout JSONBytesReader) -> T?) -> T?? {
        skipSpace()
        if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n") {
            guard bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else {
                return nil
            }
            i += 4
            return .some(nil)
        }
        return read(&self).map { .some($0) }
    }

    // MARK: scalars

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        skipSpace()
        for (word, value) in [("true", true), ("false", false)] as [(StaticString, Bool)] {
            let n = word.utf8CodeUnitCount
            if i + n <= bytes.count, memcmp(bytes.baseAddress! + i, word.utf8Start, n) == 0 {
                i += n
                return value
            }
        }
        return nil
    }

    /// `-?(0|[1-9][0-9]*)` within 18 digits; a fraction or exponent is left to JSONDecoder.
    mutating func int() -> Int? {
        skipSpace()
        guard i < bytes.count else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        let start = i
        var n = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            // Accumulate at most 18 digits: a longer number (≥ 2^63 included) must not trap.
            if i - start < 18 { n = n * 10 + Int(bytes[i] - 0x30) }
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits <= 18, !(digits > 1 && bytes[start] == 0x30) else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            return nil
        }
        return negative ? -n : n
    }

    /// The raw bytes of a string without escapes (for closed sets: roles, kinds, statuses), nil for
    /// anything else (a value with escapes is left to JSONDecoder).
    mutating func plainString() -> UnsafeRawBufferPointer? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            guard bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        i += 1
        return UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)])
    }

    mutating func role() -> Role? {
        guard let s = plainString() else { return nil }
        let k = JSONKey(bytes: s)
        return k.is("sales") ? .sales : k.is("marketing") ? .marketing : nil
    }

    /// A value of a closed set of strings (its raw value written without escapes).
    mutating func closed<T: RawRepresentable>(_: T.Type) -> T? where T.RawValue == String {
        plainString().flatMap { T(rawValue: String(decoding: $0, as: UTF8.self)) }
    }

    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        var ascii = true
        let base = bytes.baseAddress!
        while true {
            skipPlainBytes(base)
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
                i += 1
                return ascii ? String(decoding: raw, as: UTF8.self) : validated(raw)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        // Escapes: decode into a buffer.
        var out = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return out.withUnsafeBytes { validated($0) }
            }
            if b < 0x20 { return nil }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let high = hex4() else { return nil }
                var scalar: Unicode.Scalar?
                if (0xD800..<0xDC00).contains(high) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                } else {
                    scalar = Unicode.Scalar(high)  // nil for a lone low surrogate
                }
                guard let s = scalar else { return nil }
                out.append(contentsOf: UTF8.encode(s)!)
            default:
                return nil
            }
        }
        return nil
    }

    /// Advances eight bytes at a time up to the first that is a quote, a backslash, a control
    /// character or not ASCII, or to the last seven bytes (a byte loop was a tenth of a cold `list`).
    @inline(__always)
    mutating func skipPlainBytes(_ base: UnsafeRawPointer) {
        while i + 8 <= bytes.count {
            let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            // Each term flags its lowest matching byte exactly (a borrow can only flag bytes above it).
            let flags = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- ones &* 0x20) & ~w | w) & (ones &* 0x80)
            if flags != 0 {
                i += flags.trailingZeroBitCount >> 3
                return
            }
            i += 8
        }
    }

    /// A string value the caller keeps only in full detail: `string()`, or in outline mode the
    /// same validation without building it ("" when valid, nil when `string()` is nil).
    mutating func text() -> String? {
        guard outline else { return string() }
        return skipString() ? "" : nil
    }

    /// Whether a string value is there and valid, as `string()` would read it, without building it.
    /// A string of plain ASCII (the common case) is checked here; any other is left to `string()`
    /// itself, so the two accept exactly the same values.
    mutating func skipString() -> Bool {
        skipSpace()
        let open = i
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return false }
        i += 1
        let base = bytes.baseAddress!
        while true {
            skipPlainBytes(base)
            guard i < bytes.count else { return false }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return true
            }
            if b < 0x20 || b == UInt8(ascii: "\\") || b >= 0x80 { break }
            i += 1
        }
        i = open
        return string() != nil
    }

    /// The `fields` of an item: `stringMap()`, or in outline mode the same validation without
    /// building the map ([:] when valid, nil when `stringMap()` is nil).
    mutating func fields() -> [String: String]? {
        guard outline else { return stringMap() }
        skipSpace()
        let open = i
        if skipPlainMap() { return [:] }
        i = open
        return stringMap().map { _ in [:] }
    }

    /// A map whose keys are printable ASCII without escapes and distinct as bytes (for such keys,
    /// exactly when they are distinct as `String`s), its values valid strings: true. False for any
    /// other input, which the caller then leaves to `stringMap()`; at most 8 keys.
    mutating func skipPlainMap() -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        return withUnsafeTemporaryAllocation(of: (start: Int, count: Int).self, capacity: 8) { keys in
            var n = 0
            while true {
                guard n < keys.count, take(UInt8(ascii: "\"")) else { return false }
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    guard bytes[i] >= 0x20, bytes[i] < 0x80, bytes[i] != UInt8(ascii: "\\") else { return false }
                    i += 1
                }
                guard i < bytes.count else { return false }
                let count = i - start
                i += 1
                for k in 0..<n where keys[k].count == count {
                    // A key twice: left to stringMap() (which leaves it to JSONDecoder).
                    if memcmp(bytes.baseAddress! + keys[k].start, bytes.baseAddress! + start, count) == 0 { return false }
                }
                keys[n] = (start, count)
                n += 1
                guard take(UInt8(ascii: ":")), skipString() else { return false }
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        }
    }

    /// The string of well-formed UTF-8 `bytes`, nil otherwise. (`String(validating:as:)` is
    /// generic and unspecialised here: it instantiated metadata on every call.) `String(decoding:)`
    /// repairs bad bytes with U+FFFD, so the bytes are valid exactly when decoding gives them back.
    func validated(_ bytes: UnsafeRawBufferPointer) -> String? {
        var s = String(decoding: bytes, as: UTF8.self)
        guard s.utf8.count == bytes.count else { return nil }
        return s.withUTF8 { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 } ? s : nil
    }

    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// A `{"k":"v",…}` object of strings (the `fields` of an item).
    mutating func stringMap() -> [String: String]? {
        var out: [String: String] = [:]
        guard take(UInt8(ascii: "{")) else { return nil }
        if take(UInt8(ascii: "}")) { return out }
        while true {
            skipSpace()
            guard let k = string(), take(UInt8(ascii: ":")), let v = string() else { return nil }
            guard out.updateValue(v, forKey: k) == nil else { return nil }  // a key twice: JSONDecoder decides
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}")) ? out : nil
        }
    }
}
