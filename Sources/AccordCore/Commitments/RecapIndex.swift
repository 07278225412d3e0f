#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The opening recap ("Last time you agreed…") without reading the store: a session starts as fast
/// in a 50,000-session store as in an empty one.
///
/// Two small files in `<store>/.cache/` (git-ignored, rebuilt at will; see docs/commitments.md):
///
/// ```
/// recap.v1          accord-recap  1  <token>  <dir inode>  <dir mtime-ns>
///                   N  seq  id  sales  marketing  solo        sessions accord created since <token>
/// recap-<hash>.v1   accord-recap-pair  1  <token>  <seen seq>  <pair key>
///                   W  id  inode  size  mtime-ns              the pair's sessions that can still change
///                   O  ref  text  owner  due  status          the pair's open commitments, in ledger order
/// ```
///
/// The journal (`recap.v1`) is valid while the store directory's inode and mtime are the ones it
/// records: any file added, removed or renamed — a `git pull`, a copy — changes the directory's
/// mtime. Accord's own changes at start (the lock, the new transcript, the lock's removal) are
/// bracketed by a `stat` before and after: when the directory was exactly as recorded just before,
/// the journal moves to the new mtime and lists the new session (`N`). A pair's file is valid while
/// its token is the journal's, no session listed after its `seen` shares a name with the pair, and
/// each watched session (`W`: unfinished ones, which a resume or a running session can grow) has the
/// recorded stamp. Otherwise the recap is rebuilt from the commitments index (`CommitmentIndex`), and
/// the pair's file is rewritten from it. When a session ends, its own commitments and status changes are
/// folded into its pair's file (it is the newest session).
///
/// Any problem with either file (missing, damaged, other version, too large) means a rebuild,
/// never a wrong recap: the plain definition is `CommitmentScan.ledger().open(for:)`, which tests
/// compare this with.
public final class RecapIndex {
    static let journalMagic = "accord-recap"
    static let pairMagic = "accord-recap-pair"
    /// Cache files larger than this are treated as damaged (never read whole).
    static let maxJournalBytes = 1 << 20
    static let maxPairBytes = 16 << 20
    /// After this many `N` lines the journal starts over with a new token.
    static let maxJournalEntries = 2_000

    struct DirStamp: Equatable {
        var ino: UInt64
        var mtimeNs: Int64
    }

    struct Entry: Equatable {
        var seq: Int
        var id: String
        var names: [String]  // lowercased
    }

    struct Watched: Equatable {
        var id: String
        var stamp: SessionCache.Stamp
    }

    struct Open: Equatable {
        var item: RecapItem
    }

    private let store: TranscriptStore
    private let key: String
    private let names: [String]
    private let participants: Participants
    /// The journal as validated (or rebuilt), while accord's own changes can be tracked.
    private var token: String?
    private var dir: DirStamp?
    private var entries: [Entry] = []
    /// The pair's file, when valid or rebuilt.
    private var pairValid = false
    private var seen = 0
    private var watched: [Watched] = []
    private var open: [RecapItem] = []
    private var createdID: String?
    /// Whether the recap came from the pair's file (not from a rebuild); for tests and the bench.
    private(set) var servedFromIndex = false

    /// The pair's key: both names, lowercased and sorted (the same pair in either role), or one name for solo.
    static func key(_ p: Participants) -> String {
        p.solo
            ? "solo\t" + p.sales.lowercased()
            : "pair\t" + [p.sales.lowercased(), p.marketing.lowercased()].sorted().joined(separator: "\t")
    }

    /// Loads the journal and the pair's file (rebuilt from the store when `recap` is true and it is not
    /// valid) before a session
    /// of `participants` is created in `store`.
    public init(store: TranscriptStore, participants: Participants, recap: Bool) {
        self.store = store
        self.participants = participants
        self.key = Self.key(participants)
        self.names =
            participants.solo ? [participants.sales.lowercased()] : [participants.sales.lowercased(), participants.marketing.lowercased()]
        guard let now = dirStamp() else { return }  // no store yet: nothing to recap, nothing to track
        if let j = readJournal(), j.dir == now {
            token = j.token
            dir = j.dir
            entries = j.entries
        }
        // Without a recap the pair's file is still read, when valid, so this session is folded into it.
        if token != nil, loadPair() { return }
        if recap { rebuild() }
    }

    /// The open commitments of the pair, oldest first (what `CommitmentScan.ledger().open(for:)` gives).
    public var openCommitments: [RecapItem] { open }

    /// Runs `create` (which makes the new session's lock and file) between two `stat`s of the store
    /// directory; when nothing else changed it, the journal records the new session.
    public func create<T>(id: String, _ create: () throws -> T) rethrows -> T {
        let before = dirStamp()
        let result = try create()
        guard let token, let dir, before == dir, let after = dirStamp() else {
            self.token = nil
            return result
        }
        if entries.count >= Self.maxJournalEntries {
            self.token = nil  // the next start begins a new journal
            return result
        }
        let seq = (entries.last?.seq ?? 0) + 1
        entries.append(Entry(seq: seq, id: id, names: names))
        self.dir = after
        createdID = id
        writeJournal(token: token)
        if pairValid {
            // Every entry before this one is known to the pair: checked at load, or read by the rebuild
            // (another start since would have changed the directory, and `before == dir` would fail).
            seen = seq
            if let stamp = fileStamp(id) { watched.append(Watched(id: id, stamp: stamp)) }
            writePair(token: token)
        }
        return result
    }

    /// Runs `close` (which removes the lock) between two `stat`s, then folds what the session made
    /// and changed (`state`, when it ran to a prompt) into the pair's file.
    public func finish(state: SessionState?, _ close: () -> Void) {
        let before = dirStamp()
        close()
        guard let token, let dir, let id = createdID, before == dir, let after = dirStamp() else { return }
        self.dir = after
        writeJournal(token: token)
        // Without the final state (the run failed), the session stays watched with its stamp from
        // creation: it has grown since, so the next start rebuilds the pair's file.
        guard pairValid, let state else { return }
        watched.removeAll { $0.id == id }
        fold(state)
        if !state.completed, let stamp = fileStamp(id) { watched.append(Watched(id: id, stamp: stamp)) }
        writePair(token: token)
    }

    // MARK: Fold

    /// The session's own commitments and final status changes, as the ledger would add them last.
    private func fold(_ state: SessionState) {
        var made = CommitmentLedger.commitments(in: state).filter { $0.isOpen && CommitmentLedger.samePair($0, participants) }
        made.sort { ($0.ref.utf8.count, $0.ref) < ($1.ref.utf8.count, $1.ref) }
        for c in made where !open.contains(where: { $0.ref == c.ref }) { open.append(c.recapItem) }
        for u in state.finalCommitmentUpdates {
            guard let i = open.firstIndex(where: { $0.ref == u.ref }) else { continue }
            let status = u.status.commitmentStatus
            if status == .open || status == .slipped {
                open[i].status = status
                if let due = u.due { open[i].due = due }
            } else {
                open.remove(at: i)
            }
        }
    }

    private func relevant(_ e: Entry) -> Bool { e.names.contains { names.contains($0) } }

    // MARK: Rebuild from the store

    private func rebuild() {
        // The store's `.gitignore` and `.cache/` first, so writing the caches does not change the
        // directory after its stamp is taken.
        guard (try? store.prepare()) != nil, (try? PosixIO.ensurePrivateDirectory(cacheDir)) != nil,
            let before = dirStamp(), let open = Self.openCommitments(store: store, participants: participants),
            let sessions = try? store.listing()
        else { return }
        self.open = open
        // The pair's unfinished sessions, visited from the list cache (not held as an array).
        watched = []
        sessions.forEachEntry { e in
            let s = e.summary
            if (s.status == .inProgress || s.status == .paused)
                && [s.participants.sales, s.participants.marketing].contains(where: { names.contains($0.lowercased()) })
            {
                watched.append(Watched(id: s.id, stamp: e.stamp))
            }
        }
        pairValid = true
        if let token {
            seen = entries.last?.seq ?? 0
            writePair(token: token)
        } else {
            // A new journal, valid from the directory as it was before the scan.
            var rng = SystemRandomNumberGenerator()
            let fresh = FNV1a.hex(rng.next())
            token = fresh
            dir = before
            entries = []
            seen = 0
            writeJournal(token: fresh)
            writePair(token: fresh)
        }
    }

    /// The pair's open commitments from the commitments index (refreshed first when stale): what
    /// `CommitmentScan.ledger().open(for:)` gives, without holding every commitment as `String`s.
    /// The ledger serves only a cache the index cannot read.
    static func openCommitments(store: TranscriptStore, participants: Participants) -> [RecapItem]? {
        let index =
            (try? CommitmentIndex.load(store: store))
            ?? (try? CommitmentIndex.refreshed(store: store)) ?? nil
        if let index { return index.open(for: participants) }
        return (try? CommitmentScan(store: store).ledger())?.open(for: participants).map(\.recapItem)
    }

    // MARK: Files

    private var cacheDir: String { store.directory.appendingPathComponent(".cache").path }
    private var journalPath: String { cacheDir + "/recap.v1" }
    private var pairPath: String { cacheDir + "/recap-" + FNV1a.hex(key) + ".v1" }

    private func dirStamp() -> DirStamp? {
        guard let st = PosixIO.fileStat(store.directory.path) else { return nil }
        return DirStamp(ino: UInt64(st.st_ino), mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    private func fileStamp(_ id: String) -> SessionCache.Stamp? {
        guard let path = try? store.url(for: id).path, let st = PosixIO.fileStat(path) else { return nil }
        return SessionCache.Stamp(
            ino: UInt64(st.st_ino), size: Int64(st.st_size),
            mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    private func readJournal() -> (token: String, dir: DirStamp, entries: [Entry])? {
        guard let lines = Self.readLines(journalPath, limit: Self.maxJournalBytes), let head = lines.first,
            head.count == 5, head[0] == Self.journalMagic, head[1] == "1", !head[2].isEmpty,
            let ino = UInt64(head[3]), let mtime = Int64(head[4])
        else { return nil }
        var entries: [Entry] = []
        for f in lines.dropFirst() {
            guard f.count == 6, f[0] == "N", let seq = Int(f[1]), seq > (entries.last?.seq ?? 0), SessionID.isSafe(f[2]) else { return nil }
            entries.append(Entry(seq: seq, id: f[2], names: f[5] == "1" ? [f[3].lowercased()] : [f[3].lowercased(), f[4].lowercased()]))
        }
        return (head[2], DirStamp(ino: ino, mtimeNs: mtime), entries)
    }

    private func writeJournal(token: String) {
        guard let dir else { return }
        var out = "\(Self.journalMagic)\t1\t\(token)\t\(dir.ino)\t\(dir.mtimeNs)\n"
        for e in entries {
            let (s, m, solo) = e.names.count == 1 ? (e.names[0], "", "1") : (e.names[0], e.names[1], "0")
            out += "N\t\(e.seq)\t\(e.id)\t\(TSVField.escape(s))\t\(TSVField.escape(m))\t\(solo)\n"
        }
        write(out, to: journalPath)
    }

    /// Reads the pair's file; true when it is valid for the journal and the watched sessions.
    private func loadPair() -> Bool {
        guard let lines = Self.readLines(pairPath, limit: Self.maxPairBytes), let head = lines.first,
            head.count == 5, head[0] == Self.pairMagic, head[1] == "1", head[2] == token, let seen = Int(head[3]), head[4] == key
        else { return false }
        var watched: [Watched] = []
        var open: [RecapItem] = []
        for f in lines.dropFirst() {
            switch (f.first, f.count) {
            case ("W", 5):
                guard let ino = UInt64(f[2]), let size = Int64(f[3]), let mtime = Int64(f[4]), SessionID.isSafe(f[1]) else { return false }
                watched.append(Watched(id: f[1], stamp: .init(ino: ino, size: size, mtimeNs: mtime)))
            case ("O", 6):
                guard let status = CommitmentStatus(rawValue: f[5]) else { return false }
                open.append(RecapItem(ref: f[1], text: f[2], owner: f[3], due: f[4], status: status))
            default:
                return false
            }
        }
        // A session accord created since, sharing a name with the pair, is not in this file yet.
        guard entries.allSatisfy({ $0.seq <= seen || !relevant($0) }) else { return false }
        guard watched.allSatisfy({ fileStamp($0.id) == $0.stamp }) else { return false }
        self.seen = seen
        self.watched = watched
        self.open = open
        pairValid = true
        servedFromIndex = true
        return true
    }

    private func writePair(token: String) {
        var out = "\(Self.pairMagic)\t1\t\(token)\t\(seen)\t\(TSVField.escape(key))\n"
        for w in watched { out += "W\t\(w.id)\t\(w.stamp.ino)\t\(w.stamp.size)\t\(w.stamp.mtimeNs)\n" }
        for o in open {
            out += (["O", o.ref, o.text, o.owner, o.due, o.status.rawValue].map(TSVField.escape)).joined(separator: "\t") + "\n"
        }
        write(out, to: pairPath)
    }

    private func write(_ text: String, to path: String) {
        guard (try? PosixIO.ensurePrivateDirectory(cacheDir)) != nil else { return }
        try? PosixIO.writeAtomically(Data(text.utf8), to: path, durable: false)
    }

    /// The file's lines split into unescaped fields; nil when missing, larger than `limit`, not
    /// newline-terminated or not UTF-8.
    static func readLines(_ path: String, limit: Int) -> [[String]]? {
        guard let bytes = CommitmentCacheFile.load(path: path, limit: limit), bytes.last == 0x0A else { return nil }
        var lines: [[String]] = []
        for line in bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard !line.isEmpty else { return nil }
            lines.append(line.split(separator: 0x09, omittingEmptySubsequences: false).map { TSVField.unescape($0) })
        }
        return lines
    }
}
