import Foundation
import Testing

@testable import AccordCore

/// The one store layer: finding, creating (0700, marked) and validating the store.
@Suite("Store location")
struct StoreLocationTests {
    /// A temporary folder removed when `body` ends.
    private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "accord-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    }

    @Test func flagBeatsEnvironmentBeatsTheUserDefault() {
        let env = ["ACCORD_DIR": "/env/store", "XDG_DATA_HOME": "/data"]
        #expect(StoreLocation.locate(flag: "/flag", environment: env, cwd: "/nowhere") == StoreLocation(path: "/flag", reason: .flag))
        #expect(
            StoreLocation.locate(flag: nil, environment: env, cwd: "/nowhere") == StoreLocation(path: "/env/store", reason: .environment))
        let fallback = StoreLocation.locate(flag: nil, environment: ["ACCORD_DIR": "", "XDG_DATA_HOME": "/data"], cwd: "/nowhere")
        #expect(fallback == StoreLocation(path: "/data/accord/transcripts", reason: .userDefault))
        #expect(StoreLocation.userDefault(environment: ["HOME": "/home/u"], cwd: "/w") == "/home/u/.local/share/accord/transcripts")
    }

    @Test func relativeAndTildePathsAreMadeAbsolute() {
        #expect(StoreLocation.locate(flag: "a/../b/./c", environment: [:], cwd: "/w").path == "/w/b/c")
        #expect(StoreLocation.locate(flag: "~/s", environment: ["HOME": "/home/u"], cwd: "/w").path == "/home/u/s")
    }

    @Test func foundWalkingUpLikeGitFindsItsRepository() throws {
        try withTemporaryDirectory { root in
            let team = root + "/team"
            try FileManager.default.createDirectory(atPath: team + "/notes/deep", withIntermediateDirectories: true)
            // Not a store yet: a transcripts/ folder without the marker is not found.
            try FileManager.default.createDirectory(atPath: team + "/transcripts", withIntermediateDirectories: true)
            #expect(StoreLocation.walkUp(from: team + "/notes/deep") == nil)
            #expect(try StoreLocation(path: team + "/transcripts").initialize())
            let found = StoreLocation.locate(flag: nil, environment: ["HOME": root], cwd: team + "/notes/deep")
            #expect(found == StoreLocation(path: team + "/transcripts", reason: .found(from: team + "/notes/deep")))
            // From inside the store itself.
            #expect(StoreLocation.walkUp(from: team + "/transcripts") == team + "/transcripts")
            #expect(!(try StoreLocation(path: team + "/transcripts").initialize()))  // already one
        }
    }

    @Test func aNewStoreIsOwnerOnlyMarkedAndIgnoresLocks() throws {
        try withTemporaryDirectory { root in
            let store = StoreLocation(path: root + "/deep/er/store")
            #expect(!store.exists)
            let created = try store.prepare()
            #expect(created)
            #expect(E2EMode.of(store.path) == 0o700)
            #expect(E2EMode.of(root + "/deep") == 0o700)
            #expect(StoreLocation.isStore(store.path))
            let ignore = try String(contentsOfFile: store.path + "/.gitignore", encoding: .utf8)
            #expect(ignore.contains("*.lock"))
            let again = try store.prepare()
            #expect(!again)  // idempotent
        }
    }

    @Test func readingAMissingStoreCreatesNothing() throws {
        try withTemporaryDirectory { root in
            let store = StoreLocation(path: root + "/missing")
            try store.validateForReading()
            #expect(!store.isWritable)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
        }
    }

    @Test func aFileIsNotADirectory() throws {
        try withTemporaryDirectory { root in
            let file = root + "/file"
            #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
            #expect(throws: StoreError.notADirectory(path: file)) { try StoreLocation(path: file).prepare() }
            #expect(throws: StoreError.notADirectory(path: file + "/store")) { try StoreLocation(path: file + "/store").prepare() }
            #expect(throws: StoreError.notADirectory(path: file)) { try StoreLocation(path: file).validateForReading() }
            #expect(StoreError.notADirectory(path: file).exitCode == .cantCreate)
            #expect(AccordError.store(.notADirectory(path: file)).exitCode == .cantCreate)
        }
    }

    @Test func unwritableStoreIsReported() throws {
        try withTemporaryDirectory { root in
            #expect(throws: StoreError.notWritable(path: root)) {
                try StoreLocation(path: root).prepare(isWritable: { _ in false })
            }
        }
    }

    @Test func whereExplainsTheChoice() {
        #expect(StoreLocation(path: "/s", reason: .environment).explanation.contains("ACCORD_DIR"))
        #expect(StoreLocation(path: "/s", reason: .found(from: "/a/b")).explanation.contains("walking up from /a/b"))
        #expect(StoreLocation(path: "/nonexistent-\(UUID())", reason: .userDefault).explanation.contains("not created yet"))
    }
}

/// File permission bits.
enum E2EMode {
    static func of(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }
}
