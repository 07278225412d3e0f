import Dispatch

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Builds the commitments ledger over a whole store, fast enough for thousands of sessions.
///
/// Design (see docs/commitments.md): each session's commitments and status changes are extracted
/// once and kept in a rebuildable, git-ignored cache (`.cache/commitments.v1`), keyed by the file's
/// inode, size and mtime — transcripts are append-only, so an unchanged stamp means unchanged
/// content. A warm run is `readdir` + `stat` + one sequential read of a compact tab-separated file.
/// Files that are new or changed are read with a byte-level pre-filter: only lines whose event is
/// one that can affect a commitment are JSON-decoded (a file holding an `/undo` is decoded whole,
/// since undo works on batches).
public struct CommitmentScan: Sendable {
    /// The store to scan.
    public let store: TranscriptStore
    /// Bump when extraction rules change: old cache entries are then ignored.
    static let version = "commitments-4"

    public init(store: TranscriptStore) { self.store = store }

    /// One session's part of the ledger.
    struct Extract: Sendable, Equatable {
        var made: [Commitment] = []
        var updates: [CommitmentUpdate] = []
    }

    /// The ledger of every session in the store; the cache is refreshed when anything changed.
    /// This is the plain definition the compact paths (`CommitmentIndex`, `RecapIndex`) are checked against.
    public func ledger() throws -> CommitmentLedger {
        let (_, bytes) = try refresh()
        var ledger = CommitmentLedger()
        var updates: [(session: String, update: CommitmentUpdate)] = []
        CommitmentCacheFile.parse(bytes, version: Self.version) { block in
            block.extract.made.forEach { ledger.insert($0) }
            updates += block.extract.updates.map { (block.id, $0) }
        }
        ledger.commitments.isEmpty ? () : ledger.sortBySession()
        for (session, update) in updates.sorted(by: { ($0.session, $0.update.at) < ($1.session, $1.update.at) }) {
            ledger.apply(update, session: session)
        }
        return ledger
    }

    /// Brings the cache up to date with the store and returns it (the files scanned, and the cache's
    /// bytes: one block per file), for the plain definition (`ledger()`) and a cache that cannot be
    /// written. Blocks whose file is unchanged are kept as they are; new or changed files are read in
    /// parallel, over all cores, each straight into its block's bytes.
    func refresh() throws -> (files: ScannedFiles, bytes: [UInt8]) {
        let r = try update(keep: true)
        return (r.files, r.bytes)
    }

    /// Brings the cache file up to date without holding its bytes: each block goes to the new file as
    /// it is made. Returns the files scanned when the file on disk is current, nil otherwise.
    func refreshFile() throws -> ScannedFiles? {
        let r = try update(keep: false)
        return r.written ? r.files : nil
    }

    /// The refresh: which blocks of the old cache are still current (read a piece at a time), then
    /// the new cache — those blocks copied from the old file, then the blocks of the files they do not
    /// cover — written to a temporary file renamed over the old one (never `fsync`ed: losing it costs a
    /// rebuild), and kept in memory only when `keep`.
    private func update(keep: Bool) throws -> (files: ScannedFiles, bytes: [UInt8], written: Bool) {
        let files = try store.scan()
        let header = CommitmentCacheFile.headerLine(version: Self.version)
        if files.isEmpty { return (files, header, false) }  // never litter an empty or foreign directory with a cache
        let path = store.directory.appendingPathComponent(".cache/commitments.v1").path
        // A cache holds less than the transcripts it was made from: a larger file is not read.
        let limit = 4096 + Int(files.totalSize) + 64 * files.count
        var old: CacheFileReader?
        let oldFD = try? PosixIO.open(path, O_RDONLY)
        defer { oldFD.map { _ = close($0) } }
        var st = stat()
        if let oldFD, fstat(oldFD, &st) == 0, st.st_size >= 0, Int(st.st_size) <= limit {
            old = CacheFileReader(fd: oldFD, path: path, limit: limit)
        }
        // The old blocks still current (same stamp, first of their id), as runs of the old file.
        var covered = [Bool](repeating: false, count: files.count)
        var runs: [Range<Int>] = []
        var cutShort = false  // the last run ends a file cut short (its newline is added)
        var dropped = 0
        var valid = false
        if var reader = old {
            valid =
                CommitmentCacheFile.parse(&reader, version: Self.version, decode: false) { block in
                    if let i = files.position(of: block.id), files.stamp(i) == block.stamp, !covered[i] {
                        covered[i] = true
                        if let last = runs.last, last.upperBound == block.range.lowerBound {
                            runs[runs.count - 1] = last.lowerBound..<block.range.upperBound
                        } else {
                            runs.append(block.range)
                        }
                        cutShort = block.cutShort
                    } else {
                        dropped += 1
                    }
                } && !reader.tooLarge
        }
        if !valid {  // a bad cache counts as absent, whatever was read before the bad line
            covered = Array(repeating: false, count: files.count)
            runs = []
        }
        let changed = !valid || dropped > 0 || covered.contains(false)
        if !changed && !keep { return (files, [], true) }

        var file: AtomicFileWriter? = changed ? try? CommitmentCacheFile.writer(path: path, store: store) : nil
        var bytes: [UInt8] = []
        func emit(_ b: ArraySlice<UInt8>) {
            if keep { bytes.append(contentsOf: b) }
            if let f = file, (try? f.write(b)) == nil { file = nil }
        }
        emit(header[...])
        if valid, var reader = old {
            // Copied a piece at a time. Should the old file turn out shorter than it read (edited in
            // place meanwhile), nothing of it is kept: everything is extracted again.
            var piece: [UInt8] = []
            if runs.allSatisfy({ reader.copy($0, into: &piece, to: emit) }) {
                if cutShort { emit([0x0A]) }
            } else {
                covered = Array(repeating: false, count: files.count)
                bytes = []
                file?.abandon()
                file = try? CommitmentCacheFile.writer(path: path, store: store)
                emit(header[...])
            }
        }
        let missing = files.indices.filter { !covered[$0] }
        // 1,024 files at a time, so only a batch of blocks is ever held apart from the cache; each
        // worker keeps its codec (and the playbooks it decoded) across batches.
        let codecs = Codecs(count: max(1, min(ProcessInfo.processInfo.activeProcessorCount, missing.count / 8 + 1)))
        var from = 0
        while from < missing.count {
            let to = min(from + 1024, missing.count)
            for block in extractAll(missing[from..<to].map { files[$0] }, codecs: codecs) { emit(block[...]) }
            from = to
        }
        // The transcripts the workers read are freed, but their pages stay in the workers' malloc
        // arenas, where the index built next cannot reuse them: handed back.
        if !missing.isEmpty { MemoryTrim.release() }
        var written = !changed
        if changed, let file { written = (try? file.commit(durable: false)) != nil }
        return (files, bytes, written)
    }

    /// Reads and extracts sessions into their cache blocks, spread over the cores.
    func extractAll(_ files: [TranscriptStore.ScannedFile], codecs: Codecs) -> [[UInt8]] {
        let box = ExtractBox(count: files.count)
        let workers = min(codecs.all.count, files.count)
        let store = self.store
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let codec = codecs.all[w]
            var i = w
            while i < files.count {
                let extract = Self.extract(id: files[i].id, store: store, codec: codec)
                box.set(i, [UInt8](CommitmentCacheFile.encode(id: files[i].id, stamp: files[i].stamp, extract: extract)))
                i += workers
            }
        }
        return box.values
    }

    /// One session's commitments and final status changes (empty when unreadable or damaged).
    static func extract(id: String, store: TranscriptStore, codec: EventLineCodec) -> Extract {
        // The one transcript reader (torn writes dropped whole, damage detected); a prefilter that
        // skipped unwanted lines saved ~20% here and was removed (docs/performance.md, "Codec paths").
        // The texts the fold never reads are validated, not built (`EventRecord.forCommitments`).
        guard let url = try? store.url(for: id), let file = try? TranscriptReader.read(url: url, codec: codec, detail: .commitments),
            file.damage == nil
        else {
            return Extract()
        }
        return CommitmentFold.extract(header: file.header, records: file.records, id: id)
    }

    /// The plain definition of a session's extraction, which `CommitmentFold` is checked against: the
    /// replay's commitments and final status changes.
    static func replayExtract(header: SessionHeader, records: [EventRecord], id: String) -> Extract {
        var state = SessionState.replay(header: header, records: records)
        state.id = id
        return Extract(made: CommitmentLedger.commitments(in: state), updates: state.finalCommitmentUpdates)
    }
}

/// Results written by several workers.
private final class ExtractBox: @unchecked Sendable {
    private let lock = MutexLock()
    private var stored: [[UInt8]]
    init(count: Int) { stored = Array(repeating: [], count: count) }
    func set(_ i: Int, _ e: [UInt8]) {
        lock.lock()
        stored[i] = e
        lock.unlock()
    }
    var values: [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

extension CommitmentLedger {
    /// Orders commitments by session then item, as a fold in time order would have made them.
    mutating func sortBySession() {
        // `count` of an ASCII string is its UTF-8 length, which is O(1); Character counting was a
        // fifth of a warm run.
        func length(_ s: String) -> Int { s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.count : s.count }
        let inOrder: (Commitment, Commitment) -> Bool = { ($0.session, length($0.ref), $0.ref) < ($1.session, length($1.ref), $1.ref) }
        // Read from the cache (written in session order) they usually already are: skip the re-sort.
        if zip(commitments, commitments.dropFirst()).allSatisfy({ !inOrder($1, $0) }) { return }
        let sorted = commitments.sorted(by: inOrder)
        self = CommitmentLedger()
        sorted.forEach { insert($0) }
    }
}
