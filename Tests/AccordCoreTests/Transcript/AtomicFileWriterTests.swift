import Foundation
import Testing

@testable import AccordCore

@Suite struct AtomicFileWriterTests {
    func leftovers(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp.") }
    }

    @Test func theFileAppearsWholeOnlyAtCommit() throws {
        let dir = TestScratch.directory("accord-atomic")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/file"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        var expected: [UInt8] = []
        let writer = try AtomicFileWriter(path: path)
        // Small pieces (buffered) and large ones (written straight through), in any order.
        for size in [1, 100, 70_000, 3, 65_536, 200_000, 10] {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            try writer.write(piece)
            expected += piece
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        }
        try writer.write(expected[5..<9])
        expected += expected[5..<9]
        try writer.commit(durable: true)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == expected)
        #expect(try leftovers(dir).isEmpty)
        let st = try #require(PosixIO.fileStat(path))
        #expect(st.st_mode & 0o777 == 0o600)
    }

    @Test func anAbandonedWriterLeavesTheOldFileAndNoTemporary() throws {
        let dir = TestScratch.directory("accord-atomic")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/file"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write(Array(repeating: 7, count: 100_000))
            #expect(try leftovers(dir).count == 1)
        }  // dropped without commit
        #expect(try leftovers(dir).isEmpty)
        let writer = try AtomicFileWriter(path: path)
        try writer.write([1, 2, 3])
        writer.abandon()
        #expect(throws: AccordTranscriptError.self) { try writer.write([4]) }
        #expect(throws: AccordTranscriptError.self) { try writer.commit(durable: false) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        #expect(try leftovers(dir).isEmpty)
    }

    @Test func writeAtomicallyReplacesTheFile() throws {
        let dir = TestScratch.directory("accord-atomic")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/file"
        try PosixIO.writeAtomically(Data("first".utf8), to: path)
        try PosixIO.writeAtomically(Data(repeating: 65, count: 300_000), to: path, durable: false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 65, count: 300_000))
        #expect(throws: AccordTranscriptError.self) { try PosixIO.writeAtomically(Data("x".utf8), to: dir + "/missing/file") }
        #expect(try leftovers(dir).isEmpty)
    }
}
