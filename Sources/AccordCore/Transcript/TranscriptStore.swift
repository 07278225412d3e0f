import Dispatch

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The directory of transcripts: one `<id>.jsonl` per session (see docs/transcript-format.md).
///
/// The directory is created with mode 0700 when a session is first created in it, and gets a
/// `.gitignore` (written once, if absent) ignoring `*.lock` and `.cache/`, so a team can keep the
/// store in git: sessions never share a file, ids never collide, and nothing shared is edited by two
/// people. `list()` is fast for thousands of sessions thanks to a rebuildable cache (`SessionCache`).
public struct TranscriptStore: Sendable {
    /// Counts a session's agreed and parked items and tells whether it is complete. Supplied by the
    /// session engine; `simpleSummary` is a stand-in. It must read only the records' outline (event
    /// cases, item ids, roles, closed values, numbers; not texts, fields or times): `list()` reads
    /// transcripts at that detail (`RecordDetail.outline`), and `SessionListTests` checks that its
    /// summaries are `summary(of:)`'s, which reads everything.
    public typealias Summarizer = @Sendable (SessionHeader, [EventRecord]) -> (agreed: Int, parked: Int, completed: Bool)

    /// The store directory.
    public let directory: URL
    /// The summariser for `list()`.
    public let summarize: Summarizer
    /// Identifies the summariser's rules; change it when they change, to invalidate cached summaries.
    public let summaryVersion: String

    public init(directory: URL, summaryVersion: String = "simple-1", summarize: @escaping Summarizer = TranscriptStore.simpleSummary) {
        self.directory = directory.standardizedFileURL
        self.summarize = summarize
        self.summaryVersion = summaryVersion
    }

    /// Agreed = items with `.agreed` from both roles; parked = `.parked` + items `.declined`;
    /// completed = a `.completed` event.
    public static let simpleSummary: Summarizer = { _, records in
        var agreedBy: [String: Set<Role>] = [:]
        var parked = 0
        var declined = Set<String>()
        var completed = false
        for record in records {
            switch record.event {
            case .agreed(let item, let by): agreedBy[item, default: []].insert(by)
            case .parked: parked += 1
            case .declined(let item, _, _): declined.insert(item)
            case .completed: completed = true
            default: break
            }
        }
        return (agreedBy.values.filter { $0.count == 2 }.count, parked + declined.count, completed)
    }

    // MARK: Paths

    /// The transcript file of `id`; throws `invalidID` for anything that is not a safe id, so no
    /// path outside the store can ever be formed.
    public func url(for id: String) throws -> URL {
        guard SessionID.isSafe(id) else { throw AccordTranscriptError.invalidID(id) }
        return directory.appendingPathComponent(id + "." + TranscriptFormat.fileExtension)
    }

    var cachePath: String { directory.appendingPathComponent(".cache/sessions.v1").path }

    /// Creates the directory (0700, with its marker) if missing and the `.gitignore` if absent,
    /// through the one store layer (`StoreLocation.prepare`).
    public func prepare() throws {
        try StoreLocation(path: directory.path).prepare()
    }

    // MARK: Sessions

    /// Creates a new session (see `TranscriptWriter.create`).
    public func create(header: SessionHeader) throws -> TranscriptWriter {
        try TranscriptWriter.create(store: self, header: header)
    }

    /// Opens session `id` for appending (see `TranscriptWriter.open(existing:)`).
    public func open(id: String) throws -> TranscriptWriter {
        try TranscriptWriter.open(existing: url(for: id))
    }

    /// Reads session `id`.
    public func read(id: String) throws -> TranscriptFile {
        let url = try url(for: id)
        guard PosixIO.fileStat(url.path) != nil else { throw AccordTranscriptError.notFound(id) }
        return try TranscriptReader.read(url: url)
    }

    /// The ids of all transcripts in the store, sorted (oldest first). Empty if the store is missing.
    public func ids() throws -> [String] {
        try scan().map(\.id)
    }

    /// The id `userText` names: full id, file name, or unique prefix (`20261122-10`).
    public func resolve(_ userText: String) throws -> String {
        _ = try SessionID.normalize(userText)  // reject path tricks before touching the disk
        return try SessionID.resolve(userText, among: ids())
    }

    // MARK: Listing

    /// Summaries of all sessions, sorted by id. Unchanged files are summarised from the cache;
    /// new or changed ones are read (in parallel) and the cache is rewritten atomically.
    /// A damaged or unreadable transcript is listed as `.damaged`; it never hides the others.
    /// The plain definition is `summary(of:)` of every file; tests compare.
    public func list() throws -> [SessionSummary] {
        let listing = try listing()
        var out: [SessionSummary] = []
        out.reserveCapacity(listing.count)
        listing.forEach { out.append($0) }
        return out
    }

    /// `list()` without holding the summaries: the refreshed cache's lines, decoded as they are visited.
    public func listing() throws -> SessionList {
        let files = try scan()
        if files.isEmpty { return SessionList(bytes: [], start: 0, count: 0) }  // never litter an empty or foreign directory with a cache
        // A cache holds less than the transcripts it was made from: a larger file is not read.
        let limit = 4096 + Int(files.totalSize) + 64 * files.count
        let old = CommitmentCacheFile.load(path: cachePath, limit: limit) ?? []
        // Where each file's line is in the old cache, when its stamp matches.
        var kept = [Range<Int>?](repeating: nil, count: files.count)
        var used = 0
        var cachedCount = 0
        var valid = false
        if let first = SessionCache.entriesStart(old, summaryVersion: summaryVersion) {
            valid = true
            var next = first
            // The cache entry at the merge's position (every line is checked: one bad line and the
            // whole cache counts as absent).
            var current: (id: String, stamp: SessionCache.Stamp, line: Range<Int>)?
            func advance() {
                current = nil
                guard valid, next < old.count else { return }
                var stop = next
                while old[stop] != 0x0A { stop += 1 }  // the file ends with a newline
                guard let e = SessionCache.entry(old[next..<stop]) else {
                    valid = false
                    return
                }
                current = (e.summary.id, e.stamp, next..<(stop + 1))
                cachedCount += 1
                next = stop + 1
            }
            advance()
            // Both are sorted by id (the cache is written so): one merge, no map over every id.
            for (i, file) in files.enumerated() where valid {
                while let c = current, c.id < file.id { advance() }
                if let c = current, c.id == file.id, c.stamp == file.stamp {
                    kept[i] = c.line
                    used += 1
                    advance()
                }
            }
            while valid, current != nil { advance() }
        }
        if valid && used == files.count && cachedCount == files.count {
            return SessionList(bytes: old, start: SessionCache.entriesStart(old, summaryVersion: summaryVersion)!, count: files.count)
        }
        if !valid {
            kept = Array(repeating: nil, count: files.count)
        }
        // New or changed files are read over all cores, 1,024 at a time, each worker with its own
        // codec (which decodes each distinct embedded playbook once); their lines go straight into
        // the new cache's bytes, in id order.
        var bytes = SessionCache.headerLine(summaryVersion: summaryVersion)
        let start = bytes.count
        bytes.reserveCapacity(old.count + 256 * (files.count - used))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (files.count - used) / 8 + 1))
        let codecs = Codecs(count: workers)
        var batchStart = 0
        while batchStart < files.count {
            let batch = batchStart..<min(batchStart + 1024, files.count)
            let todo = batch.filter { kept[$0] == nil }
            let lines = summarizeLines(todo.map { files[$0] }, codecs: codecs)
            var k = 0
            for i in batch {
                if let line = kept[i] {
                    bytes.append(contentsOf: old[line])
                } else {
                    bytes.append(contentsOf: lines[k])
                    k += 1
                }
            }
            batchStart = batch.upperBound
        }
        try? writeCache(bytes)
        return SessionList(bytes: bytes, start: start, count: files.count)
    }

    /// Summarises one transcript without the cache.
    public func summary(of url: URL) -> SessionSummary {
        summary(of: url, codec: EventLineCodec())
    }

    /// `summary(of:)` with a codec the caller reuses (one per thread), and the id when the caller
    /// knows it (`deletingPathExtension` cost 3% of a cold `list`). `list()` reads the transcript's
    /// outline (`RecordDetail.outline`: the same summary, without building the texts).
    func summary(of url: URL, id knownID: String? = nil, codec: EventLineCodec, detail: RecordDetail = .full) -> SessionSummary {
        let id = knownID ?? String(url.deletingPathExtension().lastPathComponent)
        do {
            let file = try TranscriptReader.read(url: url, codec: codec, detail: detail)
            var s = SessionSummary(file: file, summarize: summarize)
            s.id = id  // the file name is the id the store resolves
            return s
        } catch {
            return .unreadable(id: id, reason: "\(error)")
        }
    }

    struct ScannedFile {
        var id: String
        var stamp: SessionCache.Stamp
    }

    /// `readdir` + `fstatat` of every `<id>.jsonl`, sorted by id (the ids in one byte buffer: see
    /// `ScannedFiles`).
    func scan() throws -> ScannedFiles {
        guard let dir = opendir(directory.path) else {
            if errno == ENOENT { return ScannedFiles() }
            throw AccordTranscriptError.io(path: directory.path, operation: "opendir", errno: errno)
        }
        defer { closedir(dir) }
        let dfd = dirfd(dir)
        var ids: [UInt8] = []
        var ends: [Int32] = []
        var stamps: [SessionCache.Stamp] = []
        let suffix = Array(("." + TranscriptFormat.fileExtension).utf8)
        while let entry = readdir(dir) {
            let stamp: SessionCache.Stamp? = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { cName in
                    let name = UnsafeRawBufferPointer(start: cName, count: strlen(cName))
                    guard name.count > suffix.count, name.suffix(suffix.count).elementsEqual(suffix) else { return nil }
                    let id = name.prefix(name.count - suffix.count)
                    guard SessionID.isSafe(utf8: id) else { return nil }
                    var st = stat()
                    guard fstatat(dfd, cName, &st, 0) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
                    guard st.st_size > 0 else {
                        // An empty file can only be left by an older accord killed during start-up (this one
                        // creates transcripts complete or not at all): it is no session. Removed when the
                        // store is writable and the file is not brand new (an older accord may be creating it).
                        if time(nil) - st.st_mtim.tv_sec > 10 { _ = unlinkat(dfd, cName, 0) }
                        return nil
                    }
                    ids.append(contentsOf: id)
                    ends.append(Int32(ids.count))
                    let mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
                    return SessionCache.Stamp(ino: UInt64(st.st_ino), size: Int64(st.st_size), mtimeNs: mtime)
                }
            }
            if let stamp { stamps.append(stamp) }
        }
        return ScannedFiles(unsorted: ids, ends: ends, stamps: stamps)
    }

    /// The cache lines of `files`, read and summarised over the available cores.
    private func summarizeLines(_ files: [ScannedFile], codecs: Codecs) -> [[UInt8]] {
        guard !files.isEmpty else { return [] }
        let box = ResultBox(count: files.count)
        let workers = min(codecs.all.count, files.count)
        let store = self
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let codec = codecs.all[w]
            var i = w
            while i < files.count {
                let url = store.directory.appendingPathComponent(files[i].id + "." + TranscriptFormat.fileExtension)
                var line: [UInt8] = []
                SessionCache.appendLine(
                    .init(stamp: files[i].stamp, summary: store.summary(of: url, id: files[i].id, codec: codec, detail: .outline)),
                    to: &line)
                box.set(i, line)
                i += workers
            }
        }
        return box.values
    }

    private func writeCache(_ bytes: [UInt8]) throws {
        guard PosixIO.fileStat(directory.path) != nil else { return }
        try prepare()
        try PosixIO.ensurePrivateDirectory(directory.appendingPathComponent(".cache").path)
        try bytes.withUnsafeBytes { try PosixIO.writeAtomically(bytes: $0, to: cachePath, durable: false) }
    }
}

/// One codec per worker, kept across batches (each caches the playbooks it has decoded).
final class Codecs: @unchecked Sendable {
    let all: [EventLineCodec]
    init(count: Int) { all = (0..<count).map { _ in EventLineCodec() } }
}

/// Results written from several threads, each index by exactly one.
private final class ResultBox: @unchecked Sendable {
    private let lock = MutexLock()
    private(set) var values: [[UInt8]]
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [UInt8]) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
}
