import Foundation
import Testing

@testable import AccordCore

/// `TranscriptStore.scan()` keeps the ids in one byte buffer; it must list what the directory holds,
/// as `String`s sorted would, and find each by bytes.
@Suite struct ScannedFilesTests {
    @Test func scanListsTheTranscriptsSortedAndFindsEachOne() throws {
        let dir = TestScratch.url("accord-scan")
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-")
        var ids = Set<String>()
        while ids.count < 300 {
            let length = Int.random(in: 1...64, using: &rng)
            ids.insert(String((0..<length).map { _ in alphabet.randomElement(using: &rng)! }))
        }
        ids.insert("20260101-000000-aaaaaa")
        ids.insert("20260101-000000-aaaaa")  // a prefix of another
        for id in ids {
            try Data("{}\n".utf8).write(to: dir.appendingPathComponent(id + ".jsonl"))
        }
        // Not transcripts: another extension, an unsafe name, a directory, an empty file (removed
        // only when older than ten seconds), a bare ".jsonl".
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("bad name.jsonl"))
        try Data("x".utf8).write(to: dir.appendingPathComponent(".jsonl"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.jsonl"), withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("20260101-000000-empty0.jsonl"))

        let store = TranscriptStore(directory: dir)
        let files = try store.scan()
        let sorted = ids.sorted()
        #expect(files.map(\.id) == sorted)
        #expect(try store.ids() == sorted)
        for (i, id) in sorted.enumerated() {
            #expect(files.id(i) == id)
            #expect(files.position(of: id) == i)
            #expect(files.position(of: Array(id.utf8)[...]) == i)
            let st = try #require(PosixIO.fileStat(dir.appendingPathComponent(id + ".jsonl").path))
            #expect(
                files.stamp(i)
                    == SessionCache.Stamp(
                        ino: UInt64(st.st_ino), size: 3, mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)))
        }
        #expect(files.totalSize == Int64(3 * ids.count))
        for absent in ["", "0", "zzzzzzzz", "20260101-000000-aaaaab", "20260101-000000-aaaa", "bad name"] where !ids.contains(absent) {
            #expect(files.position(of: absent) == nil, "\(absent)")
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("20260101-000000-empty0.jsonl").path))
    }

    @Test func aMissingStoreIsEmpty() throws {
        let files = try TranscriptStore(directory: URL(fileURLWithPath: TestScratch.directory("accord-scan") + "/none")).scan()
        #expect(files.isEmpty && files.totalSize == 0 && files.position(of: "a") == nil)
    }
}
