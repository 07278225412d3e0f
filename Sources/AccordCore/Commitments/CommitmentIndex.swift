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
/// cache file's bytes and, per commitment, offsets into them plus small integer ids for the
/// repeated strings (owner, due date, session). Text fields are decoded only for the rows printed.
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
        var session: Int32  // index in `sessions`
        var playbook: Int32  // index in `others`
        var sales: Int32  // index in `others`
        var marketing: Int32  // index in `others`
        var firstChange: Int32 = -1  // index in `changes`, oldest first
        var lastChange: Int32 = -1
        var kind: CommitmentKind
        var status: CommitmentStatus
        /// How it stands, when the latest review said "in progress" with a few words.
        var note: String? = nil
    }

    /// One status change (a `U` line applied to its commitment), for `--json`'s history.
    private struct Change {
        var said: ReviewStatus
        var note: Int32  // start of the note field in `bytes`
        var noteLen: Int32
        var due: Int32  // index in `dues`, -1 when none
        var session: Int32  // index in `sessions`
        var at: Int32  // start of the time field in `bytes`
        var atLen: Int32
        var next: Int32 = -1
    }

    /// The fields read later, copied from the cache's lines: each commitment's ref and text, each
    /// status change's ref, due date, note and time. The rest of the cache (ids, stamps, owners,
    /// dates, names) is parsed as it streams past: at 50,000 sessions this is 8 MB of a 17 MB file.
    private var bytes: [UInt8] = []
    private var rows: [Row] = []
    private var changes: [Change] = []
    private var owners: [String] = []
    private var dues: [String] = []
    private var sessions: [String] = []
    private var others: [String] = []

    /// The index of `store`'s cache, or nil when the cache cannot serve alone (absent, stale for
    /// any session, or outside the assumptions above).
    static func load(store: TranscriptStore) throws -> CommitmentIndex? {
        let files = try store.scan()
        let path = store.directory.appendingPathComponent(".cache/commitments.v1").path
        // A cache holds less than the transcripts it was made from: a larger file is not read.
        let limit = files.reduce(4096) { $0 + Int($1.stamp.size) + 64 }
        guard let fd = try? PosixIO.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= 0, Int(st.st_size) <= limit else { return nil }
        // Read in 1 MB pieces, never whole (twice: once to count the lines and size the arrays); a
        // file that grew past the limit meanwhile is not read on.
        var tooLarge = false
        func reader() -> (inout [UInt8]) -> Bool {
            var offset = 0
            return { buffer in
                guard offset <= limit, let more = try? PosixIO.pread(fd, offset: offset, count: 1 << 20, path: path) else { return false }
                offset += more.count
                if offset > limit { tooLarge = true }
                buffer.append(contentsOf: more)
                return !more.isEmpty
            }
        }
        var index = CommitmentIndex()
        let ok = index.parse(files: files, lines: countLines(reader()), size: Int(st.st_size), read: reader())
        return ok && !tooLarge ? index : nil
    }

    /// How many `C` and `U` lines come through `read` (to size the arrays once: grown by doubling,
    /// they were held at up to twice their size).
    private static func countLines(_ read: (inout [UInt8]) -> Bool) -> (c: Int, u: Int) {
        var counts = (c: 0, u: 0)
        var buffer: [UInt8] = []
        var lineStart = true
        while read(&buffer) {
            for b in buffer {
                if lineStart {
                    if b == UInt8(ascii: "C") { counts.c += 1 } else if b == UInt8(ascii: "U") { counts.u += 1 }
                }
                lineStart = b == 0x0A
            }
            buffer.removeAll(keepingCapacity: true)
        }
        return counts
    }

    /// Hands `bytes` to a parser 1 MB at a time.
    private static func pieces(of bytes: [UInt8]) -> (inout [UInt8]) -> Bool {
        var offset = 0
        return { buffer in
            guard offset < bytes.count else { return false }
            let to = min(offset + 1 << 20, bytes.count)
            buffer.append(contentsOf: bytes[offset..<to])
            offset = to
            return true
        }
    }

    private init() {}

    /// The index after bringing the cache up to date (`CommitmentScan.refresh`): streamed from the
    /// file just written, once the cache's bytes are let go; from the bytes when it could not be written.
    static func refreshed(store: TranscriptStore) throws -> CommitmentIndex? {
        if try CommitmentScan(store: store).refreshFile(), let index = try load(store: store) { return index }
        let (files, bytes) = try CommitmentScan(store: store).refresh()
        return CommitmentIndex(bytes: bytes, files: files)
    }

    /// The index over cache bytes already in memory (just written by `CommitmentScan.refresh`).
    init?(bytes: [UInt8], files: [TranscriptStore.ScannedFile]) {
        guard parse(files: files, lines: Self.countLines(Self.pieces(of: bytes)), size: bytes.count, read: Self.pieces(of: bytes)) else {
            return nil
        }
    }

    /// A `U` line, as offsets into `bytes` (there are more of them than commitments: at 50,000
    /// sessions, a `String` and an array for each were 14 MB). Fields are unescaped when applied.
    private struct Update {
        var rank: Int32  // the session's position in id order
        var block: Int32  // where its commitment's session block is (file position)
        var at: Int32  // the time field
        var atLen: Int32
        var ref: Int32  // the ref field
        var refLen: Int32
        var due: Int32  // the due field ("-" when none)
        var dueLen: Int32
        var note: Int32
        var noteLen: Int32
        var session: Int32  // the session that made the change (index in `sessions`)
        var said: ReviewStatus
    }

    /// Parses the cache's lines as `read` hands them over (it appends bytes to the buffer, false at the end).
    private mutating func parse(files: [TranscriptStore.ScannedFile], lines: (c: Int, u: Int), size: Int, read: (inout [UInt8]) -> Bool)
        -> Bool
    {
        // A file's position by its id: `files` is sorted by id (a binary search; a map of every id
        // was 3.7 MB at 50,000 sessions).
        func fileOf(_ id: String) -> Int? {
            var lo = 0
            var hi = files.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if files[mid].id < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < files.count && files[lo].id == id ? lo : nil
        }
        rows.reserveCapacity(lines.c)
        changes.reserveCapacity(lines.u)
        // At most the file's size; pages never written are never resident.
        bytes.reserveCapacity(size)
        // Rows of each file's block, once covered.
        var blockRows = [Range<Int>?](repeating: nil, count: files.count)
        var ownerIds: [ArraySlice<UInt8>: Int32] = [:]
        var dueIds: [ArraySlice<UInt8>: Int32] = [:]
        var otherIds: [ArraySlice<UInt8>: Int32] = [:]
        var updates: [Update] = []
        updates.reserveCapacity(lines.u)
        var covered = 0
        var current: Int?  // file position of the active block, nil when skipped
        var currentRaw: [UInt8] = []  // its id's bytes
        var sawBlock = false
        var rowStart = 0
        var field: [Int] = []  // field starts, then the line's end + 1
        field.reserveCapacity(12)
        var source: [UInt8] = []  // the lines being parsed (a piece of the file)

        func closeBlock() {
            if let c = current { blockRows[c] = rowStart..<rows.count }
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
                if !read(&source) { atEnd = true }
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
                guard let file = fileOf(id), files[file].stamp == stamp, blockRows[file] == nil else { continue }
                current = file
                currentRaw = Array(source[f(1)])
                rowStart = rows.count
                covered += 1
                sessions.append(files[file].id)  // the same text, without a copy of its own
            case (UInt8(ascii: "C"), 9):
                guard sawBlock else { return false }
                guard current != nil else { continue }
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
                        owner: owner, due: due, session: Int32(sessions.count - 1), playbook: playbook,
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
                    let target = fileOf(String(refText[..<slash]))
                else { continue }  // no such commitment: ignored
                let (at, due, note) = (f(5), f(4), f(3))
                updates.append(
                    Update(
                        rank: Int32(c), block: Int32(target), at: keep(at), atLen: Int32(at.count),
                        ref: keep(ref), refLen: Int32(ref.count), due: keep(due), dueLen: Int32(due.count),
                        note: keep(note), noteLen: Int32(note.count), session: Int32(sessions.count - 1), said: said))
            default:
                return false
            }
        }
        if first { return false }
        closeBlock()
        guard covered == files.count else { return false }
        // Apply in session order, then time (as the ledger does).
        source = []
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
            guard let range = blockRows[Int(update.block)] else { continue }
            let want = Array(TSVField.unescape(slice(update.ref, update.refLen)).utf8)
            guard let r = range.first(where: { kept[Int(rows[$0].ref)..<Int(rows[$0].ref + rows[$0].refLen)].elementsEqual(want) }) else {
                continue
            }
            let noteRange = Int(update.note)..<Int(update.note + update.noteLen)
            rows[r].status = update.said.commitmentStatus
            rows[r].note = update.said == .inProgress && !noteRange.isEmpty ? TSVField.unescape(kept[noteRange]) : nil
            var dueID: Int32 = -1
            let dueText = TSVField.unescape(slice(update.due, update.dueLen))
            if let due = dueText == "-" ? nil : dueText {
                // Interned by its exact text, escaped as the cache holds it.
                let raw = ArraySlice(Array(TSVField.escape(due).utf8))
                if let id = dueIds[raw] {
                    dueID = id
                } else {
                    dueID = Int32(dues.count)
                    dueIds[raw] = Int32(dues.count)
                    dues.append(due)
                }
                rows[r].due = dueID
            }
            let change = Int32(changes.count)
            changes.append(
                Change(
                    said: update.said, note: update.note, noteLen: update.noteLen, due: dueID,
                    session: update.session, at: update.at, atLen: update.atLen))
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
            if x.session != y.session { return sessions[Int(x.session)] < sessions[Int(y.session)] }
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
                    relative: relative, session: sessions[Int(row.session)],
                    text: { TerminalSafe.clean(TSVField.unescape(bytes[textRange])) },
                    printableASCII: plain ? bytes[textRange] : nil, note: row.note)  // printable ASCII: clean and unescape change nothing
            }
            table.finish(today: today)
        }
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
                    out.string(sessions[Int(change.session)])
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
            out.string(sessions[Int(row.session)])
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
