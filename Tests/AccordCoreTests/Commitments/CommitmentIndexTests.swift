import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `CommitmentIndex` (the compact path of `accord commitments`) must write exactly what the
/// ledger's report writes for the same store and cache.
@Suite struct CommitmentIndexTests {
    func ledgerText(_ store: TranscriptStore, _ report: CommitmentReport, _ highlight: ((String) -> String)?) throws -> String {
        var out = ""
        report.write(try CommitmentScan(store: store).ledger(), highlight: highlight) { out += $0 }
        return out
    }

    func indexText(_ store: TranscriptStore, _ report: CommitmentReport, _ highlight: ((String) -> String)?) throws -> String? {
        guard let index = try CommitmentIndex.load(store: store) else { return nil }
        var out = ""
        index.write(report, highlight: highlight) { out += $0 }
        return out
    }

    func compareAll(_ store: TranscriptStore) throws {
        let ledger = try CommitmentScan(store: store).ledger()
        let owners = ledger.commitments.map(\.owner)
        // The recap's rebuild: every pair's open commitments, in either role and case, and solo.
        let index = try #require(try CommitmentIndex.load(store: store))
        var pairs: [Participants] = [Participants(sales: "nobody", marketing: "none")]
        for c in ledger.commitments {
            pairs.append(Participants(sales: c.sales, marketing: c.marketing))
            pairs.append(Participants(sales: c.marketing.uppercased(), marketing: c.sales))
            var solo = Participants(sales: c.marketing, marketing: "")
            solo.solo = true
            pairs.append(solo)
        }
        var nonEmpty = 0
        var seen = Set<String>()
        for p in pairs where seen.insert("\(p.sales)\t\(p.marketing)\t\(p.solo)").inserted {
            let expected = ledger.open(for: p).map(\.recapItem)
            #expect(index.open(for: p) == expected, "\(p)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(ledger.commitments.allSatisfy { !$0.isOpen } || nonEmpty > 0)
        for filter in CommitmentReport.Filter.allCases {
            for owner in [nil, owners.first?.uppercased(), owners.last, "nobody"] {
                for today in ["2026-01-01", "2026-11-22", "2031-06-30"] {
                    for highlight in [nil, { "<" + $0 + ">" } as (String) -> String] {
                        let report = CommitmentReport(filter: filter, owner: owner, today: today)
                        let expected = try ledgerText(store, report, highlight)
                        let got = try indexText(store, report, highlight)
                        #expect(got == expected, "filter \(filter) owner \(owner ?? "-") today \(today)")
                    }
                    let report = CommitmentReport(filter: filter, owner: owner, today: today)
                    let expected = report.json(try CommitmentScan(store: store).ledger()) + "\n"
                    var got = ""
                    try #require(try CommitmentIndex.load(store: store)).json(report) { got += $0 }
                    #expect(got == expected, "json: filter \(filter) owner \(owner ?? "-") today \(today)")
                    let expectedCSV = CommitmentCSV.render(report.select(ledger), today: today)
                    var csv = ""
                    index.csv(report) { csv += $0 }
                    #expect(csv == expectedCSV, "csv: filter \(filter) owner \(owner ?? "-") today \(today)")
                }
            }
        }
    }

    func generated(_ sessions: Int) throws -> (TranscriptStore, URL) {
        let dir = TestScratch.url("accord-index")
        try StoreGenerator.generate(into: dir, sessions: sessions, eventsPerSession: 50, seed: 7)
        let store = TranscriptStore(directory: dir, summaryVersion: "t", summarize: { _, _ in (0, 0, false) })
        _ = try CommitmentScan(store: store).ledger()  // writes the cache
        return (store, dir)
    }

    @Test func sameTableAsTheLedgerOnAGeneratedStore() throws {
        let (store, dir) = try generated(120)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CommitmentIndex.load(store: store) != nil)
        try compareAll(store)
    }

    @Test func escapedAndControlTextAndUpdatesMatchTheLedger() throws {
        let (store, dir) = try generated(40)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(".cache/commitments.v1")
        var lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Odd texts and owners, and a slip of the first commitment in the next session's block.
        var edited = 0
        var firstRef: String?
        for (i, line) in lines.enumerated() where line.hasPrefix("C\t") {
            var f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if firstRef == nil { firstRef = f[1] }
            switch edited % 4 {
            case 0: f[2] = "tab\\there \\\\ back \u{1B}[31m esc \u{202E} bidi"
            case 1: f[3] = "Émile & dana"
            case 2: f[3] = "E\u{301}mile"
            default: f[2] = "naïve café \"quoted\" a/b \u{7F} \u{2028} \u{01}"
            }
            edited += 1
            lines[i] = f.joined(separator: "\t")
        }
        if let firstRef, let last = lines.lastIndex(where: { $0.hasPrefix("U\t") || $0.hasPrefix("C\t") }) {
            lines.insert("U\t\(firstRef)\tslipped\tlater \"then\" a/b\t2027-03-01\t2027-01-01T00:00:00Z", at: last + 1)
            lines.insert("U\t\(firstRef)\tin-progress\t\t-\t2026-12-01T00:00:00Z", at: last + 1)
            lines.insert("U\t\(firstRef)x\tdone\t\t-\t2027-01-01T00:00:00Z", at: last + 1)
        }
        try lines.joined(separator: "\n").write(to: path, atomically: false, encoding: .utf8)
        #expect(try CommitmentIndex.load(store: store) != nil)
        try compareAll(store)
    }

    @Test func sameTableAndJSONAsTheLedgerOnRealSessions() throws {
        // Sessions through the engine, with reviews: done, slipped with a new date, dropped.
        let s = RecapIndexTests.Store()
        let a = Participants(sales: "Dana", marketing: "Lee")
        for playbook in ["goals", "retro", "review", "goals", "review"] { try s.start(playbook, a) }
        try s.start("goals", Participants(sales: "Priya", marketing: "Omar"))
        let ledger = try CommitmentScan(store: s.store).ledger()
        #expect(ledger.commitments.contains { $0.history.count >= 2 })
        #expect(ledger.commitments.contains { $0.status == .done } && ledger.commitments.contains { $0.status == .slipped })
        try compareAll(s.store)
    }

    @Test func theColdPathServesFromTheRefreshedCache() throws {
        let (store, dir) = try generated(30)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".cache"))
        let (files, bytes) = try CommitmentScan(store: store).refresh()
        let report = CommitmentReport(filter: .all, today: "2026-06-01")
        var cold = ""
        var warm = ""
        try #require(CommitmentIndex(bytes: bytes, files: files)).json(report) { cold += $0 }
        try #require(try CommitmentIndex.load(store: store)).json(report) { warm += $0 }
        let plain = report.json(try CommitmentScan(store: store).ledger()) + "\n"
        #expect(cold == warm)
        #expect(cold == plain)
    }

    @Test func everyFormatOfTheCommandMatchesThePlainPath() throws {
        let (store, dir) = try generated(60)
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in CommitmentReport.Format.allCases {
            for filter in CommitmentReport.Filter.allCases {
                let report = CommitmentReport(filter: filter, today: "2026-11-22")
                var fast = ""
                var plain = ""
                try report.write(store: store, format: format, highlight: nil) { fast += $0 }
                try report.write(store: store, format: format, highlight: nil, plain: true) { plain += $0 }
                #expect(fast == plain, "\(format) \(filter)")
                #expect(!fast.isEmpty)
            }
        }
        var csv = ""
        try CommitmentReport(filter: .all, today: "2026-11-22").write(store: store, format: .csv, highlight: nil) { csv += $0 }
        #expect(csv.split(separator: "\r\n").count > 20)  // the generated store has commitments
    }

    /// The blocks of a cache file, by session id, as text.
    func blocks(_ bytes: [UInt8]) -> [String: String] {
        var out: [String: String] = [:]
        #expect(
            CommitmentCacheFile.parse(bytes, version: CommitmentScan.version) { block in
                out[block.id] = String(decoding: bytes[block.range], as: UTF8.self) + (block.cutShort ? "\n" : "")
            })
        return out
    }

    @Test func aRefreshKeepsCurrentBlocksAndRereadsTheRest() throws {
        let (store, dir) = try generated(40)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = dir.appendingPathComponent(".cache/commitments.v1")
        let ids = try store.ids()
        // A session that grew, one removed, one copied in (as by `git pull`), and in the old cache a
        // repeated block and a last line without its newline.
        let grown = try FileHandle(forWritingTo: try store.url(for: ids[3]))
        grown.seekToEndOfFile()
        grown.write(Data("\n".utf8))
        try grown.close()
        try FileManager.default.removeItem(at: try store.url(for: ids[7]))
        let copy = "20991231-235959-zzzzzz"
        try FileManager.default.copyItem(at: try store.url(for: ids[5]), to: try store.url(for: copy))
        var old = try [UInt8](Data(contentsOf: cache))
        let parsed = blocks(old)
        old += Array((parsed[ids[9]] ?? "").utf8)
        old.removeLast()  // the newline
        try Data(old).write(to: cache)

        let files = try #require(try CommitmentScan(store: store).refreshFile())
        #expect(files.count == ids.count)  // one removed, one added
        let refreshed = try [UInt8](Data(contentsOf: cache))
        // What a cold run makes.
        try FileManager.default.removeItem(at: cache)
        let cold = try CommitmentScan(store: store).refresh().bytes
        #expect(blocks(refreshed) == blocks(cold))
        #expect(blocks(refreshed).count == ids.count)
        #expect(refreshed.count == cold.count)
        // The unchanged blocks were copied in their order, the others made after them.
        let order = { (bytes: [UInt8]) -> [String] in
            var out: [String] = []
            CommitmentCacheFile.parse(bytes, version: CommitmentScan.version) { out.append($0.id) }
            return out
        }
        #expect(Array(order(refreshed).suffix(2)) == [ids[3], copy])
        try Data(refreshed).write(to: cache)
        try compareAll(store)
        // Unchanged: nothing is written (the file keeps its inode).
        let inode = { try FileManager.default.attributesOfItem(atPath: cache.path)[.systemFileNumber] as? Int }
        let before = try inode()
        #expect(try CommitmentScan(store: store).refreshFile() != nil)
        #expect(try inode() == before)
        // In memory, the same bytes as the file.
        #expect(try CommitmentScan(store: store).refresh().bytes == refreshed)
    }

    @Test func aBadLineRebuildsTheWholeCache() throws {
        let (store, dir) = try generated(20)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = dir.appendingPathComponent(".cache/commitments.v1")
        let good = try [UInt8](Data(contentsOf: cache))
        var lines = String(decoding: good, as: UTF8.self).split(separator: "\n").map(String.init)
        // A wrong stamp early (its block must not be kept) and a bad line late (nothing is kept).
        let firstS = try #require(lines.firstIndex { $0.hasPrefix("S\t") })
        var f = lines[firstS].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        f[3] = "1"
        lines[firstS] = f.joined(separator: "\t")
        lines.insert("X\tnot a line", at: lines.count - 2)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: cache)
        #expect(try CommitmentIndex.load(store: store) == nil)
        #expect(try CommitmentScan(store: store).refreshFile() != nil)
        #expect(try [UInt8](Data(contentsOf: cache)) == good)
        #expect(try CommitmentIndex.load(store: store) != nil)
    }

    @Test func aHugeCacheIsNotRead() throws {
        let (store, dir) = try generated(5)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(".cache/commitments.v1")
        let h = try FileHandle(forWritingTo: path)
        h.seekToEndOfFile()
        h.write(Data(repeating: 0x43, count: 4 << 20))
        try h.close()
        #expect(try CommitmentIndex.load(store: store) == nil)
        #expect(try !CommitmentScan(store: store).ledger().commitments.isEmpty)  // rebuilt
        #expect(try CommitmentIndex.load(store: store) != nil)
    }

    @Test func staleOrMissingCacheIsNotUsed() throws {
        let (store, dir) = try generated(10)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }.sorted()[0]
        let h = try FileHandle(forWritingTo: dir.appendingPathComponent(first))
        h.seekToEndOfFile()
        h.write(Data("\n".utf8))
        try h.close()
        #expect(try CommitmentIndex.load(store: store) == nil)
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".cache"))
        #expect(try CommitmentIndex.load(store: store) == nil)
    }

    /// The counts that size the index's arrays (found with `memchr`, a piece at a time) against their
    /// plain definition (the whole bytes split into lines and fields): a real cache and random bytes
    /// made of the few that matter, cut into pieces anywhere (a line, a field, a tab split across them).
    @Test func theLineCountsAreThePlainCountsWhereverThePiecesEnd() throws {
        func totals(_ c: CommitmentIndex.Counts) -> [Int] { [c.c, c.u, c.kept] }
        let (store, dir) = try generated(30)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A generated store's cache, then one of real sessions with reviews (`U` lines).
        let s = RecapIndexTests.Store()
        for playbook in ["goals", "review", "review"] { try s.start(playbook, Participants(sales: "Dana", marketing: "Lee")) }
        let real =
            try [UInt8](Data(contentsOf: dir.appendingPathComponent(".cache/commitments.v1")))
            + CommitmentScan(store: s.store).refresh().bytes
        var rng = SplitMix64(seed: 9)
        let alphabet: [UInt8] = Array("CUSx\t\t\n\n".utf8)
        var inputs = [real, [], Array("C".utf8), Array("\n\nU\ta\tb\tc\td\te\tf\tg".utf8)]
        for _ in 0..<400 { inputs.append((0..<Int(rng.next() % 200)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }) }
        for (n, bytes) in inputs.enumerated() {
            let plain = CommitmentIndex.Counts.plain(bytes)
            for _ in 0..<(n == 0 ? 20 : 3) {
                var counts = CommitmentIndex.Counts()
                var at = 0
                while at < bytes.count {
                    let to = min(bytes.count, at + 1 + Int(rng.next() % UInt64(n == 0 ? 5_000 : 12)))
                    bytes[at..<to].withUnsafeBufferPointer { counts.add($0) }
                    at = to
                }
                #expect(totals(counts) == totals(plain), "input \(n)")
            }
        }
        var reader = CacheFileReader(bytes: real)
        let whole = CommitmentIndex.countLines(&reader)
        let plain = CommitmentIndex.Counts.plain(real)
        #expect(totals(whole) == totals(plain))
        #expect(plain.c > 30 && plain.u > 0 && plain.kept > 1_000, "\(plain.c) \(plain.u) \(plain.kept)")
    }
}
