#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the transcript store lives: `--dir`, else `ACCORD_DIR`, else `./transcripts`.
public struct StoreLocation: Sendable, Equatable {
    /// The absolute path of the store directory.
    public var path: String

    public init(path: String) { self.path = path }

    /// The default store, relative to the working directory.
    public static let defaultDirectory = "transcripts"

    /// Resolve the store path (without touching the file system).
    /// - Parameters:
    ///   - flag: the `--dir` value, if given.
    ///   - environment: the process environment (`ACCORD_DIR`, `HOME` for `~`).
    ///   - cwd: the working directory relative paths are resolved against.
    public static func resolve(flag: String?, environment: [String: String], cwd: String) -> StoreLocation {
        let chosen = flag.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["ACCORD_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? defaultDirectory
        return StoreLocation(path: absolute(chosen, environment: environment, cwd: cwd))
    }

    /// Make sure the store exists and is writable: missing directories (with parents) are
    /// created with mode 0700. `isWritable` is injectable for tests (tests run as root).
    /// Throws `AccordError.storeNotADirectory`, `.storeNotWritable` or `.storeCreateFailed`.
    public func prepare(isWritable: (String) -> Bool = { access($0, W_OK | X_OK) == 0 }) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw AccordError.storeNotADirectory(path: path) }
        } else {
            try Self.makeDirectories(path)
        }
        guard isWritable(path) else { throw AccordError.storeNotWritable(path: path) }
    }

    /// `mkdir -p` with mode 0700 for every directory created.
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            var info = stat()
            if stat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else { throw AccordError.storeNotADirectory(path: path) }
                continue
            }
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                let code = errno
                if code == ENOTDIR { throw AccordError.storeNotADirectory(path: path) }
                throw AccordError.storeCreateFailed(path: path, reason: String(cString: strerror(code)))
            }
            chmod(current, 0o700)
        }
    }

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
}
