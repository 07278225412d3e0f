import Foundation
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
    static let version = "commitments-3"

    public init(store: TranscriptStore) { self.store = store }

    /// One session's part of the ledger.
    struct Extract: Sendable {
        var made: [Commitment] = []
        var updates: [CommitmentUpdate] = []
    }

    /// The ledger of every session in the store; the cache is refreshed when anything changed.
    /// `excluding` names a session known to hold no event yet (the one being started): it can add
    /// nothing, so it is neither read (its header is the costly part) nor cached.
    public func ledger(excluding: String? = nil) throws -> CommitmentLedger {
        var files = try store.scan()
        if let excluding { files.removeAll { $0.id == excluding } }
        let cachePath = store.directory.appendingPathComponent(".cache/commitments.v1").path
        var fresh: [String: SessionCache.Stamp] = [:]
        for f in files { fresh[f.id] = f.stamp }
        var ledger = CommitmentLedger()
        var updates: [(session: String, update: CommitmentUpdate)] = []
        var covered = Set<String>()
        var kept: [ArraySlice<UInt8>] = []
        let valid = CommitmentCacheFile.read(path: cachePath, version: Self.version) { block in
            guard fresh[block.id] == block.stamp, covered.insert(block.id).inserted else { return }
            block.extract.made.forEach { ledger.insert($0) }
            updates += block.extract.updates.map { (block.id, $0) }
            kept.append(block.raw)
        }
        if !valid {  // a bad cache counts as absent, whatever was read before the bad line
            ledger = CommitmentLedger()
            updates = []
            covered = []
            kept = []
        }
        let missing = files.filter { !covered.contains($0.id) }
        if !missing.isEmpty {
            let extracts = extractAll(missing.map(\.id))
            var added: [UInt8] = []
            for (file, extract) in zip(missing, extracts) {
                extract.made.forEach { ledger.insert($0) }
                updates += extract.updates.map { (file.id, $0) }
                added.append(contentsOf: CommitmentCacheFile.encode(id: file.id, stamp: file.stamp, extract: extract))
            }
            try? CommitmentCacheFile.write(path: cachePath, version: Self.version, blocks: kept + [added[...]], store: store)
        } else if covered.count != files.count || kept.isEmpty && !files.isEmpty {
            try? CommitmentCacheFile.write(path: cachePath, version: Self.version, blocks: kept, store: store)
        }
        ledger.commitments.isEmpty ? () : ledger.sortBySession()
        for (session, update) in updates.sorted(by: { ($0.session, $0.update.at) < ($1.session, $1.update.at) }) {
            ledger.apply(update, session: session)
        }
        return ledger
    }

    /// Reads and extracts sessions, spread over the cores.
    func extractAll(_ ids: [String]) -> [Extract] {
        let box = ExtractBox(count: ids.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 8 + 1))
        let store = self.store
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let codec = EventLineCodec()
            var i = w
            while i < ids.count {
                box.set(i, Self.extract(id: ids[i], store: store, codec: codec))
                i += workers
            }
        }
        return box.values
    }

    /// One session's commitments and final status changes (empty when unreadable or damaged).
    static func extract(id: String, store: TranscriptStore, codec: EventLineCodec) -> Extract {
        // The one transcript reader (torn writes dropped whole, damage detected); a prefilter that
        // skipped unwanted lines saved ~20% here and was removed (docs/performance.md, "Codec paths").
        guard let url = try? store.url(for: id), let file = try? TranscriptReader.read(url: url, codec: codec), file.damage == nil else {
            return Extract()
        }
        var state = SessionState.replay(header: file.header, records: file.records)
        state.id = id
        return Extract(made: CommitmentLedger.commitments(in: state), updates: state.finalCommitmentUpdates)
    }
}

/// Results written by several workers.
private final class ExtractBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [CommitmentScan.Extract]
    init(count: Int) { stored = Array(repeating: .init(), count: count) }
    func set(_ i: Int, _ e: CommitmentScan.Extract) { lock.lock(); stored[i] = e; lock.unlock() }
    var values: [CommitmentScan.Extract] { lock.lock(); defer { lock.unlock() }; return stored }
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
