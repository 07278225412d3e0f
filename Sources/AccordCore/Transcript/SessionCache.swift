import Foundation

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

    /// Loads the cache at `path` if it matches `summaryVersion`, in file order (written sorted by
    /// id); nil on any problem. A file larger than `limit` is not read.
    static func load(path: String, summaryVersion: String, limit: Int) -> [Entry]? {
        guard let bytes = CommitmentCacheFile.load(path: path, limit: limit) else { return nil }
        var entries: [Entry] = []
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.last?.isEmpty == true else { return nil }  // must end with a newline
        lines.removeLast()
        guard let first = lines.first else { return nil }
        let head = first.split(separator: 0x09, omittingEmptySubsequences: false).map(text)
        guard head.count == 3, head[0] == magic, head[1] == "1", head[2] == summaryVersion else { return nil }
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard f.count == fieldCount,
                let ino = UInt64(text(f[1])), let size = Int64(text(f[2])), let mtime = Int64(text(f[3])),
                let status = SessionStatus(rawValue: text(f[4])),
                let agreed = Int(text(f[5])), let parked = Int(text(f[6])), let events = Int(text(f[7])),
                let title = optional(f[13]), let damage = optional(f[15])
            else { return nil }
            let id = text(f[0])
            var participants = Participants(sales: text(f[10]), marketing: text(f[11]))
            participants.solo = text(f[12]) == "1"
            let summary = SessionSummary(
                id: id, playbook: text(f[9]), participants: participants, title: title.value,
                started: text(f[14]), status: status, agreed: agreed, parked: parked,
                events: events, lastAt: text(f[8]), damage: damage.value)
            entries.append(Entry(stamp: Stamp(ino: ino, size: size, mtimeNs: mtime), summary: summary))
        }
        return entries
    }

    /// The cache file's bytes for `entries`.
    static func encode(_ entries: [Entry], summaryVersion: String) -> Data {
        var out = magic + "\t1\t" + escape(summaryVersion) + "\n"
        out.reserveCapacity(entries.count * 200)
        for e in entries {
            let s = e.summary
            let id = s.id
            let fields: [String] = [
                escape(id), String(e.stamp.ino), String(e.stamp.size), String(e.stamp.mtimeNs), s.status.rawValue,
                String(s.agreed), String(s.parked), String(s.events), escape(s.lastAt), escape(s.playbook),
                escape(s.participants.sales), escape(s.participants.marketing), s.participants.solo ? "1" : "0",
                s.title.map { "+" + escape($0) } ?? "-", escape(s.started), s.damage.map { "+" + escape($0) } ?? "-",
            ]
            out += fields.joined(separator: "\t")
            out += "\n"
        }
        return Data(out.utf8)
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
