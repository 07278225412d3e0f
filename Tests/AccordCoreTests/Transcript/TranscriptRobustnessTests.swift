import Foundation
import Testing

@testable import AccordCore

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile numbers, torn writes, half-created files and foreign modes (issue "Nothing lost,
/// nothing crashes"): see docs/transcript-format.md, "Writes" and "Durability and crashes".
@Suite("Transcript robustness")
struct TranscriptRobustnessTests {
    /// A store with one finished session and one open session holding `lines` after its header.
    static func store(withOpen id: String, lines: [String], in tmp: TempDir) throws -> (TranscriptStore, URL) {
        let store = TranscriptStore(directory: tmp.url)
        let good = try store.create(header: Fixture.header("20261122-090000-good01"))
        try good.append([Fixture.record(1, .stepStarted(index: 0)), Fixture.record(2, .completed)])
        good.close()
        try store.create(header: Fixture.header(id)).close()
        let url = try store.url(for: id)
        try Fixture.appendBytes(Array(lines.map { $0 + "\n" }.joined().utf8), to: url)
        return (store, url)
    }

    @Test(arguments: [
        "9223372036854775808", "18446744073709551616", "99999999999999999999999999", "9223372036854775807",
        "-1", "9007199254740992", "-9223372036854775809",
    ])
    func hugeOrNegativeSeqAndBatchAreDamageNotATrap(number: String) throws {
        for key in ["seq", "batch"] {
            let tmp = TempDir()
            let seq = key == "seq" ? number : "2"
            let batch = key == "batch" ? number : "1"
            let id = "20261122-100000-big000"
            let line = #"{"at":"2026-11-22T10:00:02Z","batch":\#(batch),"event":{"note":{"by":"sales","text":"x"}},"seq":\#(seq)}"#
            let (store, url) = try Self.store(
                withOpen: id, lines: [#"{"at":"2026-11-22T10:00:01Z","batch":0,"event":{"stepStarted":{"index":0}},"seq":1}"#, line, line],
                in: tmp)
            let file = try store.read(id: id)
            #expect(file.damage?.hasPrefix("\(url.path):3: ") == true, "\(key)=\(number): \(file.damage ?? "intact")")
            #expect(file.records.count == 1)
            let list = try store.list()
            #expect(list.map(\.status) == [.completed, .damaged])
        }
    }

    @Test(arguments: [#"{"stepStarted":{"index":-1}}"#, #"{"skipped":{"index":-5}}"#, #"{"stepStarted":{"index":9223372036854775807}}"#])
    func aNegativeOrHugeStepIndexIsDamage(event: String) throws {
        let tmp = TempDir()
        let id = "20261122-100000-index0"
        let line = #"{"at":"2026-11-22T10:00:01Z","batch":0,"event":\#(event),"seq":1}"#
        let (store, url) = try Self.store(withOpen: id, lines: [line, line], in: tmp)
        let file = try store.read(id: id)
        #expect(file.damage?.hasPrefix("\(url.path):2: ") == true)
        _ = SessionRenderer(participants: file.header.participants).render(
            .stepStarted(index: 0), after: Workspace.state(of: file), live: false)
    }

    @Test func theLargestStoredNumberNeverOverflowsAnAppend() throws {
        let tmp = TempDir()
        let max = TranscriptFormat.largestNumber
        let id = "20261122-100000-max000"
        let line = #"{"at":"2026-11-22T10:00:01Z","batch":\#(max),"event":{"stepStarted":{"index":0}},"seq":\#(max)}"#
        let (store, _) = try Self.store(withOpen: id, lines: [line], in: tmp)
        let writer = try store.open(id: id)
        defer { writer.close() }
        let file = try #require(writer.transcript)
        #expect(file.damage == nil && file.records.map(\.seq) == [max])
        // The runner's next record would be max + 1: refused as an I/O error, nothing written.
        #expect(throws: AccordTranscriptError.self) {
            try writer.append(Fixture.record(max + 1, .note(by: .sales, text: "x"), batch: max))
        }
        #expect(try store.read(id: id).records.count == 1)
    }

    @Test func aWriteOfSeveralRecordsIsOneGroupOnDisk() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-grp000"
        let writer = try store.create(header: Fixture.header(id))
        try writer.append([Fixture.record(1, .stepStarted(index: 0), batch: 0)])
        try writer.append([
            Fixture.record(2, .answer(speaker: .sales, text: "Win rate 25%")),
            Fixture.record(3, .itemProposed(id: "g1", kind: .goal, by: .sales, text: "Win rate", fields: ["target": "25%"])),
            Fixture.record(4, .followUp(speaker: .sales, question: "By when?")),
        ])
        writer.close()
        let lines = try String(contentsOf: store.url(for: id), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(!lines[1].contains("\"group\""))
        #expect(lines[2].contains(#"}},"group":3,"seq":2}"#))
        #expect(!lines[3].contains("\"group\"") && !lines[4].contains("\"group\""))
        #expect(try store.read(id: id).records.map(\.seq) == [1, 2, 3, 4])
    }

    /// Cuts the last write at every byte offset: the reader keeps what was there before it, drops the
    /// write whole, and resuming cuts it away so the next append reads cleanly.
    @Test func aTornWriteIsDroppedWholeAtEveryByteOffset() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-torn00"
        let writer = try store.create(header: Fixture.header(id))
        let before = [Fixture.record(1, .stepStarted(index: 0), batch: 0), Fixture.record(2, .answer(speaker: .sales, text: "first"))]
        try writer.append(before)
        writer.close()
        let url = try store.url(for: id)
        let intact = try Array(Data(contentsOf: url))
        let write = try EventLineCodec().encodeLineBytes([
            Fixture.record(3, .answer(speaker: .sales, text: "Win rate to 25% by March")),
            Fixture.record(4, .itemProposed(id: "g1", kind: .goal, by: .sales, text: "Win rate", fields: ["target": "25%"]), batch: 3),
            Fixture.record(5, .stepStarted(index: 1), batch: 3),
        ])
        for cut in 0..<write.count {  // cut == write.count would be the complete write
            try Data(intact + write[..<cut]).write(to: url)
            let file = try store.read(id: id)
            #expect(file.damage == nil, "cut \(cut)")
            #expect(file.records == before, "cut \(cut): \(file.records.count) records")
            #expect(file.completeLength == intact.count)
            #expect(file.warnings.count == (cut == 0 ? 0 : 1), "cut \(cut)")
        }
        try Data(intact + write[..<(write.count - 1)]).write(to: url)
        let resumed = try store.open(id: id)
        #expect(resumed.transcript?.records == before)
        #expect(try Data(contentsOf: url).count == intact.count)  // cut away under the lock
        try resumed.append([Fixture.record(3, .answer(speaker: .sales, text: "again"))])
        resumed.close()
        let after = try store.read(id: id)
        #expect(after.records.map(\.seq) == [1, 2, 3] && after.warnings.isEmpty && after.damage == nil)
        // The complete write reads whole.
        try Data(intact + write).write(to: url)
        #expect(try store.read(id: id).records.map(\.seq) == [1, 2, 3, 4, 5])
    }

    @Test func aWriteCutShortInTheMiddleOfTheFileIsDamage() throws {
        let tmp = TempDir()
        let codec = EventLineCodec()
        let first = try codec.encodeLineBytes([
            Fixture.record(1, .answer(speaker: .sales, text: "a")), Fixture.record(2, .note(by: .sales, text: "b")),
            Fixture.record(3, .note(by: .sales, text: "c")),
        ])
        let lines = String(decoding: first, as: UTF8.self).split(separator: "\n").map(String.init)
        let second = String(
            decoding: try codec.encodeLineBytes([Fixture.record(4, .note(by: .sales, text: "d")), Fixture.record(5, .resumed)]),
            as: UTF8.self
        )
        .split(separator: "\n").map(String.init)
        let id = "20261122-100000-mid000"
        let (store, url) = try Self.store(withOpen: id, lines: [lines[0], lines[1]] + second, in: tmp)
        let file = try store.read(id: id)
        #expect(file.damage == "\(url.path):4: the write that began at line 2 is cut short")
        #expect(!file.isResumable)
        #expect(try store.list().map(\.status) == [.completed, .damaged])
    }

    @Test(arguments: ["0", "1", "-3", "10001", "\"3\"", "1.5"])
    func anImpossibleGroupIsDamage(group: String) throws {
        let tmp = TempDir()
        let id = "20261122-100000-grpbad"
        let line = #"{"at":"2026-11-22T10:00:01Z","batch":0,"event":{"resumed":{}},"group":\#(group),"seq":1}"#
        let (store, url) = try Self.store(withOpen: id, lines: [line, line], in: tmp)
        #expect(try store.read(id: id).damage?.hasPrefix("\(url.path):2: ") == true)
    }

    @Test func aNewTranscriptAppearsWholeAndLeavesNothingElse() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-new000"
        let writer = try store.create(header: Fixture.header(id))
        let names = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted()
        #expect(names == [".gitignore", "\(id).jsonl", "\(id).lock"])
        #expect(try TranscriptReader.readHeader(url: store.url(for: id)) == Fixture.header(id))
        #expect(Fixture.mode(try store.url(for: id).path) == 0o600)
        writer.close()
        #expect(throws: AccordTranscriptError.exists(id: id)) { try store.create(header: Fixture.header(id)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted() == [".gitignore", "\(id).jsonl"])
    }

    @Test func anEmptyTranscriptFromAnOlderVersionIsAbsentAndRemoved() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        try store.create(header: Fixture.header("20261122-100000-keep00")).close()
        let old = tmp.url.appendingPathComponent("20261122-090000-empty0.jsonl").path
        let fresh = tmp.url.appendingPathComponent("20261122-095959-empty1.jsonl").path
        #expect(FileManager.default.createFile(atPath: old, contents: nil))
        #expect(FileManager.default.createFile(atPath: fresh, contents: nil))
        var times = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, old, &times, 0) == 0)
        #expect(try store.list().map(\.id) == ["20261122-100000-keep00"])
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: fresh))  // may still be being created
        #expect(throws: AccordTranscriptError.self) { try store.resolve("20261122-0959") }
    }

    @Test func resumingTightensAForeignOrCloned0644TranscriptTo0600() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-mode00"
        try store.create(header: Fixture.header(id)).close()
        let path = try store.url(for: id).path
        #expect(chmod(path, 0o644) == 0)
        if geteuid() == 0 { #expect(chown(path, 65_534, 65_534) == 0) }  // as root: someone else's file
        let writer = try store.open(id: id)
        writer.close()
        #expect(Fixture.mode(path) == 0o600)
    }

    @Test func userTextInStoreErrorsIsCutTo80Characters() {
        let long = String(repeating: "a", count: 100_000)
        let message = AccordTranscriptError.notFound(long).description
        #expect(message == "no session matches \"\(String(repeating: "a", count: 80))…\"")
        #expect(AccordTranscriptError.invalidID(long + "/").description.count < 200)
    }
}
