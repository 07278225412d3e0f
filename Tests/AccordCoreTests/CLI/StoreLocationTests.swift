import Foundation
import Testing
@testable import AccordCore

@Suite("Store location")
struct StoreLocationTests {
    private func temporaryDirectory() throws -> String {
        TestScratch.directory("accord-store")
    }

    @Test func flagBeatsEnvironmentBeatsDefault() {
        let env = ["ACCORD_DIR": "/env/store"]
        #expect(StoreLocation.resolve(flag: "/flag", environment: env, cwd: "/work").path == "/flag")
        #expect(StoreLocation.resolve(flag: nil, environment: env, cwd: "/work").path == "/env/store")
        #expect(StoreLocation.resolve(flag: nil, environment: [:], cwd: "/work").path == "/work/transcripts")
        #expect(StoreLocation.resolve(flag: nil, environment: ["ACCORD_DIR": ""], cwd: "/work").path == "/work/transcripts")
    }

    @Test func relativeAndTildePathsAreMadeAbsolute() {
        #expect(StoreLocation.resolve(flag: "a/../b/./c", environment: [:], cwd: "/w").path == "/w/b/c")
        #expect(StoreLocation.resolve(flag: "~/s", environment: ["HOME": "/home/u"], cwd: "/w").path == "/home/u/s")
    }

    @Test func missingStoreIsCreatedOwnerOnly() throws {
        let root = try temporaryDirectory()
        let store = StoreLocation(path: root + "/deep/er/store")
        try store.prepare()
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        #expect((try FileManager.default.attributesOfItem(atPath: root + "/deep")[.posixPermissions] as? Int) == 0o700)
        try store.prepare() // idempotent
    }

    @Test func aFileIsNotADirectory() throws {
        let root = try temporaryDirectory()
        let file = root + "/file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        #expect(throws: AccordError.storeNotADirectory(path: file)) { try StoreLocation(path: file).prepare() }
        #expect(throws: AccordError.storeNotADirectory(path: file + "/store")) { try StoreLocation(path: file + "/store").prepare() }
        #expect(AccordError.storeNotADirectory(path: file).exitCode == .cantCreate)
    }

    @Test func unwritableStoreIsReported() throws {
        let root = try temporaryDirectory()
        #expect(throws: AccordError.storeNotWritable(path: root)) {
            try StoreLocation(path: root).prepare(isWritable: { _ in false })
        }
    }
}
