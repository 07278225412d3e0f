import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Transcript writer and reader")
struct TranscriptWriterTests {
    @Test func roundTripsHeaderAndEveryEventExactly() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url.appendingPathComponent("store"))
        let id = "20261122-100000-abc123"
        let writer = try store.create(header: Fixture.header(id))
        let records = Fixture.allEvents
        try writer.append(Array(records.prefix(3)))
        try writer.append(Array(records.dropFirst(3)))
        writer.close()
        let file = try store.read(id: id)
        #expect(file.header == Fixture.header(id))
        #expect(file.records == records)
        #expect(file.warnings.isEmpty)
        #expect(file.damage == nil)
        #expect(try TranscriptReader.readHeader(url: store.url(for: id)) == Fixture.header(id))

        let text = try String(contentsOf: store.url(for: id), encoding: .utf8)
        #expect(text.hasPrefix("{\"accord\":\(TranscriptFormat.version),\"header\":{"))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.contains("\\/"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == records.count + 2)
        #expect(!text.contains("\u{1b}"))  // escapes are stored escaped, never raw
    }

    @Test func encodingIsDeterministic() throws {
        let codec = EventLineCodec()
        let r = Fixture.record(1, .itemProposed(id: "a", kind: .action, by: .sales, text: "x", fields: ["z": "1", "a": "2", "m": "3"]))
        let line = try codec.encode(r)
        #expect(
            String(decoding: line, as: UTF8.self)
                == #"{"at":"2026-11-22T10:00:01Z","batch":1,"event":{"itemProposed":{"by":"sales","fields":{"a":"2","m":"3","z":"1"},"id":"a","kind":"action","text":"x"}},"seq":1}"#
        )
        #expect(try codec.decode(line) == r)
    }

    @Test func textDerivedFromInvalidUTF8RoundTrips() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let typed = String(decoding: [0x66, 0xFF, 0xC3, 0x28, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0xE2, 0x80, 0xA8], as: UTF8.self)
        let writer = try store.create(header: Fixture.header("20261122-100000-aaaaaa", title: typed))
        try writer.append([Fixture.record(1, .answer(speaker: .marketing, text: typed))])
        writer.close()
        let file = try store.read(id: "20261122-100000-aaaaaa")
        #expect(file.header.title == typed)
        #expect(file.records.first?.event == .answer(speaker: .marketing, text: typed))
    }

    @Test func filesArePrivateEvenWithPermissiveUmask() throws {
        let tmp = TempDir()
        let old = umask(0o022)
        defer { umask(old) }
        let dir = tmp.url.appendingPathComponent("a/b/store")
        let store = TranscriptStore(directory: dir)
        let writer = try store.create(header: Fixture.header("20261122-100000-bbbbbb"))
        #expect(Fixture.mode(dir.path) == 0o700)
        #expect(Fixture.mode(try store.url(for: "20261122-100000-bbbbbb").path) == 0o600)
        #expect(Fixture.mode(dir.appendingPathComponent("20261122-100000-bbbbbb.lock").path) == 0o600)
        let ignore = try String(contentsOf: dir.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.contains("*.lock\n") && ignore.contains(".cache/\n"))
        writer.close()
        _ = try store.list()
        #expect(Fixture.mode(dir.appendingPathComponent(".cache").path) == 0o700)
        #expect(Fixture.mode(dir.appendingPathComponent(".cache/sessions.v1").path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("20261122-100000-bbbbbb.lock").path))
    }

    @Test func truncatedTailIsToleratedAndCutBeforeTheNextAppend() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-cccccc"
        let writer = try store.create(header: Fixture.header(id))
        try writer.append([Fixture.record(1, .stepStarted(index: 0)), Fixture.record(2, .answer(speaker: .sales, text: "hi"))])
        writer.close()
        let url = try store.url(for: id)
        try Fixture.appendBytes(Array(#"{"at":"2026-11-22T10:00:03Z","batch":2,"event":{"ans"#.utf8), to: url)

        let before = try store.read(id: id)
        #expect(before.records.count == 2)
        #expect(before.damage == nil)
        #expect(before.warnings == ["\(url.path): last line is incomplete (crash mid-write?); ignoring it"])
        #expect(try store.list().first?.status == .inProgress)

        let again = try store.open(id: id)
        try again.append([Fixture.record(3, .note(by: .sales, text: "after crash"))])
        again.close()
        let after = try store.read(id: id)
        #expect(after.warnings.isEmpty)
        #expect(after.damage == nil)
        #expect(after.records.map(\.seq) == [1, 2, 3])
    }

    @Test func theLastAppendCanBeWithdrawnOnceAndLeavesNoTrace() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-dddddd"
        let writer = try store.create(header: Fixture.header(id))
        let url = try store.url(for: id)
        // Nothing appended yet: nothing to withdraw (the header is never withdrawn).
        #expect(throws: AccordTranscriptError.self) { try writer.withdrawLast() }
        let first = [Fixture.record(1, .stepStarted(index: 0)), Fixture.record(2, .answer(speaker: .sales, text: "kept"))]
        try writer.append(first)
        let kept = try Data(contentsOf: url)
        try writer.append([Fixture.record(3, .answer(speaker: .sales, text: "written ahead, then flagged"), batch: 2)])
        try writer.withdrawLast()
        #expect(try Data(contentsOf: url) == kept)
        // Only once: the write before it stays.
        #expect(throws: AccordTranscriptError.self) { try writer.withdrawLast() }
        #expect(try Data(contentsOf: url) == kept)
        try writer.append([Fixture.record(3, .note(by: .sales, text: "after"), batch: 2)])
        writer.close()
        let file = try store.read(id: id)
        #expect(file.records == first + [Fixture.record(3, .note(by: .sales, text: "after"), batch: 2)])
        #expect(file.warnings.isEmpty)
        #expect(file.damage == nil)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func lastRecordWithoutItsNewlineIsDroppedAndCutOnResume() throws {
        // The newline is the last byte of the same write: without it the write was torn and never
        // acknowledged, even when the bytes before it happen to form a whole record.
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-dddddd"
        try store.create(header: Fixture.header(id)).close()
        let url = try store.url(for: id)
        try Fixture.appendBytes(Array(try EventLineCodec().encode(Fixture.record(1, .resumed))), to: url)
        let torn = try store.read(id: id)
        #expect(torn.records.isEmpty)
        #expect(torn.warnings == ["\(url.path): last line is incomplete (crash mid-write?); ignoring it"])
        let w = try store.open(id: id)
        try w.append(Fixture.record(1, .completed))
        w.close()
        let file = try store.read(id: id)
        #expect(file.records.map(\.event) == [.completed])
        #expect(file.damage == nil && file.warnings.isEmpty)
    }

    @Test func corruptMiddleLineMarksDamageButOtherSessionsStillList() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let bad = "20261122-100000-eeeeee"
        let good = "20261122-110000-ffffff"
        let w = try store.create(header: Fixture.header(bad))
        try w.append([Fixture.record(1, .stepStarted(index: 0))])
        w.close()
        let url = try store.url(for: bad)
        try Fixture.appendBytes(Array("{not json\n".utf8), to: url)
        try Fixture.appendBytes(Array(try EventLineCodec().encodeLines([Fixture.record(3, .completed)])), to: url)
        try store.create(header: Fixture.header(good)).close()

        let file = try store.read(id: bad)
        #expect(file.damage == "\(url.path):3: not valid JSON")
        #expect(file.records.count == 1)
        #expect(!file.isResumable)
        let list = try store.list()
        #expect(list.map(\.id) == [bad, good])
        #expect(list[0].status == .damaged)
        #expect(list[0].damage == file.damage)
        #expect(list[1].status == .inProgress)
    }

    @Test func arbitraryBytesNeverCrash() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let header = Array(try EventLineCodec().encodeHeader(Fixture.header("20261122-100000-gggggg"))) + [0x0A]
        var rng = SplitMix64(seed: 7)
        let bodies: [[UInt8]] = [
            [], [0x0A], [0, 0, 0x0A], [0xFF, 0xFE, 0x0A, 0x7B], Array(repeating: 0x41, count: 3_000_000) + [0x0A],
            (0..<5000).map { _ in UInt8(truncatingIfNeeded: rng.next()) },
        ]
        for (n, body) in bodies.enumerated() {
            for prefix in [[], header] {
                let id = "20261122-1000\(String(format: "%02d", n))-\(prefix.isEmpty ? "x" : "h")"
                let url = try store.url(for: id)
                try Data(prefix + body).write(to: url)
                _ = try? TranscriptReader.read(url: url)
                _ = try? TranscriptReader.readHeader(url: url)
            }
        }
        let list = try store.list()
        #expect(list.count == bodies.count * 2 - 1)  // the empty file is no session
        #expect(!list.contains { $0.id == "20261122-100000-x" })
        #expect(list.filter { $0.id.hasSuffix("-x") }.allSatisfy { $0.status == .damaged })
        let nul = try store.read(id: "20261122-100002-h")
        #expect(nul.damage?.hasSuffix(":2: contains a NUL byte") == true)
        let utf = try store.read(id: "20261122-100003-h")
        #expect(utf.damage?.hasSuffix(":2: invalid UTF-8") == true)
    }

    @Test func secondOpenerIsRefusedWithPid() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-hhhhhh"
        let first = try store.create(header: Fixture.header(id))
        #expect(throws: AccordTranscriptError.locked(id: id, pid: getpid())) { try store.open(id: id) }
        do {
            _ = try store.open(id: id)
        } catch {
            #expect("\(error)" == "session \(id) is open in another accord (pid \(getpid()))")
        }
        first.close()
        let second = try store.open(id: id)
        second.close()
    }

    @Test func lockHeldByAnotherProcessIsRefused() throws {
        let tmp = TempDir()
        let store = TranscriptStore(directory: tmp.url)
        let id = "20261122-100000-jjjjjj"
        try store.create(header: Fixture.header(id)).close()
        let lockPath = tmp.url.appendingPathComponent(id + ".lock").path
        // A child shell takes the flock on the lock file and writes its pid, then waits.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec 9>>\"$0\"; flock -x 9; echo $$ > \"$0\"; echo ready; read x", lockPath]
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        _ = output.fileHandleForReading.availableData  // wait for "ready"
        #expect(throws: AccordTranscriptError.locked(id: id, pid: p.processIdentifier)) { try store.open(id: id) }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        let w = try store.open(id: id)  // released when the holder exits
        w.close()
    }
}

@Suite("Creating a transcript complete or not at all")
struct TranscriptCreateCompleteTests {
    /// Both ways of creating a file: the unnamed one (O_TMPFILE, then a link through /proc) and
    /// the named one used where the file system or /proc does not allow it.
    @Test(arguments: [true, false])
    func aNewFileAppearsWholeOwnerOnlyAndNothingElseIsLeft(unnamedFirst: Bool) throws {
        let tmp = TempDir()
        let dir = tmp.url.path
        let path = dir + "/s.jsonl"
        let content = Array("{\"header\":1}\n".utf8)
        let fd = try TranscriptWriter.createComplete(path: path, directory: dir, content: content, unnamedFirst: unnamedFirst)
        // Open for appending: what is written next lands after the content.
        let more = Array("{\"seq\":1}\n".utf8)
        #expect(more.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == more.count)
        close(fd)
        #expect(FileManager.default.contents(atPath: path) == Data(content + more))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.jsonl"])
        var st = stat()
        #expect(stat(path, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
    }

    @Test(arguments: [true, false])
    func anIdThatIsTakenIsRefusedAndTheFileIsUntouched(unnamedFirst: Bool) throws {
        let tmp = TempDir()
        let dir = tmp.url.path
        let path = dir + "/s.jsonl"
        let first = Array("first\n".utf8)
        close(try TranscriptWriter.createComplete(path: path, directory: dir, content: first, unnamedFirst: unnamedFirst))
        var refused: Int32 = 0
        do {
            _ = try TranscriptWriter.createComplete(path: path, directory: dir, content: Array("second\n".utf8), unnamedFirst: unnamedFirst)
        } catch AccordTranscriptError.io(_, _, let err) {
            refused = err
        }
        #expect(refused == EEXIST)
        #expect(FileManager.default.contents(atPath: path) == Data(first))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.jsonl"])
    }

    @Test func theNamedWayReplacesALeftoverTemporaryFileOfTheSameId() throws {
        let tmp = TempDir()
        let dir = tmp.url.path
        let path = dir + "/s.jsonl"
        // A kill between creating the temporary name and linking it leaves "<id>.jsonl.new".
        #expect(FileManager.default.createFile(atPath: path + ".new", contents: Data("half".utf8)))
        close(try TranscriptWriter.createComplete(path: path, directory: dir, content: Array("whole\n".utf8), unnamedFirst: false))
        #expect(FileManager.default.contents(atPath: path) == Data("whole\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.jsonl"])
    }
}
