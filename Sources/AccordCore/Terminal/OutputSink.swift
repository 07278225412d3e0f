#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where text output goes: standard output, standard error, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Write `text` as is (no newline added).
    func write(_ text: String)
}

extension OutputSink {
    /// Write `text` followed by a newline.
    public func line(_ text: String = "") { write(text + "\n") }
}

/// Collects output in memory (tests).
public final class StringOutput: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// Writes straight to a file descriptor (1 or 2), unbuffered, retrying short writes.
public final class FileDescriptorOutput: OutputSink {
    public let descriptor: Int32
    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// Standard output.
    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 1) }
    /// Standard error.
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2) }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // EPIPE and the like: the reader went away; nothing useful to do.
            }
            offset += written
        }
        bytes.removeAll()
    }
}
