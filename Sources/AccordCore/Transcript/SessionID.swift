#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Session ids: `YYYYMMDD-HHMMSS-xxxxxx` — the UTC start time to the second, then six random
/// characters from a lowercase base32 alphabet (Crockford: no i, l, o, u).
///
/// Unique without coordination (30 random bits per second of start time; a collision is also caught
/// by the exclusive create), sortable by start time, and safe as a file name on every platform.
public enum SessionID {
    /// The alphabet of the random suffix.
    public static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// A new id for a session starting at `now`, drawing the suffix from `random`.
    public static func make<R: RandomNumberGenerator>(now: Date = Date(), random: inout R) -> String {
        var t = time_t(now.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var id = pad(parts.tm_year + 1900, 4) + pad(parts.tm_mon + 1, 2) + pad(parts.tm_mday, 2)
        id += "-" + pad(parts.tm_hour, 2) + pad(parts.tm_min, 2) + pad(parts.tm_sec, 2) + "-"
        for _ in 0..<6 {
            id.append(alphabet[Int(random.next() % UInt64(alphabet.count))])
        }
        return id
    }

    /// A new id using the system's random source.
    public static func make(now: Date = Date()) -> String {
        var rng = SystemRandomNumberGenerator()
        return make(now: now, random: &rng)
    }

    /// Whether `text` could be (a prefix of) an id: non-empty, at most 64 characters of
    /// `[A-Za-z0-9-]`. This is what keeps `../`, `/`, NUL and friends out of store paths.
    public static func isSafe(_ text: String) -> Bool {
        isSafe(utf8: text.utf8)
    }

    /// `isSafe` of UTF-8 bytes (a file name as `readdir` gives it).
    static func isSafe<C: Collection<UInt8>>(utf8: C) -> Bool {
        guard !utf8.isEmpty, utf8.count <= 64 else { return false }
        for b in utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Normalises what a user typed for an id: trims whitespace, drops a `.jsonl` suffix, lowercases;
    /// throws `invalidID` for anything that is not a safe id fragment.
    public static func normalize(_ userText: String) throws -> String {
        var text = userText.trimmingWhitespaceSet()
        if text.hasSuffix(".jsonl") { text.removeLast(6) }
        guard isSafe(text) else { throw AccordTranscriptError.invalidID(userText) }
        return text.lowercased()
    }

    /// Picks the one id among `ids` that `userText` names: the full id, the file name, or any
    /// unique prefix. Throws `invalidID`, `notFound` or `ambiguous` (listing the candidates).
    public static func resolve(_ userText: String, among ids: [String]) throws -> String {
        let text = try normalize(userText)
        if ids.contains(text) { return text }
        let matches = ids.filter { $0.hasPrefix(text) }.sorted()
        switch matches.count {
        case 0: throw AccordTranscriptError.notFound(userText)
        case 1: return matches[0]
        default: throw AccordTranscriptError.ambiguous(userText, candidates: matches)
        }
    }
}
