#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The commitments cache: `.cache/commitments.v1` in the store, git-ignored, rebuilt at will.
///
/// ```
/// accord-commitments <TAB> 1 <TAB> <version>
/// S <TAB> id <TAB> inode <TAB> size <TAB> mtime-ns          one block per session…
/// C <TAB> ref text owner due kind playbook sales marketing   …its commitments
/// U <TAB> ref status note due-or-- at                        …its final status changes
/// ```
enum CommitmentCacheFile {
    static let magic = "accord-commitments"

    /// One session's block as read back: its stamp, what it holds, and its raw bytes (to keep; a
    /// slice of the file's bytes, not a copy).
    struct Block {
        var id: String
        var stamp: SessionCache.Stamp
        var extract: CommitmentScan.Extract
        var raw: ArraySlice<UInt8>
    }

    /// Streams the blocks of the cache's `bytes` to `body`, one at a time, as they are read. Returns
    /// false when the cache is empty, of another version, or bad: the caller then drops whatever
    /// it was given (a bad cache counts as absent and is rebuilt).
    /// The cache file's bytes, or nil when missing, unreadable or larger than `limit` (a cache holds
    /// less than the transcripts it was made from; a larger one is damaged and never read whole).
    static func load(path: String, limit: Int) -> [UInt8]? {
        guard let fd = try? PosixIO.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var st = stat()
        // The buffer is the file's size (one byte more, to see it grow), never the limit.
        guard fstat(fd, &st) == 0, st.st_size >= 0, Int(st.st_size) <= limit,
            let bytes = try? PosixIO.pread(fd, offset: 0, count: Int(st.st_size) + 1, path: path), bytes.count <= limit
        else { return nil }
        return bytes
    }

    @discardableResult
    static func parse(_ bytes: [UInt8], version: String, _ body: (Block) -> Void) -> Bool {
        var start = 0
        func nextLine() -> ArraySlice<UInt8>? {
            while start < bytes.count {
                var stop = start
                while stop < bytes.count && bytes[stop] != 0x0A { stop += 1 }
                defer { start = stop + 1 }
                if stop > start { return bytes[start..<stop] }
            }
            return nil
        }
        guard let first = nextLine(), fields(first) == [magic, "1", version].map({ Array($0.utf8)[...] }) else { return false }
        var current: Block?
        var blockStart = 0
        while let line = nextLine() {
            let f = fields(line)
            switch (f.first?.first, f.count) {
            case (UInt8(ascii: "S"), 5):
                if var c = current {
                    c.raw = bytes[blockStart..<line.startIndex]
                    body(c)
                }
                guard let ino = UInt64(text(f[2])), let size = Int64(text(f[3])), let mtime = Int64(text(f[4])) else { return false }
                current = Block(id: text(f[1]), stamp: .init(ino: ino, size: size, mtimeNs: mtime), extract: .init(), raw: [])
                blockStart = line.startIndex
            case (UInt8(ascii: "C"), 9):
                guard current != nil else { return false }
                let ref = text(f[1])
                guard let kind = CommitmentKind(rawValue: text(f[5])) else { return false }
                current!.extract.made.append(
                    Commitment(
                        ref: ref, text: text(f[2]), owner: text(f[3]), due: text(f[4]), kind: kind,
                        session: current!.id, playbook: text(f[6]), sales: text(f[7]), marketing: text(f[8]),
                        status: .open, history: []))
            case (UInt8(ascii: "U"), 6):
                guard current != nil else { return false }
                let due = text(f[4])
                guard let status = ReviewStatus(rawValue: text(f[2])) else { return false }
                current!.extract.updates.append(
                    CommitmentUpdate(
                        ref: text(f[1]), status: status, note: text(f[3]),
                        due: due == "-" ? nil : due, at: text(f[5])))
            default:
                return false
            }
        }
        if var c = current {
            c.raw = bytes[blockStart..<min(start, bytes.count)]
            if c.raw.last != 0x0A { c.raw = ArraySlice(Array(c.raw) + [0x0A]) }  // a file cut short
            body(c)
        }
        return true
    }

    /// The first line of the file.
    static func headerLine(version: String) -> [UInt8] { Array("\(magic)\t1\t\(version)\n".utf8) }

    /// The lines of one session's block.
    static func encode(id: String, stamp: SessionCache.Stamp, extract: CommitmentScan.Extract) -> Data {
        var out = "S\t\(TSVField.escape(id))\t\(stamp.ino)\t\(stamp.size)\t\(stamp.mtimeNs)\n"
        for c in extract.made {
            out +=
                (["C", c.ref, c.text, c.owner, c.due, c.kind.rawValue, c.playbook, c.sales, c.marketing].map(TSVField.escape)).joined(
                    separator: "\t") + "\n"
        }
        for u in extract.updates {
            out += (["U", u.ref, u.status.rawValue, u.note, u.due ?? "-", u.at].map(TSVField.escape)).joined(separator: "\t") + "\n"
        }
        return Data(out.utf8)
    }

    /// Replace the cache atomically with `bytes` (header line included).
    static func write(path: String, bytes: [UInt8], store: TranscriptStore) throws {
        try store.prepare()
        try PosixIO.ensurePrivateDirectory(PathText.deletingLastComponent(path))
        try bytes.withUnsafeBytes { try PosixIO.writeAtomically(bytes: $0, to: path, durable: false) }
    }

    private static func fields(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        out.reserveCapacity(10)
        var from = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            out.append(line[from..<i])
            from = i + 1
        }
        out.append(line[from..<line.endIndex])
        return out
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String { TSVField.unescape(field) }
}
