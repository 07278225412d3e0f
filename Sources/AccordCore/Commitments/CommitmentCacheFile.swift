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

    /// One session's block as read back: its stamp, what it holds (when decoded), and where its lines
    /// are in the cache (from its `S` line to the next block's).
    struct Block {
        var id: String
        var stamp: SessionCache.Stamp
        var extract: CommitmentScan.Extract
        var range: Range<Int>
        /// The last block of a file cut short: its last line lacks the newline.
        var cutShort = false
    }

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

    /// `parse` of bytes in memory.
    @discardableResult
    static func parse(_ bytes: [UInt8], version: String, _ body: (Block) -> Void) -> Bool {
        var reader = CacheFileReader(bytes: bytes)
        return parse(&reader, version: version, decode: true, body)
    }

    /// Streams the blocks of the cache `reader` hands over to `body`, one at a time, as they are read
    /// (a piece of the file at a time, never the whole). Returns false when the cache is empty, of
    /// another version, or bad: the caller then drops whatever it was given (a bad cache counts as
    /// absent and is rebuilt). Without `decode`, the lines are checked as strictly but no
    /// commitment or update is made (`extract` stays empty).
    @discardableResult
    static func parse(_ reader: inout CacheFileReader, version: String, decode: Bool, _ body: (Block) -> Void) -> Bool {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(reader.bufferCapacity)
        var base = 0  // the file offset of buffer[0]
        var start = 0
        var atEnd = false
        // The next non-empty line (indices in `buffer`), reading more when none is complete (the
        // last line may lack its newline).
        func nextLine() -> Range<Int>? {
            while true {
                var stop = start
                while stop < buffer.count && buffer[stop] != 0x0A { stop += 1 }
                if stop == buffer.count && !atEnd {
                    base += start
                    buffer.removeSubrange(0..<start)
                    start = 0
                    if !reader.read(into: &buffer) { atEnd = true }
                    continue
                }
                if start >= buffer.count { return nil }
                let line = start..<stop
                start = stop + 1
                if !line.isEmpty { return line }
            }
        }
        guard let first = nextLine(), fields(buffer[first]) == [magic, "1", version].map({ Array($0.utf8)[...] }) else { return false }
        var current: Block?
        while let line = nextLine() {
            let f = fields(buffer[line])
            switch (f.first?.first, f.count) {
            case (UInt8(ascii: "S"), 5):
                if var c = current {
                    c.range = c.range.lowerBound..<(base + line.lowerBound)
                    body(c)
                }
                guard let ino = UInt64(text(f[2])), let size = Int64(text(f[3])), let mtime = Int64(text(f[4])) else { return false }
                let at = base + line.lowerBound
                current = Block(id: text(f[1]), stamp: .init(ino: ino, size: size, mtimeNs: mtime), extract: .init(), range: at..<at)
            case (UInt8(ascii: "C"), 9):
                guard current != nil else { return false }
                guard let kind = CommitmentKind(rawValue: text(f[5])) else { return false }
                guard decode else { continue }
                current!.extract.made.append(
                    Commitment(
                        ref: text(f[1]), text: text(f[2]), owner: text(f[3]), due: text(f[4]), kind: kind,
                        session: current!.id, playbook: text(f[6]), sales: text(f[7]), marketing: text(f[8]),
                        status: .open, history: []))
            case (UInt8(ascii: "U"), 6):
                guard current != nil else { return false }
                guard let status = ReviewStatus(rawValue: text(f[2])) else { return false }
                guard decode else { continue }
                let due = text(f[4])
                current!.extract.updates.append(
                    CommitmentUpdate(
                        ref: text(f[1]), status: status, note: text(f[3]),
                        due: due == "-" ? nil : due, at: text(f[5])))
            default:
                return false
            }
        }
        if var c = current {
            c.range = c.range.lowerBound..<(base + buffer.count)
            c.cutShort = buffer.last.map { $0 != 0x0A } ?? false
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

    /// A writer that replaces the cache at `path` atomically when committed (the store and its
    /// `.cache` directory are made first when missing).
    static func writer(path: String, store: TranscriptStore) throws -> AtomicFileWriter {
        try store.prepare()
        try PosixIO.ensurePrivateDirectory(PathText.deletingLastComponent(path))
        return try AtomicFileWriter(path: path)
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
