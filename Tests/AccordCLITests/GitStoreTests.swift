import AccordCore
import Foundation
import Testing

/// A store kept in git: two clones run sessions independently, push and pull, and the merge never
/// conflicts; local state (`*.lock`, `.cache/`) is never committed.
@Suite("Store in git", .serialized)
struct GitStoreTests {
    static let git: String? = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Repo {
        let root: String
        let env: [String: String]
        let git: String

        @discardableResult
        func run(_ args: String..., in dir: String) throws -> String {
            let result = try E2E.runProgram(git, args, environment: env, directory: dir)
            let out = String(decoding: result.stdout, as: UTF8.self)
            guard result.status == 0 else {
                throw GitFailure(
                    description: "git \(args.joined(separator: " ")) in \(dir) exited \(result.status):\n\(out)\(result.stderr)")
            }
            return out
        }
    }

    struct GitFailure: Error, CustomStringConvertible { let description: String }

    func setUp() throws -> Repo {
        let git = try #require(
            Self.git,
            "git is not installed (looked in /usr/bin, /usr/local/bin, /bin): install it with 'apt-get install git' to run the store-in-git tests"
        )
        let root = try AccordBinary.temporaryDirectory()
        var env = AccordBinary.environment(root: root)
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        return Repo(root: root, env: env, git: git)
    }

    func clone(_ repo: Repo, _ name: String) throws -> String {
        try repo.run("clone", "-q", repo.root + "/origin.git", name, in: repo.root)
        let dir = repo.root + "/" + name
        try repo.run("config", "user.name", "Tester \(name)", in: dir)
        try repo.run("config", "user.email", "\(name)@example.com", in: dir)
        try repo.run("config", "pull.rebase", "false", in: dir)
        return dir
    }

    /// Runs an example script as a session in the store of clone `dir`.
    func session(_ playbook: String, in dir: String, _ repo: Repo) throws {
        let result = try E2E.run(
            ["start", playbook, "--sales", "Dana", "--marketing", "Lee", "--dir", dir + "/transcripts"],
            input: Data(try E2E.exampleInput(playbook).utf8), environment: repo.env)
        #expect(result.status == 0, "\(playbook): \(result.stderr)")
    }

    @Test(.timeLimit(.minutes(10)))
    func twoClonesRunSessionsAndMergeWithoutConflictsAndListEverySession() throws {
        let repo = try setUp()
        defer { try? FileManager.default.removeItem(atPath: repo.root) }
        try repo.run("init", "-q", "--bare", "-b", "main", "origin.git", in: repo.root)

        // A first session, committed with the store's own .gitignore.
        let seed = try clone(repo, "seed")
        try repo.run("checkout", "-q", "-b", "main", in: seed)
        try session("goals", in: seed, repo)
        let gitignore = try String(contentsOfFile: seed + "/transcripts/.gitignore", encoding: .utf8)
        #expect(gitignore.contains("*.lock") && gitignore.contains(".cache/"))
        try repo.run("add", "-A", in: seed)
        try repo.run("commit", "-q", "-m", "goals session", in: seed)
        try repo.run("push", "-q", "origin", "main", in: seed)

        // Two people clone the store and each runs sessions.
        let ana = try clone(repo, "ana")
        let ben = try clone(repo, "ben")
        try session("roles", in: ana, repo)
        try session("retro", in: ana, repo)
        try session("retro", in: ben, repo)
        try session("goals", in: ben, repo)

        // Ben commits while a session is open in his store: its lock file exists but is not staged.
        let open = try PTYSession(
            AccordBinary.path, arguments: ["start", "roles", "--sales", "Dana", "--marketing", "Lee", "--dir", ben + "/transcripts"],
            environment: repo.env.merging(["ACCORD_NOHISTORY": "1"]) { $1 }, columns: 200)
        try open.expectPrompt("› ", timeout: 60)
        let locks = try FileManager.default.contentsOfDirectory(atPath: ben + "/transcripts").filter { $0.hasSuffix(".lock") }
        #expect(locks.count == 1, "an open session holds a lock file")

        for (dir, message) in [(ana, "ana's sessions"), (ben, "ben's sessions")] {
            try repo.run("add", "-A", in: dir)
            let staged = try repo.run("ls-files", in: dir)
            #expect(!staged.contains(".lock"), "lock files must not be committed: \(staged)")
            #expect(!staged.contains(".cache"), ".cache must not be committed: \(staged)")
            #expect(staged.contains("transcripts/.gitignore"))
            try repo.run("commit", "-q", "-m", message, in: dir)
        }
        open.send("/quit\r")
        #expect(try open.waitForExit(timeout: 60) == 0)

        try repo.run("push", "-q", "origin", "main", in: ana)
        // Ben merges Ana's work (a real merge: both sides have new commits).
        try repo.run("pull", "-q", "--no-rebase", "--no-edit", "origin", "main", in: ben)
        let status = try repo.run("status", "--porcelain", in: ben)
        #expect(!status.contains("UU") && !status.contains("AA"), "conflicts: \(status)")
        let parents = try repo.run("log", "-1", "--format=%P", in: ben).split(separator: " ")
        #expect(parents.count == 2, "the pull should have made a merge commit")
        try repo.run("push", "-q", "origin", "main", in: ben)
        try repo.run("pull", "-q", "--no-rebase", "origin", "main", in: ana)

        // Everyone sees every session: 1 seed + 2 (Ana) + 3 (Ben, one of them unfinished… listed too).
        let benIDs = try E2E.run(["list", "--json", "--dir", ben + "/transcripts"], environment: repo.env)
        let summaries = try JSONDecoder().decode([SessionSummary].self, from: benIDs.stdout)
        #expect(summaries.count == 6, "\(summaries.map(\.id))")
        #expect(summaries.filter { $0.status == .completed }.count == 5)
        #expect(summaries.allSatisfy { $0.damage == nil })
        let anaList = try E2E.run(["list", "--json", "--dir", ana + "/transcripts"], environment: repo.env)
        #expect(try JSONDecoder().decode([SessionSummary].self, from: anaList.stdout).map(\.id).sorted() == summaries.map(\.id).sorted())
        #expect(Set(summaries.map(\.id)).count == 6, "session ids never collide")

        let committed = try repo.run("ls-files", in: ben)
        #expect(!committed.contains(".lock") && !committed.contains(".cache"))
        #expect(committed.split(separator: "\n").filter { $0.hasSuffix(".jsonl") }.count == 6)
    }

    @Test func theStoreWritesItsGitignoreOnCreation() throws {
        let root = try AccordBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = AccordBinary.environment(root: root)
        _ = try E2E.run(["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: "", environment: env)
        let text = try String(contentsOfFile: root + "/store/.gitignore", encoding: .utf8)
        let rules = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rules == ["*.lock", ".cache/"])
    }
}
