#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The rebuildable list cache, `<store>/.cache/sessions.v1` (git-ignored).
///
/// One line per transcript file, tab-separated, so loading 10,000 entries is a single read and a
/// byte scan — no JSON. A cached summary is reused while the file's inode, size and mtime (ns) are
/// unchanged; transcripts are append-only, so any write changes the size. Any problem with the
/// cache (missing, truncated, other version, other summariser) means it is ignored and rebuilt.
///
/// ```
/// accord-session-cache<TAB>1<TAB><summaryVersion>
/// id ino size mtimeNs status agreed parked events lastAt playbook sales marketing solo(0|1) title started damage
/// ```
/// Optional fields (`title`, `damage`) are `-` when absent and `+text` when present. In text
/// fields, `\` tab, newline and CR are written `\\`, `\t`, `\n`, `\r`.
struct SessionCache {
    /// The file identity a summary was computed from.
    struct Stamp: Equatable {
        var ino: UInt64
        var size: Int64
        var mtimeNs: Int64
    }

    struct Entry {
        var stamp: Stamp
        var summary: SessionSummary
    }

    static let magic = "accord-session-cache"
    static let fieldCount = 16

    /// Where the entry lines of cache `bytes` start, when its first line is the header for
    /// `summaryVersion` and the file ends with a newline; nil otherwise.
    static func entriesStart(_ bytes: [UInt8], summaryVersion: String) -> Int? {
        guard bytes.last == 0x0A, let nl = bytes.firstIndex(of: 0x0A) else { return nil }
        let head = bytes[..<nl].split(separator: 0x09, omittingEmptySubsequences: false).map(text)
        guard head.count == 3, head[0] == magic, head[1] == "1", head[2] == summaryVersion else { return nil }
        return nl + 1
    }

    /// One entry line (without its newline); nil when it is not a valid entry.
    static func entry(_ line: ArraySlice<UInt8>) -> Entry? {
        var f: [ArraySlice<UInt8>] = []
        f.reserveCapacity(fieldCount)
        var from = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            f.append(line[from..<i])
            from = i + 1
        }
        f.append(line[from..<line.endIndex])
        guard f.count == fieldCount,
            let ino = UInt64(text(f[1])), let size = Int64(text(f[2])), let mtime = Int64(text(f[3])),
            let status = SessionStatus(rawValue: text(f[4])),
            let agreed = Int(text(f[5])), let parked = Int(text(f[6])), let events = Int(text(f[7])),
            let title = optional(f[13]), let damage = optional(f[15])
        else { return nil }
        var participants = Participants(sales: text(f[10]), marketing: text(f[11]))
        participants.solo = text(f[12]) == "1"
        let summary = SessionSummary(
            id: text(f[0]), playbook: text(f[9]), participants: participants, title: title.value,
            started: text(f[14]), status: status, agreed: agreed, parked: parked,
            events: events, lastAt: text(f[8]), damage: damage.value)
        return Entry(stamp: Stamp(ino: ino, size: size, mtimeNs: mtime), summary: summary)
    }

    /// The header line of a cache for `summaryVersion`.
    static func headerLine(summaryVersion: String) -> [UInt8] { Array((magic + "\t1\t" + escape(summaryVersion) + "\n").utf8) }

    /// `entry`'s line, newline included, appended to `out`.
    static func appendLine(_ e: Entry, to out: inout [UInt8]) {
        let s = e.summary
        let fields: [String] = [
            escape(s.id), String(e.stamp.ino), String(e.stamp.size), String(e.stamp.mtimeNs), s.status.rawValue,
            String(s.agreed), String(s.parked), String(s.events), escape(s.lastAt), escape(s.playbook),
            escape(s.participants.sales), escape(s.participants.marketing), s.participants.solo ? "1" : "0",
            s.title.map { "+" + escape($0) } ?? "-", escape(s.started), s.damage.map { "+" + escape($0) } ?? "-",
        ]
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(0x09) }
            out.append(contentsOf: field.utf8)
        }
        out.append(0x0A)
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String { TSVField.unescape(field) }

    /// `-` → absent, `+text` → present; anything else is a parse failure (nil).
    private static func optional(_ field: ArraySlice<UInt8>) -> (value: String?, Void)? {
        guard let first = field.first else { return nil }
        if first == UInt8(ascii: "-") && field.count == 1 { return (nil, ()) }
        if first == UInt8(ascii: "+") { return (text(field.dropFirst()), ()) }
        return nil
    }

    private static func escape(_ s: String) -> String { TSVField.escape(s) }
}
