import Foundation
import Testing

/// Finding the store like git finds its repository, `init`, `where`, and read-only commands that
/// create nothing and work on a read-only store.
@Suite("Finding the store")
struct StoreFindingTests {
    /// A sandbox without ACCORD_DIR: home and data inside `root`.
    private func sandbox() throws -> (root: String, env: [String: String]) {
        let root = URL(fileURLWithPath: try AccordBinary.temporaryDirectory()).resolvingSymlinksInPath().path
        var env = AccordBinary.environment(root: root)
        env["ACCORD_DIR"] = nil
        env["XDG_DATA_HOME"] = root + "/data"
        return (root, env)
    }

    private func everything(under root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func listFromASubfolderFindsTheStoreMadeByInit() throws {
        let (root, env) = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/team/notes", withIntermediateDirectories: true)
        let made = try E2E.run(["init", "transcripts"], environment: env, directory: root + "/team")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/team/transcripts/.accord-store"))
        #expect(E2E.mode(root + "/team/transcripts") == 0o700)
        // A session started from team/notes lands in team/transcripts.
        let started = try E2E.run(
            ["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: Data(try E2E.exampleInput("goals").utf8),
            environment: env, directory: root + "/team/notes")
        #expect(started.status == 0, "\(started.stderr)")
        #expect(E2E.transcripts(in: root + "/team/transcripts").count == 1)
        let listed = try E2E.run(["list"], environment: env, directory: root + "/team/notes")
        #expect(listed.status == 0)
        #expect(String(decoding: listed.stdout, as: UTF8.self).contains("goals"))
        let whereOut = try E2E.run(["where"], environment: env, directory: root + "/team/notes")
        let text = String(decoding: whereOut.stdout, as: UTF8.self)
        #expect(text.hasPrefix(root + "/team/transcripts\n"))
        #expect(text.contains("found walking up from \(root)/team/notes"))
        #expect(!FileManager.default.fileExists(atPath: root + "/data"), "the default store was not needed")
    }

    @Test func readOnlyCommandsInAnEmptyFolderCreateNothingAnywhere() throws {
        let (root, env) = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        let before = everything(under: root)
        for arguments in [
            ["list"], ["list", "--json"], ["commitments"], ["playbooks"], ["search", "pipeline"], ["where"], ["show", "x"], ["plan"],
        ] {
            let result = try E2E.run(arguments, environment: env, directory: root + "/empty")
            #expect(![64, 73, 74].contains(result.status), "\(arguments): \(result.stderr)")
        }
        #expect(everything(under: root) == before)
        let listed = try E2E.run(["list"], environment: env, directory: root + "/empty")
        #expect(String(decoding: listed.stdout, as: UTF8.self).contains("No sessions yet"))
        let whereOut = String(decoding: try E2E.run(["where"], environment: env, directory: root + "/empty").stdout, as: UTF8.self)
        #expect(whereOut.hasPrefix(root + "/data/accord/transcripts\n"))
        #expect(whereOut.contains("not created yet"))
    }

    @Test func theDefaultStoreIsAnnouncedWhenFirstCreated() throws {
        let (root, env) = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try E2E.run(
            ["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: Data(try E2E.exampleInput("goals").utf8),
            environment: env, directory: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("created your store \(root)/data/accord/transcripts"))
        #expect(FileManager.default.fileExists(atPath: root + "/data/accord/transcripts/.accord-store"))
        let second = try E2E.run(
            ["start", "goals", "--sales", "Dana", "--marketing", "Lee"], input: Data(try E2E.exampleInput("goals").utf8),
            environment: env, directory: root)
        #expect(!second.stderr.contains("created your store"))
    }

    @Test func readersWorkOnAReadOnlyStore() throws {
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        chmod(box.store, 0o500)
        defer { chmod(box.store, 0o700) }
        let before = everything(under: box.store)
        let id = try #require(CLIStore.committedTranscripts().first).replacingOccurrences(of: ".jsonl", with: "")
        for arguments in [["list"], ["show", id], ["plan"], ["commitments"], ["search", "the"], ["replay", id, "--speed", "1000"]] {
            let result = try box.run(arguments)
            #expect(result.status == 0 || (arguments == ["plan"] && result.status == 66), "\(arguments): \(result.status) \(result.err)")
        }
        if getuid() != 0 { #expect(everything(under: box.store) == before) }
    }

    /// As a user who may only read the store (someone else's 0500 store, files 0400): run as
    /// `nobody` through setpriv when the tests run as root, so the permission check is real.
    @Test func readersWorkOnSomeoneElsesStoreTheyMayOnlyRead() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        // The way down to the box must be passable for nobody: the private temporary folders above it
        // (the scratch root, the test run's TMPDIR) get search permission; folders that have it are left alone.
        var dir = box.base
        while dir != "/" && !dir.isEmpty {
            var info = stat()
            if stat(dir, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o001 == 0 { chmod(dir, (info.st_mode & 0o7777) | 0o011) }
            dir = (dir as NSString).deletingLastPathComponent
        }
        let binary = box.base + "/accord"
        try FileManager.default.copyItem(atPath: AccordBinary.path, toPath: binary)
        chmod(binary, 0o755)
        let nobody: uid_t = 65534
        for name in try FileManager.default.contentsOfDirectory(atPath: box.store) {
            chown(box.store + "/" + name, nobody, nobody)
            chmod(box.store + "/" + name, 0o400)
        }
        chown(box.store, nobody, nobody)
        chmod(box.store, 0o500)
        defer { chmod(box.store, 0o700) }
        let before = everything(under: box.store)
        let id = try #require(CLIStore.committedTranscripts().first).replacingOccurrences(of: ".jsonl", with: "")
        var env = box.environment
        env["HOME"] = box.base
        env["XDG_STATE_HOME"] = box.base + "/nobody-state"
        env["ACCORD_NOHISTORY"] = "1"
        for arguments in [["list"], ["show", id], ["plan"], ["commitments"], ["search", "the"], ["where"]] {
            let result = try E2E.runProgram(
                "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "--dir", box.store] + arguments,
                environment: env)
            #expect(result.status == 0, "\(arguments): \(result.status) \(result.stderr)")
        }
        #expect(everything(under: box.store) == before, "nothing created in a store the user may only read")
    }

    @Test func theRepositorysExampleStoreStaysADemo() throws {
        let (root, env) = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(
            !FileManager.default.fileExists(atPath: CLIStore.root.appendingPathComponent("transcripts/.accord-store").path),
            "transcripts/ must not be marked: 'make run' in the repository would write into it")
        let whereOut = try E2E.run(["where"], environment: env, directory: CLIStore.root.path)
        #expect(String(decoding: whereOut.stdout, as: UTF8.self).hasPrefix(root + "/data/accord/transcripts\n"))
    }

    @Test func aBadTodayInTheEnvironmentIsAUsageError() throws {
        let box = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let result = try box.run(["commitments"], extra: ["ACCORD_TODAY": "someday"])
        #expect(result.status == 64)
        #expect(result.err.contains("ACCORD_TODAY"))
        #expect(try box.run(["commitments"], extra: ["ACCORD_TODAY": "2027-01-10"]).status == 0)
    }

    @Test func resumeWithNothingToResumeFailsClearly() throws {
        let box = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let result = try box.run(["resume"])
        #expect(result.status == 66)
        #expect(result.err.contains("no unfinished session to resume"))
    }

    @Test func versionCommandAndFlagAgree() throws {
        let box = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let command = try box.run(["version"])
        let flag = try box.run(["--version"])
        #expect(command.status == 0)
        #expect(command.out == flag.out)
        #expect(command.out.hasPrefix("accord "))
    }
}
