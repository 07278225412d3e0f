#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

// Hot-path replacements for Foundation calls that bridge to NSString or ICU (found with callgrind:
// they were half of `accord start`'s instructions, and a formatter per event). Same results.

extension Substring {
    /// What `trimmingCharacters(in: .whitespaces)` returns, without bridging to NSString (every
    /// scalar it drops is in the BMP, so trimming by scalar is NSString's trim by UTF-16 unit).
    func trimmingWhitespaceSet() -> String { trimmingScalars(where: isHorizontalSpace) }

    /// The first range of an ASCII `needle`, compared byte for byte (no NSString bridging).
    func asciiRange(of needle: StaticString) -> Range<String.Index>? {
        let n = needle.utf8CodeUnitCount
        let bytes = utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            var j = i
            var k = 0
            while k < n, j != bytes.endIndex, bytes[j] == needle.utf8Start[k] {
                j = bytes.index(after: j)
                k += 1
            }
            if k == n { return i..<j }
            i = bytes.index(after: i)
        }
        return nil
    }
}

extension String {
    /// What `trimmingCharacters(in: .whitespaces)` returns, without bridging to NSString.
    func trimmingWhitespaceSet() -> String { self[...].trimmingWhitespaceSet() }
}

/// Membership in `CharacterSet.whitespaces` (Unicode Zs, tab and the zero-width space U+200B), ASCII answered directly
/// (`FastTextTests` compares it with `CharacterSet.whitespaces` on every scalar).
@inline(__always)
func isHorizontalSpace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s == " " || s == "\t" }
    return s.value == 0x200B || s.properties.generalCategory == .spaceSeparator
}

/// UTC timestamps formatted with `gmtime_r` (an `ISO8601DateFormatter` loads ICU and cost ~4 M
/// instructions to create, once per event).
enum UTCTime {
    /// `YYYY-MM-DDTHH:MM:SSZ`, as `ISO8601DateFormatter` with `.withInternetDateTime` writes it.
    static func iso(_ date: Date) -> String {
        let p = parts(date)
        return pad(Int(p.tm_year) + 1900, 4) + "-" + pad(Int(p.tm_mon) + 1, 2) + "-" + pad(Int(p.tm_mday), 2) + "T"
            + pad(Int(p.tm_hour), 2) + ":" + pad(Int(p.tm_min), 2) + ":" + pad(Int(p.tm_sec), 2) + "Z"
    }

    /// `YYYY-MM-DD` in UTC.
    static func day(_ date: Date) -> String {
        let p = parts(date)
        return pad(Int(p.tm_year) + 1900, 4) + "-" + pad(Int(p.tm_mon) + 1, 2) + "-" + pad(Int(p.tm_mday), 2)
    }

    private static func parts(_ date: Date) -> tm {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var p = tm()
        gmtime_r(&t, &p)
        return p
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
