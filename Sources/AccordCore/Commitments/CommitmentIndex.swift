#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// A compact, read-only view of a warm commitments cache, for the table of `accord commitments`.
///
/// `CommitmentLedger` holds each commitment as a struct of nine `String`s and a history; at 70,000
/// commitments that was most of the command's memory and a third of its time. This index keeps the
/// few fields it writes later and, per commitment, offsets into them plus small integer ids for the
/// repeated strings (owner, due date, playbook, names; the session is its file's position in the
/// scanned list). Text fields are decoded only for the rows printed.
/// Status changes are applied by finding their commitment inside its session's block (a ref is
/// `<session>/<item>`), so there is no map over every ref.
///
/// It is used only when the cache is valid and covers every session, and only when its
/// assumptions hold (ASCII refs without escapes, each prefixed by its session's id, unique within
/// their block). Otherwise `load` returns nil and the caller takes the `CommitmentLedger` path,
/// which also refreshes the cache. The table it writes is byte-identical to
/// `CommitmentReport.write` over the ledger (tests compare them).
struct CommitmentIndex {
    private struct Row {
        var ref: Int32  // start of the ref field in `bytes`
        var refLen: Int32
        var text: Int32  // start of the text field
        var textLen: Int32
        var owner: Int32  // index in `owners` (exact raw bytes)
        var due: Int32  // index in `dues`
        var session: Int32  // position in `files`
        var playbook: Int32  // index in `others`
        var sales: Int32  // index in `others`
        var marketing: Int32  // index in `others`
        var firstChange: Int32 = -1  // index in `changes`, oldest first
        var lastChange: Int32 = -1
        var kind: CommitmentKind
        var status: CommitmentStatus
    }

    /// One status change (a `U` line applied to its commitment), for `--json`'s history.
    private struct Change {
        var said: ReviewStatus
        var note: Int32  // start of the note field in `bytes`
        var noteLen: Int32
        var due: Int32  // index in `dues`, -1 when none
        var session: Int32  // position in `files`
        var at: Int32  // start of the time field in `bytes`
        var atLen: Int32
        var next: Int32 = -1
    }

    /// The fields read later, copied from the cache's lines: each commitment's ref and text, each
    /// status change's note and time. The rest of the cache (ids, stamps, owners, dates, names) is
    /// parsed as it streams past: at 50,000 sessions this is about 6 MB of a 17 MB file.
    private var bytes: [UInt8] = []
    private var rows: [Row] = []
    private var changes: [Change] = []
    /// How a commitment stands, when the latest review said "in progress" with a few words (by row:
    /// rare, so not a field of every row).
    private var notes: [Int32: String] = [:]
    private var owners: [String] = []
    private var dues: [String] = []
    private var others: [String] = []
    /// The store's transcripts, sorted by id: a row's session is a position here.
    private var files = ScannedFiles()

    /// The index of `store`'s cache, or nil when the cache cannot serve alone (absent, stale for
    /// any session, or outside the assumptions above).
    static func load(store: TranscriptStore) throws -> CommitmentIndex? {
        try load(store: store, files: store.scan())
    }

    /// `load` against `files`, the store's transcripts as just scanned.
    private static func load(store: TranscriptStore, files: ScannedFiles) throws -> CommitmentIndex? {
        let path = store.directory.appendingPathComponent(".cache/commitments.v1").path
        // A cache holds less than the transcripts it was made from: a larger file is not read.
        let limit = 4096 + Int(files.totalSize) + 64 * files.count
        guard let fd = try? PosixIO.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= 0, Int(st.st_size) <= limit else { return nil }
        // Read a piece at a time, never whole (twice: once to count the lines and size the arrays);
        // a file that grew past the limit meanwhile is not read on.
        var reader = CacheFileReader(fd: fd, path: path, limit: limit)
        let counts = countLines(&reader)
        reader.rewind()
        var index = CommitmentIndex()
        let ok = index.parse(files: files, counts: counts, reader: &reader)
        return ok && !reader.tooLarge ? index : nil
    }

    /// What the parse will hold, to size its arrays once (grown by doubling, they were held at up to
    /// twice their size): the `C` and `U` lines, and exactly how many bytes of them it keeps — a `C`
    /// line's ref and text, a `U` line's ref, note and time (counting whole lines instead would
    /// reserve more memory).
    struct Counts {
        var c = 0
        var u = 0
        var kept = 0
        // Where the last piece left off: the line's first byte, the field being read, and whether
        // the next byte starts a line.
        private var kind: UInt8 = 0
        private var field = 0
        private var lineStart = true

        /// Counts one piece of the cache (a line may continue in the next piece). Each line's end and
        /// each field's end are found with `memchr`; the fields after the last kept one are skipped.
        /// (Going byte by byte through every field was 87 M of a warm `commitments`' 558 M instructions
        /// at 10,000 sessions.) The definition is `plain`; `CommitmentIndexTests` compares them.
        mutating func add(_ piece: UnsafeBufferPointer<UInt8>) {
            guard let base = piece.baseAddress else { return }
            let end = piece.count
            func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int {
                guard to > from, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
                return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            }
            var p = 0
            while p < end {
                if lineStart {
                    kind = base[p]
                    field = 0
                    lineStart = false
                    if kind == UInt8(ascii: "C") { c += 1 } else if kind == UInt8(ascii: "U") { u += 1 }
                }
                let newline = find(0x0A, p, end)  // or the piece's end
                let last = kind == UInt8(ascii: "C") ? 2 : kind == UInt8(ascii: "U") ? 5 : -1
                while p < newline && field <= last {
                    let tab = find(0x09, p, newline)
                    if field == 1 || (kind == UInt8(ascii: "C") ? field == 2 : field == 3 || field == 5) { kept += tab - p }
                    if tab < newline {
                        field += 1
                        p = tab + 1
                    } else {
                        p = newline
                    }
                }
                if newline < end {
                    lineStart = true
                    p = newline + 1
                } else {
                    p = end
                }
            }
        }

        /// The plain definition of the counts, over the whole file's bytes.
        static func plain(_ bytes: [UInt8]) -> Counts {
            var counts = Counts()
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
                let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
                let kept: [Int]
                switch line.first {
                case UInt8(ascii: "C"):
                    counts.c += 1
                    kept = [1, 2]
                case UInt8(ascii: "U"):
                    counts.u += 1
                    kept = [1, 3, 5]
                default:
                    kept = []
                }
                counts.kept += kept.filter { $0 < fields.count }.reduce(0) { $0 + fields[$1].count }
            }
            return counts
        }
    }

    /// Counts what `reader` hands over.
    static func countLines(_ reader: inout CacheFileReader) -> Counts {
        var counts = Counts()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(reader.bufferCapacity)
        while reader.read(into: &buffer) {
            buffer.withUnsafeBufferPointer { counts.add($0) }
            buffer.removeAll(keepingCapacity: true)
        }
        return counts
    }

    private init() {}

    /// The index after bringing the cache up to date (`CommitmentScan.refreshFile`): streamed from
    /// the file just written (whose blocks went to it as they were made); from the bytes in memory
    /// only when it could not be written.
    static func refreshed(store: TranscriptStore) throws -> CommitmentIndex? {
        let scan = CommitmentScan(store: store)
        if let files = try scan.refreshFile(), let index = try load(store: store, files: files) { return index }
        let (files, bytes) = try scan.refresh()
        return CommitmentIndex(bytes: bytes, files: files)
    }

    /// The index over cache bytes already in memory (just made by `CommitmentScan.refresh`).
    init?(bytes: [UInt8], files: ScannedFiles) {
        var reader = CacheFileReader(bytes: bytes)
        let counts = Self.countLines(&reader)
        reader.rewind()
        guard parse(files: files, counts: counts, reader: &reader) else { return nil }
    }

    /// A `U` line, as offsets into `bytes` (there are more of them than commitments: at 50,000
    /// sessions, a `String` and an array for each were 14 MB). Its commitment is found as it is read
    /// when that block came before it (the usual case: a review follows the session it reviews);
    /// otherwise it waits, with its ref, until every block has been read.
    private struct Update {
        var rank: Int32  // the position of the session that made it (sessions apply in id order)
        var row: Int32  // its commitment's row; -1 when not found yet (see `pending`)
        var at: Int32  // the time field
        var atLen: Int32
        var note: Int32
        var noteLen: Int32
        var due: Int32  // index in `dues`; -1 when none
        var said: ReviewStatus
    }

    /// An update whose commitment's block had not been read when it was: where the block is (file
    /// position), and the ref field in `bytes`.
    private struct Pending {
        var update: Int32
        var block: Int32
        var ref: Int32
        var refLen: Int32
    }

    /// Parses the cache's lines as `reader` hands them over.
    private mutating func parse(files: ScannedFiles, counts: Counts, reader: inout CacheFileReader) -> Bool {
        self.files = files
        rows.reserveCapacity(counts.c)
        changes.reserveCapacity(counts.u)
        bytes.reserveCapacity(counts.kept)
        // Rows of each file's block once read (start, end), -1 before.
        var blockStart = [Int32](repeating: -1, count: files.count)
        var blockEnd = [Int32](repeating: -1, count: files.count)
        var ownerIds: [ArraySlice<UInt8>: Int32] = [:]
        var dueIds: [ArraySlice<UInt8>: Int32] = [:]
        var otherIds: [ArraySlice<UInt8>: Int32] = [:]
        var updates: [Update] = []
        updates.reserveCapacity(counts.u)
        var pending: [Pending] = []
        var covered = 0
        var current: Int?  // file position of the active block, nil when skipped
        var currentRaw: [UInt8] = []  // its id's bytes
        var sawBlock = false
        var rowStart = 0
        var field: [Int] = []  // field starts, then the line's end + 1
        field.reserveCapacity(12)
        var source: [UInt8] = []  // the lines being parsed (a piece of the file)
        source.reserveCapacity(reader.bufferCapacity)

        func closeBlock() {
            if let c = current {
                blockStart[c] = Int32(rowStart)
                blockEnd[c] = Int32(rows.count)
            }
        }
        func digits(_ r: Range<Int>) -> UInt64? {
            guard !r.isEmpty, r.count <= 19 else { return nil }
            var n: UInt64 = 0
            for i in r {
                let b = source[i]
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + UInt64(b - 0x30)
            }
            return n
        }
        func f(_ k: Int) -> Range<Int> { field[k]..<(field[k + 1] - 1) }
        func plainASCII(_ r: Range<Int>) -> Bool {
            for i in r where source[i] >= 0x80 || source[i] == 0x5C { return false }
            return true
        }
        /// Copies a field of the line into `bytes`; its start there.
        func keep(_ r: Range<Int>) -> Int32 {
            let at = Int32(truncatingIfNeeded: bytes.count)
            bytes.append(contentsOf: source[r])
            return at
        }
        /// The row of block `block` whose ref is `want` (unescaped bytes).
        func findRow(in block: Int, ref want: [UInt8]) -> Int32? {
            guard blockStart[block] >= 0 else { return nil }
            return (blockStart[block]..<blockEnd[block]).first { r in
                bytes[Int(rows[Int(r)].ref)..<Int(rows[Int(r)].ref + rows[Int(r)].refLen)].elementsEqual(want)
            }
        }
        /// A due date's id, interned by its exact text escaped as the cache holds it.
        func dueID(_ due: String) -> Int32 {
            let raw = ArraySlice(Array(TSVField.escape(due).utf8))
            if let id = dueIds[raw] { return id }
            let id = Int32(dues.count)
            dueIds[raw] = id
            dues.append(due)
            return id
        }

        var first = true
        var atEnd = false
        var start = 0
        while true {
            // The next line of `source`, reading more when none is complete (the last line may lack its newline).
            var stop = start
            while stop < source.count && source[stop] != 0x0A { stop += 1 }
            if stop == source.count && !atEnd {
                source.removeSubrange(0..<start)
                start = 0
                if !reader.read(into: &source) { atEnd = true }
                continue
            }
            if start >= source.count { break }
            defer { start = stop + 1 }
            if stop == start { continue }
            // Offsets into `bytes` are Int32: a larger cache is not indexed.
            guard bytes.count < Int(Int32.max) - (stop - start) else { return false }
            field.removeAll(keepingCapacity: true)
            field.append(start)
            for i in start..<stop where source[i] == 0x09 { field.append(i + 1) }
            field.append(stop + 1)
            let count = field.count - 1
            if first {
                first = false
                let expected = [CommitmentCacheFile.magic, "1", CommitmentScan.version]
                guard count == 3, (0..<3).allSatisfy({ source[f($0)].elementsEqual(expected[$0].utf8) }) else { return false }
                continue
            }
            switch (source[start], count) {
            case (UInt8(ascii: "S"), 5):
                closeBlock()
                sawBlock = true
                current = nil
                guard let ino = digits(f(2)), let size = digits(f(3)), let mtime = digits(f(4)),
                    size <= UInt64(Int64.max), mtime <= UInt64(Int64.max)
                else { return false }
                let id = TSVField.unescape(source[f(1)])
                let stamp = SessionCache.Stamp(ino: ino, size: Int64(size), mtimeNs: Int64(mtime))
                guard let file = files.position(of: id), files.stamp(file) == stamp, blockStart[file] < 0 else { continue }
                current = file
                currentRaw = Array(source[f(1)])
                rowStart = rows.count
                covered += 1
            case (UInt8(ascii: "C"), 9):
                guard sawBlock else { return false }
                guard let c = current else { continue }
                let ref = f(1)
                // `<session>/<item>`, plain ASCII, unique in its block.
                guard plainASCII(ref), ref.count > currentRaw.count,
                    source[ref.lowerBound + currentRaw.count] == UInt8(ascii: "/"),
                    source[ref.lowerBound..<(ref.lowerBound + currentRaw.count)].elementsEqual(currentRaw),
                    !rows[rowStart...].contains(where: { bytes[Int($0.ref)..<Int($0.ref + $0.refLen)].elementsEqual(source[ref]) })
                else { return false }
                let ownerRaw = ArraySlice(source[f(3)])
                let dueRaw = ArraySlice(source[f(4)])
                let owner =
                    ownerIds[ownerRaw]
                    ?? {
                        let id = Int32(owners.count)
                        owners.append(TSVField.unescape(ownerRaw))
                        ownerIds[ArraySlice(Array(ownerRaw))] = id  // a copy: never a slice of the piece being read
                        return id
                    }()
                let due =
                    dueIds[dueRaw]
                    ?? {
                        let id = Int32(dues.count)
                        dues.append(TSVField.unescape(dueRaw))
                        dueIds[ArraySlice(Array(dueRaw))] = id
                        return id
                    }()
                func other(_ raw: ArraySlice<UInt8>) -> Int32 {
                    if let id = otherIds[raw] { return id }
                    let id = Int32(others.count)
                    others.append(TSVField.unescape(raw))
                    otherIds[ArraySlice(Array(raw))] = id
                    return id
                }
                let text = f(2)
                guard let kind = CommitmentKind(rawValue: TSVField.unescape(source[f(5)])) else { return false }
                let (playbook, sales, marketing) = (
                    other(ArraySlice(source[f(6)])), other(ArraySlice(source[f(7)])), other(ArraySlice(source[f(8)]))
                )
                rows.append(
                    Row(
                        ref: keep(ref), refLen: Int32(ref.count), text: keep(text), textLen: Int32(text.count),
                        owner: owner, due: due, session: Int32(c), playbook: playbook,
                        sales: sales, marketing: marketing, kind: kind, status: .open))
            case (UInt8(ascii: "U"), 6):
                guard sawBlock else { return false }
                guard let c = current else { continue }
                let ref = f(1)
                // Only an ASCII ref can equal a commitment's (all ASCII); its session is before the '/'.
                guard ref.allSatisfy({ source[$0] < 0x80 }) else { return false }
                let refText = TSVField.unescape(source[ref])
                let statusText = TSVField.unescape(source[f(2)])
                guard let said = ReviewStatus(rawValue: statusText) else { return false }
                guard let slash = refText.utf8.firstIndex(of: UInt8(ascii: "/")),
                    let target = files.position(of: refText[..<slash].utf8)
                else { continue }  // no such commitment: ignored
                // Its commitment, when that block was read before this one; none there: ignored.
                var row: Int32 = -1
                if target != c, blockStart[target] >= 0 {
                    guard let found = findRow(in: target, ref: Array(refText.utf8)) else { continue }
                    row = found
                }
                let dueText = TSVField.unescape(source[f(4)])
                let (at, note) = (f(5), f(3))
                if row < 0 {
                    pending.append(Pending(update: Int32(updates.count), block: Int32(target), ref: keep(ref), refLen: Int32(ref.count)))
                }
                updates.append(
                    Update(
                        rank: Int32(c), row: row, at: keep(at), atLen: Int32(at.count), note: keep(note), noteLen: Int32(note.count),
                        due: dueText == "-" ? -1 : dueID(dueText), said: said))
            default:
                return false
            }
        }
        if first { return false }
        closeBlock()
        guard covered == files.count else { return false }
        source = []
        // The updates that waited for their commitment's block: found now, or ignored (-2).
        for p in pending {
            let want = Array(TSVField.unescape(bytes[Int(p.ref)..<Int(p.ref + p.refLen)]).utf8)
            updates[Int(p.update)].row = findRow(in: Int(p.block), ref: want) ?? -2
        }
        pending = []
        // Apply in session order, then time (as the ledger does).
        let kept = self.bytes
        func slice(_ start: Int32, _ count: Int32) -> ArraySlice<UInt8> { kept[Int(start)..<Int(start + count)] }
        // Times compare as the unescaped `String`s the ledger compares; as bytes when they are plain
        // ASCII (the same order), which they are unless the cache was edited.
        func earlier(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
            let plain = { (s: ArraySlice<UInt8>) in s.allSatisfy { $0 < 0x80 && $0 != 0x5C } }
            if plain(a) && plain(b) { return a.lexicographicallyPrecedes(b) }
            return TSVField.unescape(a) < TSVField.unescape(b)
        }
        let order = updates.indices.sorted {
            let x = updates[$0]
            let y = updates[$1]
            if x.rank != y.rank { return x.rank < y.rank }
            return earlier(slice(x.at, x.atLen), slice(y.at, y.atLen))
        }
        for u in order {
            let update = updates[u]
            guard update.row >= 0 else { continue }
            let r = Int(update.row)
            let noteRange = Int(update.note)..<Int(update.note + update.noteLen)
            rows[r].status = update.said.commitmentStatus
            notes[Int32(r)] = update.said == .inProgress && !noteRange.isEmpty ? TSVField.unescape(kept[noteRange]) : nil
            if update.due >= 0 { rows[r].due = update.due }
            let change = Int32(changes.count)
            changes.append(
                Change(
                    said: update.said, note: update.note, noteLen: update.noteLen, due: update.due,
                    session: update.rank, at: update.at, atLen: update.atLen))
            if rows[r].lastChange >= 0 { changes[Int(rows[r].lastChange)].next = change } else { rows[r].firstChange = change }
            rows[r].lastChange = change
        }
        return true
    }

    /// The rows `report` shows, in its order (owner, due date, ref), and what the table needs to group them.
    private func select(_ report: CommitmentReport) -> (selected: [Int32], ownerGroup: [Int], groups: Int, dueBeforeToday: [Bool]) {
        let today = report.today
        // Per owner: lowercased, whether it passes `--owner`, its sort rank, its group (owners equal
        // as Strings share a group and a count, as in the ledger's report).
        let lowers = owners.map { $0.lowercased() }
        let wanted = report.owner?.lowercased()
        let ownerPasses = lowers.map { lower in
            guard let wanted else { return true }
            return lower == wanted || lower.split(separator: "&").map({ $0.trimmingWhitespaceSet() }).contains(wanted)
        }
        let ownerRank = Self.ranks(lowers)
        var groupOf: [String: Int] = [:]
        let ownerGroup = owners.map { o in
            groupOf[o]
                ?? {
                    let g = groupOf.count
                    groupOf[o] = g
                    return g
                }()
        }
        let dueRank = Self.ranks(dues)
        let dueBeforeToday = dues.map { $0 < today }

        var selected: [Int32] = []
        for (i, row) in rows.enumerated() where ownerPasses[Int(row.owner)] {
            let isOpen = row.status == .open || row.status == .slipped
            let keep: Bool
            switch report.filter {
            case .open: keep = isOpen
            case .overdue: keep = isOpen && dueBeforeToday[Int(row.due)]
            case .done: keep = row.status == .done
            case .all: keep = true
            }
            if keep { selected.append(Int32(i)) }
        }
        guard !selected.isEmpty else { return ([], ownerGroup, groupOf.count, dueBeforeToday) }
        bytes.withUnsafeBufferPointer { buf in
            rows.withUnsafeBufferPointer { rows in
                selected.sort { a, b in
                    let x = rows[Int(a)]
                    let y = rows[Int(b)]
                    let ox = ownerRank[Int(x.owner)]
                    let oy = ownerRank[Int(y.owner)]
                    if ox != oy { return ox < oy }
                    let dx = dueRank[Int(x.due)]
                    let dy = dueRank[Int(y.due)]
                    if dx != dy { return dx < dy }
                    let n = min(Int(x.refLen), Int(y.refLen))
                    let c = memcmp(buf.baseAddress! + Int(x.ref), buf.baseAddress! + Int(y.ref), n)
                    return c != 0 ? c < 0 : x.refLen < y.refLen
                }
            }
        }
        return (selected, ownerGroup, groupOf.count, dueBeforeToday)
    }

    /// The open commitments of the pair, oldest first: what `CommitmentLedger.open(for:)` gives for the
    /// same store (the recap's rebuild; tests compare the two).
    func open(for participants: Participants) -> [RecapItem] {
        var pairOf: [Int64: Bool] = [:]
        var picked: [Int] = []
        for (i, row) in rows.enumerated() where row.status == .open || row.status == .slipped {
            let key = Int64(row.sales) << 32 | Int64(row.marketing)
            let same =
                pairOf[key]
                ?? {
                    let c = Commitment(
                        ref: "", text: "", owner: "", due: "", kind: row.kind, session: "", playbook: "",
                        sales: others[Int(row.sales)], marketing: others[Int(row.marketing)], status: .open, history: [])
                    let same = CommitmentLedger.samePair(c, participants)
                    pairOf[key] = same
                    return same
                }()
            if same { picked.append(i) }
        }
        // Ledger order: session, then the ref's length, then the ref (refs here are plain ASCII).
        picked.sort { a, b in
            let x = rows[a]
            let y = rows[b]
            if x.session != y.session { return x.session < y.session }  // files are sorted by id
            if x.refLen != y.refLen { return x.refLen < y.refLen }
            return bytes[Int(x.ref)..<Int(x.ref + x.refLen)].lexicographicallyPrecedes(bytes[Int(y.ref)..<Int(y.ref + y.refLen)])
        }
        return picked.map { i in
            let row = rows[i]
            return RecapItem(
                ref: TSVField.unescape(bytes[Int(row.ref)..<Int(row.ref + row.refLen)]),
                text: TSVField.unescape(bytes[Int(row.text)..<Int(row.text + row.textLen)]),
                owner: owners[Int(row.owner)], due: dues[Int(row.due)], status: row.status)
        }
    }

    /// Writes what `report.write(ledger, highlight:to:)` writes for the same store.
    func write(_ report: CommitmentReport, highlight: ((String) -> String)?, to emit: (String) -> Void) {
        let today = report.today
        let (selected, ownerGroup, groups, dueBeforeToday) = select(report)
        guard !selected.isEmpty else {
            return emit(CommitmentTableWriter.emptyMessage(report.filter))
        }
        var counts = [Int](repeating: 0, count: groups)
        for i in selected { counts[ownerGroup[Int(rows[Int(i)].owner)]] += 1 }
        let todayDay = CommitmentReport.day(today)
        var when = [String?](repeating: nil, count: dues.count)
        withoutActuallyEscaping(emit) { emit in
            var table = CommitmentTableWriter(highlight: highlight, emit: emit)
            var currentGroup = -1
            for i in selected {
                let row = rows[Int(i)]
                let group = ownerGroup[Int(row.owner)]
                if group != currentGroup {
                    table.group(owner: owners[Int(row.owner)], count: counts[group])
                    currentGroup = group
                }
                let isOpen = row.status == .open || row.status == .slipped
                let due = dues[Int(row.due)]
                let relative: String
                if let w = when[Int(row.due)] {
                    relative = w
                } else {
                    relative = CommitmentReport.relative(due, todayDay: todayDay)
                    when[Int(row.due)] = relative
                }
                let textRange = Int(row.text)..<Int(row.text + row.textLen)
                let plain = bytes[textRange].allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C }
                table.row(
                    status: row.status.rawValue, overdue: isOpen && dueBeforeToday[Int(row.due)], due: due,
                    relative: relative, session: files.id(Int(row.session)),
                    text: { TerminalSafe.clean(TSVField.unescape(bytes[textRange])) },
                    printableASCII: plain ? bytes[textRange] : nil, note: notes[i])  // printable ASCII: clean and unescape change nothing
            }
            table.finish(today: today)
        }
    }

    /// Writes what `CommitmentCSV.render(report.select(ledger), today:)` returns for the same store,
    /// in pieces of about 64 KB (the same fields and quoting: `CommitmentCSV.fields`, `PlanCSV.line`).
    func csv(_ report: CommitmentReport, to emit: (String) -> Void) {
        let (selected, _, _, dueBeforeToday) = select(report)
        var out = PlanCSV.line(PlanCSV.columns)
        for i in selected {
            let row = rows[Int(i)]
            let isOpen = row.status == .open || row.status == .slipped
            out += PlanCSV.line(
                CommitmentCSV.fields(
                    kind: row.kind, text: TSVField.unescape(bytes[Int(row.text)..<Int(row.text + row.textLen)]),
                    owner: owners[Int(row.owner)], due: dues[Int(row.due)], status: row.status,
                    overdue: isOpen && dueBeforeToday[Int(row.due)], session: files.id(Int(row.session))))
            if out.utf8.count >= 64 * 1024 {
                emit(out)
                out = ""
            }
        }
        emit(out)
    }

    /// Writes what `report.json(ledger)` returns (plus its final newline) for the same store, in
    /// pieces of about 64 KB: every field of each commitment with its history, as `JSONEncoder`
    /// writes them (pretty-printed, sorted keys, `/` unescaped). Tests compare the two.
    func json(_ report: CommitmentReport, to emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { json(report, $0) }
    }

    private func json(_ report: CommitmentReport, _ emit: @escaping (String) -> Void) {
        let (selected, _, _, dueBeforeToday) = select(report)
        var out = JSONOut(emit: emit)
        out.raw("{\n  \"commitments\" : [")
        if selected.isEmpty { out.raw("\n\n  ]") }
        for (k, i) in selected.enumerated() {
            let row = rows[Int(i)]
            let isOpen = row.status == .open || row.status == .slipped
            out.raw(k == 0 ? "\n    {\n      \"due\" : " : ",\n    {\n      \"due\" : ")
            out.string(dues[Int(row.due)])
            out.raw(",\n      \"history\" : [")
            if row.firstChange < 0 {
                out.raw("\n\n      ]")
            } else {
                var c = row.firstChange
                var first = true
                while c >= 0 {
                    let change = changes[Int(c)]
                    out.raw(first ? "\n        {\n          \"at\" : " : ",\n        {\n          \"at\" : ")
                    first = false
                    out.string(TSVField.unescape(bytes[Int(change.at)..<Int(change.at + change.atLen)]))
                    if change.due >= 0 {
                        out.raw(",\n          \"due\" : ")
                        out.string(dues[Int(change.due)])
                    }
                    out.raw(",\n          \"note\" : ")
                    out.field(bytes[Int(change.note)..<Int(change.note + change.noteLen)])
                    out.raw(",\n          \"said\" : ")
                    out.string(change.said.rawValue)
                    out.raw(",\n          \"session\" : ")
                    out.string(files.id(Int(change.session)))
                    out.raw(",\n          \"status\" : ")
                    out.string(change.said.commitmentStatus.rawValue)
                    out.raw("\n        }")
                    c = change.next
                }
                out.raw("\n      ]")
            }
            out.raw(",\n      \"kind\" : ")
            out.string(row.kind.rawValue)
            out.raw(",\n      \"marketing\" : ")
            out.string(others[Int(row.marketing)])
            out.raw(isOpen && dueBeforeToday[Int(row.due)] ? ",\n      \"overdue\" : true" : ",\n      \"overdue\" : false")
            out.raw(",\n      \"owner\" : ")
            out.string(owners[Int(row.owner)])
            out.raw(",\n      \"playbook\" : ")
            out.string(others[Int(row.playbook)])
            out.raw(",\n      \"ref\" : ")
            out.field(bytes[Int(row.ref)..<Int(row.ref + row.refLen)])
            out.raw(",\n      \"sales\" : ")
            out.string(others[Int(row.sales)])
            out.raw(",\n      \"session\" : ")
            out.string(files.id(Int(row.session)))
            out.raw(",\n      \"status\" : ")
            out.string(row.status.rawValue)
            out.raw(",\n      \"text\" : ")
            out.field(bytes[Int(row.text)..<Int(row.text + row.textLen)])
            out.raw("\n    }")
        }
        if !selected.isEmpty { out.raw("\n  ]") }
        out.raw(",\n  \"filter\" : ")
        out.string(report.filter.rawValue)
        out.raw(",\n  \"today\" : ")
        out.string(report.today)
        out.raw("\n}\n")
        out.flush()
    }

    /// Each value's rank in `String` order (equal strings share a rank).
    private static func ranks(_ values: [String]) -> [Int] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var rank = [Int](repeating: 0, count: values.count)
        var r = 0
        for (k, i) in order.enumerated() {
            if k > 0, values[order[k - 1]] != values[i] { r += 1 }
            rank[i] = r
        }
        return rank
    }
}

/// JSON text in a byte buffer handed on in pieces of about 64 KB. Strings are written as
/// `JSONEncoder` writes them: a string with nothing to escape is copied as it is; any other goes
/// through `JSONEncoder` itself (one plain definition of the escapes).
struct JSONOut {
    private var out: [UInt8] = []
    private let emit: (String) -> Void
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        return e
    }()

    init(emit: @escaping (String) -> Void) {
        self.emit = emit
        out.reserveCapacity(80 * 1024)
    }

    mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func string(_ s: String) {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
            out.append(0x22)
            out.append(contentsOf: s.utf8)
            out.append(0x22)
        } else {
            out.append(contentsOf: (try? encoder.encode(s)) ?? Data("\"\"".utf8))
        }
        if out.count >= 64 * 1024 { flush() }
    }

    /// A cache field (TSV-escaped bytes): copied when it has nothing to unescape or escape and is
    /// valid UTF-8 as it stands (ASCII), otherwise unescaped and written as a string.
    mutating func field(_ raw: ArraySlice<UInt8>) {
        if raw.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) {
            out.append(0x22)
            out.append(contentsOf: raw)
            out.append(0x22)
            if out.count >= 64 * 1024 { flush() }
        } else {
            string(TSVField.unescape(raw))
        }
    }

    mutating func flush() {
        guard !out.isEmpty else { return }
        emit(String(decoding: out, as: UTF8.self))
        out.removeAll(keepingCapacity: true)
    }
}
