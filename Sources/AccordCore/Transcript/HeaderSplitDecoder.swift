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

/// A fast path for decoding a transcript's header line: the embedded playbook (`"steps"`, ~3.7 KB,
/// the same bytes for every session of one playbook) is decoded once per distinct byte string and
/// reused; the rest of the header (a few hundred bytes) is decoded with `JSONDecoder` as before.
///
/// The line is split only when it has the canonical shape `{"accord":N,"header":{…,"steps":{…},…}}`
/// (no whitespace between tokens, no escaped keys, `steps` present once). The `steps` value is
/// replaced by a small placeholder playbook and the whole line is decoded as a `HeaderLine` with the
/// synthesized `Codable`, so every other field is decoded by the one definition; the steps value is
/// decoded alone, as a `Playbook`. Both decodes succeed exactly when the whole line would decode
/// (the split removes one member value of the header object and decodes it separately), and give the
/// same values. Anything else — a decode failure included — returns nil, and the caller decodes the
/// whole line with `JSONDecoder`, so error messages are unchanged.
/// `EventCodecPathsTests` and `HeaderSplitDecoderTests` compare it with the plain decode.
final class HeaderSplitDecoder {
    /// Distinct playbooks kept: sessions of a store use a handful; a hostile store of thousands of
    /// different playbooks costs a decode each, never memory.
    static let maxPlaybooks = 16
    /// The playbooks decoded so far, with the exact bytes they were decoded from (compared with
    /// `memcmp`: hashing 4 KB byte by byte for a dictionary cost more than the `JSONDecoder` call left).
    private var playbooks: [(bytes: [UInt8], playbook: Playbook)] = []
    private let decoder = JSONDecoder()
    private static let placeholder = Array(#"{"id":"","purpose":"","steps":[],"title":""}"#.utf8)

    /// The header line, or nil when the fast path does not apply (the caller decodes it plainly).
    func decode(_ line: UnsafeRawBufferPointer) -> HeaderLine? {
        guard let span = Self.stepsSpan(line) else { return nil }
        let value = UnsafeRawBufferPointer(rebasing: line[span])
        let playbook: Playbook
        if let known = playbooks.first(where: { k in
            k.bytes.count == value.count && k.bytes.withUnsafeBytes { memcmp($0.baseAddress!, value.baseAddress!, value.count) == 0 }
        }) {
            playbook = known.playbook
        } else {
            guard let decoded = try? decoder.decode(Playbook.self, from: Data(value)) else { return nil }
            if playbooks.count < Self.maxPlaybooks { playbooks.append(([UInt8](value), decoded)) }
            playbook = decoded
        }
        var rest = [UInt8]()
        rest.reserveCapacity(line.count - span.count + Self.placeholder.count)
        rest.append(contentsOf: line[..<span.lowerBound])
        rest.append(contentsOf: Self.placeholder)
        rest.append(contentsOf: line[span.upperBound...])
        guard var header = try? decoder.decode(HeaderLine.self, from: Data(rest)) else { return nil }
        header.header.steps = playbook
        return header
    }

    /// Where the value of the header's `steps` member is, in a line of the canonical shape; nil otherwise.
    static func stepsSpan(_ b: UnsafeRawBufferPointer) -> Range<Int>? {
        var i = 0
        func take(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= b.count else { return false }
            for k in 0..<n where b[i + k] != s.utf8Start[k] { return false }
            i += n
            return true
        }
        guard take(#"{"accord":"#) else { return nil }
        let digits = i
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i > digits, i - digits <= 9, take(#","header":{"#) else { return nil }
        var steps: Range<Int>?
        // Members of the header object: "key":value, separated by commas.
        while true {
            guard i < b.count, b[i] == 0x22 else { return nil }
            let keyStart = i + 1
            i += 1
            while i < b.count, b[i] != 0x22 {
                guard b[i] != 0x5C else { return nil }  // an escaped key could spell "steps"
                i += 1
            }
            guard i < b.count else { return nil }
            let isSteps = i - keyStart == 5 && (0..<5).allSatisfy { b[keyStart + $0] == Array("steps".utf8)[$0] }
            i += 1
            guard take(":") else { return nil }
            let valueStart = i
            guard skipValue(b, &i, depth: 0) else { return nil }
            if isSteps {
                guard steps == nil, b[valueStart] == UInt8(ascii: "{") else { return nil }
                steps = valueStart..<i
            }
            if take(",") { continue }
            guard take("}}"), i == b.count else { return nil }
            return steps
        }
    }

    /// Moves past one JSON value (strings with escapes, nested objects and arrays, numbers and
    /// literals), without validating it: the decoders do that. False at the end of the bytes or on a
    /// byte no value can start with.
    private static func skipValue(_ b: UnsafeRawBufferPointer, _ i: inout Int, depth: Int) -> Bool {
        guard i < b.count, depth < 64 else { return false }
        switch b[i] {
        case UInt8(ascii: "\""):
            i += 1
            while i < b.count {
                if b[i] == 0x5C {
                    i += 2
                } else if b[i] == 0x22 {
                    i += 1
                    return true
                } else {
                    i += 1
                }
            }
            return false
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = b[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            i += 1
            guard i < b.count else { return false }
            if b[i] == close {
                i += 1
                return true
            }
            while true {
                guard skipValue(b, &i, depth: depth + 1), i < b.count else { return false }
                // In an object, a value follows its key after ':'.
                if b[i] == UInt8(ascii: ":") {
                    i += 1
                    continue
                }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard b[i] == close else { return false }
                i += 1
                return true
            }
        default:
            let start = i
            while i < b.count {
                let c = b[i]
                guard c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"), c != UInt8(ascii: ":"),
                    c != UInt8(ascii: "\""), c != UInt8(ascii: "{"), c != UInt8(ascii: "[")
                else { break }
                i += 1
            }
            return i > start
        }
    }
}
