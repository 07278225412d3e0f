#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process started with `posix_spawn`, where Foundation's `Process` was (it is in the
/// corelibs, which the binary does not link): git for `accord sync`, with its output read, and the
/// editor for `/editor`, on the terminal.
enum Subprocess {
    /// What a captured run gave.
    struct Output {
        /// The exit status, or the number of the signal that ended it (as `Process.terminationStatus`).
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    /// The program could not be started (`errno`).
    struct CannotStart: Error, Equatable {
        var code: Int32
    }

    /// Runs `path` with `arguments` and `environment`, input from `/dev/null`, and returns its
    /// output and error output once it has exited.
    static func capture(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Output {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard openPipe(&outPipe) else { throw CannotStart(code: errno) }
        guard openPipe(&errPipe) else {
            let code = errno
            close(outPipe[0])
            close(outPipe[1])
            throw CannotStart(code: code)
        }
        let pid: pid_t
        do {
            pid = try spawn(path, arguments, environment: environment) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
                posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            }
        } catch {
            for fd in outPipe + errPipe { close(fd) }
            throw error
        }
        close(outPipe[1])
        close(errPipe[1])
        var output = Output(status: 0, standardOutput: [], standardError: [])
        drain(outPipe[0], errPipe[0], into: &output)
        close(outPipe[0])
        close(errPipe[0])
        output.status = wait(for: pid)
        return output
    }

    /// Runs `path` on the caller's terminal (standard input, output and error inherited) and
    /// returns its exit status once it has exited.
    static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Int32 {
        let pid = try spawn(path, arguments, environment: environment) { _ in }
        return wait(for: pid)
    }

    /// A pipe whose ends are closed in the child (it gets copies on 1 and 2 only).
    private static func openPipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Reads both pipes to their end, whichever has data first (so neither can fill and block).
    private static func drain(_ out: Int32, _ err: Int32, into output: inout Output) {
        var fds = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0)]
        var open = 2
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open > 0 {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            for i in fds.indices where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    if i == 0 {
                        output.standardOutput.append(contentsOf: buffer[0..<n])
                    } else {
                        output.standardError.append(contentsOf: buffer[0..<n])
                    }
                } else if n == 0 || errno != EINTR {
                    fds[i].fd = -1
                    open -= 1
                }
            }
        }
    }

    /// Starts the program with the file actions from `setUp`; like `Process`, it inherits the
    /// signal mask and ignored signals.
    private static func spawn(
        _ path: String, _ arguments: [String], environment: [String: String],
        setUp: (inout posix_spawn_file_actions_t) -> Void
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        setUp(&actions)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid = pid_t()
        let code = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard code == 0 else { throw CannotStart(code: code) }
        return pid
    }

    /// Waits for `pid`: its exit status, or the signal that ended it.
    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : signal
    }

    /// `NSTemporaryDirectory()`: `$TMPDIR` ending in a slash, else `/tmp/`.
    static func temporaryDirectory() -> String {
        guard let value = getenv("TMPDIR") else { return "/tmp/" }
        let dir = String(cString: value)
        guard !dir.isEmpty else { return "/tmp/" }
        return dir.hasSuffix("/") ? dir : dir + "/"
    }
}
