import Foundation

/// The history file: its directory is created 0700 and the file 0600 before libedit writes it.
enum HistoryFile {
    static func prepare(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
        chmod(path, 0o600)
    }
}
