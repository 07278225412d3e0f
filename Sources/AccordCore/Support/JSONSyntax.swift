/// Whether bytes are one JSON value (RFC 8259, any value at the top, white space around it), as
/// `JSONSerialization.jsonObject(with:options: .fragmentsAllowed)` accepts them (which also takes a
/// byte-order mark first and a comma before a closing bracket, and refuses a number too large for a
/// `Double`): only to tell a
/// damaged record line that is not JSON from one that is JSON but not an event. (`JSONSyntaxTests`
/// compares the two on generated lines.)
enum JSONSyntax {
    /// Nesting deeper than this is refused, as Foundation refuses it.
    static let maximumDepth = 512

    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var reader = Reader(bytes: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.at = 3 }  // a byte-order mark
        reader.skipSpace()
        guard reader.value(depth: 0) else { return false }
        reader.skipSpace()
        return reader.at == bytes.count
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        var current: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func skipSpace() {
            while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { at += 1 }
        }

        mutating func value(depth: Int) -> Bool {
            guard let b = current else { return false }
            switch b {
            case UInt8(ascii: "{"): return object(depth: depth + 1)
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard at + n <= bytes.count else { return false }
            for k in 0..<n where bytes[at + k] != word.utf8Start[k] { return false }
            at += n
            return true
        }

        mutating func object(depth: Int) -> Bool {
            guard depth <= JSONSyntax.maximumDepth else { return false }
            at += 1
            skipSpace()
            if current == UInt8(ascii: "}") {
                at += 1
                return true
            }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\""), string() else { return false }
                skipSpace()
                guard current == UInt8(ascii: ":") else { return false }
                at += 1
                skipSpace()
                guard value(depth: depth) else { return false }
                skipSpace()
                if current == UInt8(ascii: ",") {
                    at += 1
                    skipSpace()
                    if current == UInt8(ascii: "}") {
                        at += 1
                        return true
                    }
                    continue
                }
                guard current == UInt8(ascii: "}") else { return false }
                at += 1
                return true
            }
        }

        mutating func array(depth: Int) -> Bool {
            guard depth <= JSONSyntax.maximumDepth else { return false }
            at += 1
            skipSpace()
            if current == UInt8(ascii: "]") {
                at += 1
                return true
            }
            while true {
                skipSpace()
                guard value(depth: depth) else { return false }
                skipSpace()
                if current == UInt8(ascii: ",") {
                    at += 1
                    skipSpace()
                    if current == UInt8(ascii: "]") {
                        at += 1
                        return true
                    }
                    continue
                }
                guard current == UInt8(ascii: "]") else { return false }
                at += 1
                return true
            }
        }

        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let b = bytes[at + k]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            at += 4
            return v
        }

        mutating func string() -> Bool {
            at += 1
            while let b = current {
                at += 1
                switch b {
                case UInt8(ascii: "\""): return true
                case 0..<0x20: return false
                case UInt8(ascii: "\\"):
                    guard let e = current else { return false }
                    at += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        continue
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return false }
                        if (0xDC00...0xDFFF).contains(unit) { return false }
                        if (0xD800...0xDBFF).contains(unit) {
                            guard current == UInt8(ascii: "\\"), at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "u") else {
                                return false
                            }
                            at += 2
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                        }
                    default: return false
                    }
                default: continue
                }
            }
            return false
        }

        mutating func digits() -> Int {
            let start = at
            while let b = current, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { at += 1 }
            return at - start
        }

        mutating func number() -> Bool {
            let start = at
            guard numberSyntax() else { return false }
            // Foundation refuses a number that overflows a Double.
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            return Double(text).map { $0.isFinite } ?? false
        }

        mutating func numberSyntax() -> Bool {
            if current == UInt8(ascii: "-") { at += 1 }
            if current == UInt8(ascii: "0") {
                at += 1
            } else {
                guard digits() > 0 else { return false }
            }
            if current == UInt8(ascii: ".") {
                at += 1
                guard digits() > 0 else { return false }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                at += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
                guard digits() > 0 else { return false }
            }
            return true
        }
    }
}
