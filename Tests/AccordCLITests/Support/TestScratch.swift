import Foundation

/// Every directory a test makes lives under one private root per test process, removed when the
/// process exits (also when tests fail), so a test run leaves the temporary directory as it found it.
enum TestScratch {
    nonisolated(unsafe) private static var rootPath = ""

    /// The per-process root, created on first use.
    static let root: String = {
        let base = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        let path = base + "accord-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        rootPath = path
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.rootPath) }
        return path
    }()

    /// A new empty directory named `prefix-UUID` under the root.
    static func directory(_ prefix: String) -> String {
        let path = root + "/\(prefix)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// `directory(prefix)` as a file URL.
    static func url(_ prefix: String) -> URL { URL(fileURLWithPath: directory(prefix), isDirectory: true) }
}
