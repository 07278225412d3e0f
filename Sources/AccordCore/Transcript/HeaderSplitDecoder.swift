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
/// reused; the rest of the header (a few hundred bytes) is read straight from the line.
///
/// The line is split only when it has the canonical shape `{"accord":N,"header":{…,"steps":{…},…}}`
/// (no whitespace between tokens, no escaped keys, `steps` present once). The `steps` value is
/// decoded alone, as a `Playbook`, with `JSONDecoder` and the synthesized `Codable` (or found among
/// the byte strings already decoded: a known one at the value's start is skipped with one `memcmp`,
/// as it is a complete JSON value); the other members are read by `JSONBytesReader`, mirroring the
/// synthesized `Codable` of `HeaderLine`, `SessionHeader` and `Participants` (every label required
/// but `title`, nothing else accepted). Anything else — a member it does not know, a decode failure
/// — returns nil, and the caller decodes the whole line with `JSONDecoder`, so error messages are
/// unchanged. `EventCodecPathsTests` and `HeaderSplitDecoderTests` compare it with the plain decode.
final class HeaderSplitDecoder {
    /// Distinct playbooks kept: sessions of a store use a handful; a hostile store of thousands of
    /// different playbooks costs a decode each, never memory.
    static let maxPlaybooks = 16
    /// The playbooks decoded so far, with the exact bytes they were decoded from (compared with
    /// `memcmp`: hashing 4 KB byte by byte for a dictionary cost more than the `JSONDecoder` call left).
    private var playbooks: [(bytes: [UInt8], playbook: Playbook)] = []
    private let decoder = JSONDecoder()

    /// The header line, or nil when the fast path does not apply (the caller decodes it plainly).
    func decode(_ line: UnsafeRawBufferPointer) -> HeaderLine? {
        guard let span = Self.stepsSpan(line, known: playbooks) else { return nil }
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
        return Self.members(line, steps: span, playbook: playbook)
    }

    /// The header line's members other than `steps` (whose value is at `steps`, already decoded as
    /// `playbook`), as the synthesized `Codable` reads them; nil for anything it does not mirror.
    static func members(_ line: UnsafeRawBufferPointer, steps: Range<Int>, playbook: Playbook) -> HeaderLine? {
        var r = JSONBytesReader(bytes: line)
        var accord: Int?
        var header: SessionHeader?
        let ok = r.object { r, k in
            if k.is("accord") { return r.once(&accord) { $0.int() } }
            if k.is("header") { return r.once(&header) { $0.sessionHeader(steps: steps, playbook: playbook) } }
            return false
        }
        r.skipSpace()
        guard ok, r.i == line.count, let accord, let header else { return nil }
        var out = HeaderLine(header: header)
        out.accord = accord
        return out
    }

    /// Where the value of the header's `steps` member is, in a line of the canonical shape; nil otherwise.
    /// A value that starts with the bytes of a playbook in `known` is that value (a complete JSON
    /// value: skipping it would stop at its end), so it is passed with one `memcmp`.
    static func stepsSpan(_ b: UnsafeRawBufferPointer, known: [(bytes: [UInt8], playbook: Playbook)] = []) -> Range<Int>? {
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
            if isSteps,
                let k = known.first(where: { k in
                    k.bytes.count <= b.count - i
                        && k.bytes.withUnsafeBytes { memcmp($0.baseAddress!, b.baseAddress! + valueStart, $0.count) == 0 }
                })
            {
                i += k.bytes.count
            } else {
                guard skipValue(b, &i, depth: 0) else { return nil }
            }
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

/// The header object, mirroring the synthesized `Codable` of `SessionHeader` and `Participants`.
extension JSONBytesReader {
    fileprivate mutating func sessionHeader(steps: Range<Int>, playbook: Playbook) -> SessionHeader? {
        var format: Int?
        var id: String?
        var playbookID: String?
        var hash: String?
        var participants: Participants?
        var title: String??
        var started: String?
        var sawSteps = false
        guard
            object({ r, k in
                if k.is("format") { return r.once(&format) { $0.int() } }
                if k.is("id") { return r.once(&id) { $0.string() } }
                if k.is("playbook") { return r.once(&playbookID) { $0.string() } }
                if k.is("playbookHash") { return r.once(&hash) { $0.string() } }
                if k.is("participants") { return r.once(&participants) { $0.participants() } }
                if k.is("title") { return r.once(&title) { $0.optional { $0.string() } } }
                if k.is("started") { return r.once(&started) { $0.string() } }
                if k.is("steps") {
                    // The value found and decoded by the split: skipped here.
                    guard !sawSteps, r.i == steps.lowerBound else { return false }
                    sawSteps = true
                    r.i = steps.upperBound
                    return true
                }
                return false
            }), sawSteps, let format, let id, let playbookID, let hash, let participants, let started
        else { return nil }
        var header = SessionHeader(
            format: format, id: id, playbook: playbook, participants: participants, title: title ?? nil, started: started)
        header.playbook = playbookID
        header.playbookHash = hash
        return header
    }

    fileprivate mutating func participants() -> Participants? {
        var sales: String?
        var marketing: String?
        var solo: Bool?
        guard
            object({ r, k in
                if k.is("sales") { return r.once(&sales) { $0.string() } }
                if k.is("marketing") { return r.once(&marketing) { $0.string() } }
                if k.is("solo") { return r.once(&solo) { $0.bool() } }
                return false
            }), let sales, let marketing, let solo
        else { return nil }
        var p = Participants(sales: sales, marketing: marketing)
        p.solo = solo
        return p
    }
}
