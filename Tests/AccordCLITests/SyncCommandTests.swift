import Foundation
import Testing

/// `accord sync` between two clones of a store through a bare remote.
@Suite("Sync", .serialized)
struct SyncCommandTests {
    struct Setup {
        let root: String
        let env: [String: String]
        let git: String

        @discardableResult
        func git(_ args: [String], in dir: String) throws -> String {
            let result = try E2E.runProgram(git, args, environment: env, directory: dir)
            guard result.status == 0 else { throw Failure(description: "git \(args) in \(dir): \(result.stderr)") }
            return String(decoding: result.stdout, as: UTF8.self)
        }

        func accord(_ args: [String], in dir: String, input: String = "") throws -> (status: Int32, out: String, err: String) {
            let result = try E2E.run(args, input: Data(input.utf8), environment: env, directory: dir)
            return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    private func setUp() throws -> Setup {
        let git = try #require(GitStoreTests.git, "git is not installed: apt-get install git")
        let root = URL(fileURLWithPath: try AccordBinary.temporaryDirectory()).resolvingSymlinksInPath().path
        var env = AccordBinary.environment(root: root)
        env["ACCORD_DIR"] = nil
        env["XDG_DATA_HOME"] = root + "/data"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_AUTHOR_NAME"] = "Tester"
        env["GIT_AUTHOR_EMAIL"] = "tester@example.com"
        env["GIT_COMMITTER_NAME"] = "Tester"
        env["GIT_COMMITTER_EMAIL"] = "tester@example.com"
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        return Setup(root: root, env: env, git: git)
    }

    private func sessionIDs(_ s: Setup, in dir: String) throws -> Set<String> {
        let out = try s.accord(["list", "--json"], in: dir).out
        let list = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] ?? []
        return Set(list.compactMap { $0["id"] as? String })
    }

    @Test(.timeLimit(.minutes(5)))
    func twoClonesEndWithAllSessions() throws {
        let s = try setUp()
        defer { try? FileManager.default.removeItem(atPath: s.root) }
        try s.git(["init", "-q", "--bare", "-b", "main", "origin.git"], in: s.root)
        try s.git(["clone", "-q", "origin.git", "ana"], in: s.root)
        let ana = s.root + "/ana"
        try s.git(["checkout", "-q", "-b", "main"], in: ana)
        #expect(try s.accord(["init"], in: ana).status == 0)
        // Something outside the store must never be committed by sync.
        try "draft".write(toFile: ana + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(
            try s.accord(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], in: ana, input: try CLIStore.script("goals")).status
                == 0)
        let first = try s.accord(["sync"], in: ana)
        #expect(first.status == 0, "\(first.err)\(first.out)")
        #expect(first.out.contains("Committed: Accord: "))
        #expect(first.out.contains("Pushed"))
        #expect(try s.git(["status", "--porcelain"], in: ana).contains("?? notes.txt"))

        try s.git(["clone", "-q", "origin.git", "ben"], in: s.root)
        let ben = s.root + "/ben"
        #expect(try sessionIDs(s, in: ben).count == 1)
        #expect(
            try s.accord(["start", "roles", "--sales", "Dana", "--marketing", "Lee"], in: ben, input: try CLIStore.script("roles")).status
                == 0)
        #expect(
            try s.accord(["start", "retro", "--sales", "Dana", "--marketing", "Lee"], in: ana, input: try CLIStore.script("retro")).status
                == 0)
        let benSync = try s.accord(["sync"], in: ben)
        #expect(benSync.status == 0, "\(benSync.err)")
        let anaSync = try s.accord(["sync"], in: ana)
        #expect(anaSync.status == 0, "\(anaSync.err)")
        #expect(anaSync.out.contains("Pulled"))
        #expect(try s.accord(["sync"], in: ben).status == 0)
        let all = try sessionIDs(s, in: ana)
        #expect(all.count == 3)
        #expect(try sessionIDs(s, in: ben) == all)
        let quiet = try s.accord(["sync"], in: ben)
        #expect(quiet.status == 0)
        #expect(quiet.out.contains("Nothing to do"))
        let body = try s.git(["log", "--format=%B"], in: ana)
        #expect(body.contains("(goals, Dana & Lee)"), "\(body)")
        let log = try s.git(["log", "--format=%s", "--name-only"], in: ana)
        #expect(!log.contains("notes.txt"))
        #expect(!log.contains(".lock"))
    }

    @Test(.timeLimit(.minutes(3)))
    func aConflictIsReportedAndLeavesTheCloneClean() throws {
        let s = try setUp()
        defer { try? FileManager.default.removeItem(atPath: s.root) }
        try s.git(["init", "-q", "--bare", "-b", "main", "origin.git"], in: s.root)
        try s.git(["clone", "-q", "origin.git", "ana"], in: s.root)
        let ana = s.root + "/ana"
        try s.git(["checkout", "-q", "-b", "main"], in: ana)
        #expect(try s.accord(["init"], in: ana).status == 0)
        #expect(try s.accord(["sync"], in: ana).status == 0)
        try s.git(["clone", "-q", "origin.git", "ben"], in: s.root)
        let ben = s.root + "/ben"
        // Both edit the same line of the store's .gitignore: the one file two people can clash on.
        try "*.lock\n.cache/\nana-only/\n".write(toFile: ana + "/transcripts/.gitignore", atomically: false, encoding: .utf8)
        try "*.lock\n.cache/\nben-only/\n".write(toFile: ben + "/transcripts/.gitignore", atomically: false, encoding: .utf8)
        #expect(try s.accord(["sync"], in: ana).status == 0)
        let clash = try s.accord(["sync"], in: ben)
        #expect(clash.status == 2)
        #expect(clash.err.contains("conflict in transcripts/.gitignore"), "\(clash.err)")
        #expect(!FileManager.default.fileExists(atPath: ben + "/.git/MERGE_HEAD"), "the merge was aborted")
    }

    @Test func saysWhenThereIsNoRepositoryOrNoRemote() throws {
        let s = try setUp()
        defer { try? FileManager.default.removeItem(atPath: s.root) }
        try FileManager.default.createDirectory(atPath: s.root + "/plain", withIntermediateDirectories: true)
        #expect(try s.accord(["init"], in: s.root + "/plain").status == 0)
        let noRepo = try s.accord(["sync"], in: s.root + "/plain")
        #expect(noRepo.status == 69)
        #expect(noRepo.err.contains("not in a git repository"))
        try s.git(["init", "-q"], in: s.root + "/plain")
        let noRemote = try s.accord(["sync"], in: s.root + "/plain")
        #expect(noRemote.status == 69)
        #expect(noRemote.err.contains("no remote"))
        let noStore = try s.accord(["sync", "--dir", s.root + "/missing"], in: s.root)
        #expect(noStore.status == 66)
        #expect(!FileManager.default.fileExists(atPath: s.root + "/missing"))
    }
}
