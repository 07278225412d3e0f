#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one store layer: finds the transcript store, creates it (0700, with its marker and
/// `.gitignore`) and validates it. Errors are `StoreError`, whose cases carry their exit codes.
///
/// Finding, in order: `--dir`, then `ACCORD_DIR`, then — walking up from the working directory as
/// git finds `.git` — the first folder that is itself a store or holds a `transcripts/` folder that
/// is one, then the per-user default `$XDG_DATA_HOME/accord/transcripts`. A folder is a store when
/// it holds the marker file `.accord-store` (written by `accord init` and by every new store).
public struct StoreLocation: Sendable, Equatable {
    /// Why this store was chosen (`accord where` says it).
    public enum Reason: Sendable, Equatable {
        /// `--dir DIR`.
        case flag
        /// `ACCORD_DIR`.
        case environment
        /// Found walking up from this folder.
        case found(from: String)
        /// No store found: the per-user default.
        case userDefault
    }

    /// The absolute path of the store directory.
    public var path: String
    /// Why it was chosen.
    public var reason: Reason

    public init(path: String, reason: Reason = .flag) {
        self.path = path
        self.reason = reason
    }

    /// The marker file that makes a folder a store.
    public static let markerName = ".accord-store"
    /// The marker's content.
    public static let markerText = """
        This folder is an Accord store (one <session>.jsonl per session). Keep this file: accord finds
        the store by it, from any folder below. See 'accord where'.

        """
    /// The store's `.gitignore`: lock files and caches stay local.
    public static let gitignoreText = "# Written by accord: lock files and the list cache are local.\n*.lock\n.cache/\n"
    /// The conventional name of a store folder inside a project (`accord init` with no DIR).
    public static let conventionalName = "transcripts"

    // MARK: Finding

    /// Find the store (reads the file system, never writes).
    /// - Parameters:
    ///   - flag: the `--dir` value, if given.
    ///   - environment: `ACCORD_DIR`, `XDG_DATA_HOME`, `HOME` (for `~` and the default).
    ///   - cwd: the working directory relative paths are resolved against and the walk starts from.
    public static func locate(flag: String?, environment: [String: String], cwd: String) -> StoreLocation {
        if let flag = nonEmpty(flag) { return StoreLocation(path: absolute(flag, environment: environment, cwd: cwd), reason: .flag) }
        if let env = nonEmpty(environment["ACCORD_DIR"]) {
            return StoreLocation(path: absolute(env, environment: environment, cwd: cwd), reason: .environment)
        }
        let start = absolute(".", environment: environment, cwd: cwd)
        if let found = walkUp(from: start) { return StoreLocation(path: found, reason: .found(from: start)) }
        return StoreLocation(path: userDefault(environment: environment, cwd: cwd), reason: .userDefault)
    }

    /// The first folder from `start` upwards that is a store or holds a `transcripts/` that is one.
    public static func walkUp(from start: String) -> String? {
        var dir = start
        while true {
            if isStore(dir) { return dir }
            let inner = (dir == "/" ? "" : dir) + "/" + conventionalName
            if isStore(inner) { return inner }
            if dir == "/" { return nil }
            dir = parent(of: dir)
        }
    }

    /// The per-user default store: `$XDG_DATA_HOME/accord/transcripts`, else
    /// `~/.local/share/accord/transcripts` (`./transcripts` when neither is known).
    public static func userDefault(environment: [String: String], cwd: String) -> String {
        if let data = nonEmpty(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
            return absolute(data + "/accord/" + conventionalName, environment: environment, cwd: cwd)
        }
        if let home = nonEmpty(environment["HOME"]) {
            return absolute(home + "/.local/share/accord/" + conventionalName, environment: environment, cwd: cwd)
        }
        return absolute(conventionalName, environment: environment, cwd: cwd)
    }

    /// True when `directory` holds the store marker.
    public static func isStore(_ directory: String) -> Bool {
        var info = stat()
        return stat(directory + "/" + markerName, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    // MARK: State

    /// The store directory exists (as a directory).
    public var exists: Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The store exists and this process may create files in it. Read-only commands use this to
    /// skip caches; they work on a read-only store.
    public var isWritable: Bool { exists && access(path, W_OK | X_OK) == 0 }

    /// `accord where`: the path and why it was chosen.
    public var explanation: String {
        var text = path + "\n"
        switch reason {
        case .flag: text += "  chosen with --dir"
        case .environment: text += "  chosen with ACCORD_DIR"
        case .found(let from): text += "  found walking up from \(from) (marked by \(Self.markerName))"
        case .userDefault: text += "  your default store: no --dir, no ACCORD_DIR and no store in this folder or above"
        }
        text += "\n"
        if !exists { text += "  (not created yet: the first session creates it; 'accord init DIR' makes a store here)\n" }
        return text
    }

    // MARK: Validating and creating

    /// For reading: a missing store is an empty one; anything but a directory is an error.
    public func validateForReading() throws {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { throw StoreError.notADirectory(path: path) }
        if stat(path, &info) != 0, errno == ENOTDIR { throw StoreError.notADirectory(path: path) }
    }

    /// Make sure the store exists and is writable. A missing store is created (with missing
    /// parents, each 0700) with its marker; a `.gitignore` is written when absent. Returns true when
    /// the store was created now. `isWritable` is injectable for tests (tests may run as root).
    @discardableResult
    public func prepare(isWritable: (String) -> Bool = { access($0, W_OK | X_OK) == 0 }) throws -> Bool {
        var info = stat()
        var created = false
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw StoreError.notADirectory(path: path) }
        } else {
            try Self.makeDirectories(path)
            created = true
        }
        guard isWritable(path) else { throw StoreError.notWritable(path: path) }
        if created { try writeIfAbsent(Self.markerName, Self.markerText) }
        try writeIfAbsent(".gitignore", Self.gitignoreText)
        return created
    }

    /// `accord init`: `prepare`, and the marker even in an existing folder. Returns true when the
    /// folder was not a store before.
    @discardableResult
    public func initialize() throws -> Bool {
        let wasStore = Self.isStore(path)
        try prepare()
        try writeIfAbsent(Self.markerName, Self.markerText)
        return !wasStore
    }

    /// Create `name` in the store (0600) with `text` unless it exists.
    private func writeIfAbsent(_ name: String, _ text: String) throws {
        let file = path + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            throw StoreError.createFailed(path: file, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.createFailed(path: file, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }

    /// `mkdir -p` with mode 0700 for every directory created.
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            var info = stat()
            if stat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else { throw StoreError.notADirectory(path: path) }
                continue
            }
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                let code = errno
                if code == ENOTDIR { throw StoreError.notADirectory(path: path) }
                throw StoreError.createFailed(path: path, reason: String(cString: strerror(code)))
            }
            chmod(current, 0o700)
        }
    }

    // MARK: Paths

    /// `path` made absolute against `cwd`, with a leading `~` expanded from `HOME`, and `.`/`..`
    /// components and repeated slashes removed.
    public static func absolute(_ path: String, environment: [String: String], cwd: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
            path = home + path.dropFirst()
        }
        if !path.hasPrefix("/") { path = cwd + "/" + path }
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
