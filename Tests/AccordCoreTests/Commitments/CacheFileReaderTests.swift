import Foundation
import Testing

@testable import AccordCore

@Suite struct CacheFileReaderTests {
    @Test func piecesOfAFileOrOfMemoryAreItsBytes() throws {
        let dir = TestScratch.directory("accord-reader")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cache"
        let bytes = (0..<(CacheFileReader.pieceSize * 2 + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fd = try PosixIO.open(path, O_RDONLY)
        defer { close(fd) }
        for var reader in [CacheFileReader(fd: fd, path: path, limit: bytes.count), CacheFileReader(bytes: bytes)] {
            for _ in 0..<2 {
                var got: [UInt8] = []
                var pieces = 0
                while reader.read(into: &got) { pieces += 1 }
                #expect(got == bytes && pieces == 3 && !reader.tooLarge)
                reader.rewind()
            }
            var buffer: [UInt8] = []
            for range in [0..<0, 5..<9, 100..<(CacheFileReader.pieceSize * 2 + 3), 0..<bytes.count] {
                var copied: [UInt8] = []
                #expect(reader.copy(range, into: &buffer) { copied += $0 })
                #expect(copied[...] == bytes[range])
            }
            #expect(!reader.copy(bytes.count - 1..<bytes.count + 1, into: &buffer) { _ in })
        }
    }

    @Test func aFileLargerThanItsLimitIsNotReadOn() throws {
        let dir = TestScratch.directory("accord-reader")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cache"
        try Data(repeating: 65, count: CacheFileReader.pieceSize * 3).write(to: URL(fileURLWithPath: path))
        let fd = try PosixIO.open(path, O_RDONLY)
        defer { close(fd) }
        var reader = CacheFileReader(fd: fd, path: path, limit: 1000)
        var got: [UInt8] = []
        while reader.read(into: &got) {}
        #expect(reader.tooLarge)
        #expect(got.count <= CacheFileReader.pieceSize)
    }
}
