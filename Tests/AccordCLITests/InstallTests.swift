import AccordCore
import Foundation
import Testing

/// `make install PREFIX=…` puts the binary, the man page and the completions in their places;
/// the installed bash completion completes commands and playbooks; `make uninstall` removes it all.
@Suite("Install and completions", .serialized)
struct InstallTests {
    static let make = ["/usr/bin/make", "/bin/make"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let bash = ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let installed = [
        "bin/accord", "share/man/man1/accord.1", "share/bash-completion/completions/accord",
        "share/zsh/site-functions/_accord", "share/fish/vendor_completions.d/accord.fish",
    ]

    private func runMake(_ arguments: [String], root: String) throws -> (status: Int32, out: String, err: String) {
        let make = try #require(Self.make, "make is not installed")
        let result = try E2E.runProgram(
            make, ["-s", "-C", CLIStore.root.path] + arguments,
            environment: AccordBinary.environment(root: root), directory: root)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    /// Completion candidates for a command line (the last word is the one being completed).
    static func complete(_ words: [String], script: String, path: String, root: String) throws -> [String] {
        let bash = try #require(Self.bash, "bash is not installed")
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
            _accord
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var env = AccordBinary.environment(root: root)
        env["PATH"] = path + ":/usr/bin:/bin"
        let result = try E2E.runProgram(bash, ["--noprofile", "--norc", "-c", program], environment: env, directory: root)
        #expect(result.status == 0, "\(result.stderr)")
        return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(.timeLimit(.minutes(3)))
    func installsUsableFilesAndUninstallsThem() throws {
        let root = URL(fileURLWithPath: try AccordBinary.temporaryDirectory()).resolvingSymlinksInPath().path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = root + "/p"
        let install = try runMake(["install", "BUILD=", "BIN=\(AccordBinary.path)", "PREFIX=\(prefix)"], root: root)
        #expect(install.status == 0, "\(install.err)")
        for file in Self.installed { #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
        #expect(E2E.mode(prefix + "/bin/accord") == 0o755)

        let version = try E2E.runProgram(prefix + "/bin/accord", ["--version"], environment: AccordBinary.environment(root: root))
        #expect(String(decoding: version.stdout, as: UTF8.self) == HelpText.versionLine)

        if let man = ["/usr/bin/man", "/bin/man"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            var env = AccordBinary.environment(root: root)
            env["MANPAGER"] = "cat"
            env["MANWIDTH"] = "80"
            let page = try E2E.runProgram(man, ["--warnings", "-l", prefix + "/share/man/man1/accord.1"], environment: env)
            #expect(page.status == 0)
            #expect(page.stderr.isEmpty, "\(page.stderr)")
            #expect(String(decoding: page.stdout, as: UTF8.self).contains("EXIT STATUS"))
        }

        let script = prefix + "/share/bash-completion/completions/accord"
        #expect(try Self.complete(["accord", "st"], script: script, path: prefix + "/bin", root: root) == ["start"])
        let playbooks = try Self.complete(["accord", "start", ""], script: script, path: prefix + "/bin", root: root)
        #expect(playbooks == ["goals", "roles", "retro", "review", "prep", "insights", "segments", "sla", "winloss"])
        #expect(
            try Self.complete(["accord", "plan", "--format", ""], script: script, path: prefix + "/bin", root: root)
                == ["markdown", "html", "slides", "json", "csv"])
        #expect(try Self.complete(["accord", "--color", "n"], script: script, path: prefix + "/bin", root: root) == ["never"])
        #expect(try Self.complete(["accord", "list", "--j"], script: script, path: prefix + "/bin", root: root) == ["--json"])

        let uninstall = try runMake(["uninstall", "PREFIX=\(prefix)"], root: root)
        #expect(uninstall.status == 0, "\(uninstall.err)")
        for file in Self.installed { #expect(!FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
    }

    @Test(.timeLimit(.minutes(3)))
    func destdirIsHonoured() throws {
        let root = URL(fileURLWithPath: try AccordBinary.temporaryDirectory()).resolvingSymlinksInPath().path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let install = try runMake(
            ["install", "BUILD=", "BIN=\(AccordBinary.path)", "PREFIX=/usr/local", "DESTDIR=\(root)/stage"], root: root)
        #expect(install.status == 0, "\(install.err)")
        for file in Self.installed { #expect(FileManager.default.fileExists(atPath: root + "/stage/usr/local/" + file), "\(file)") }
    }

    @Test func sessionIDsCompleteFromTheStore() throws {
        let box = try CLIStore.withCommittedExamples()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let script = box.base + "/accord.bash"
        try box.run(["completions", "bash"]).out.write(toFile: script, atomically: false, encoding: .utf8)
        let binDir = URL(fileURLWithPath: AccordBinary.path).deletingLastPathComponent().path
        let ids = try Self.complete(["accord", "--dir", box.store, "show", "2026"], script: script, path: binDir, root: box.base)
        #expect(ids == CLIStore.committedTranscripts().map { String($0.dropLast(6)) })
        for shell in ["zsh", "fish"] {
            let text = try box.run(["completions", shell])
            #expect(text.status == 0)
            for command in ["start", "search", "completions"] { #expect(text.out.contains(command)) }
        }
        #expect(try box.run(["completions", "tcsh"]).status == 64)
    }

    /// zsh and fish (when installed: bash is the one the suite requires) complete the same words.
    @Test func zshAndFishCompleteCommandsAndPlaybooks() throws {
        let box = try CLIStore()
        defer { try? FileManager.default.removeItem(atPath: box.base) }
        let binDir = URL(fileURLWithPath: AccordBinary.path).deletingLastPathComponent().path
        var env = box.environment
        env["PATH"] = binDir + ":/usr/bin:/bin"
        if let zsh = ["/usr/bin/zsh", "/bin/zsh"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let script = box.base + "/_accord"
            try box.run(["completions", "zsh"]).out.write(toFile: script, atomically: false, encoding: .utf8)
            let program = """
                source '\(script)'
                compadd() { shift $(( ${@[(i)--]} )); print -l -- "$@"; }
                words=(accord st); CURRENT=2; _accord
                print -- ---
                words=(accord start ''); CURRENT=3; _accord
                """
            let result = try E2E.runProgram(zsh, ["-f", "-c", program], environment: env, directory: box.base)
            let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(lines.split(separator: "---").first.map(Array.init)?.contains("start") == true)
            #expect(
                lines.split(separator: "---").last.map(Array.init) == [
                    "goals", "roles", "retro", "review", "prep", "insights", "segments", "sla", "winloss",
                ])
        }
        if let fish = ["/usr/bin/fish", "/bin/fish"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let script = box.base + "/accord.fish"
            try box.run(["completions", "fish"]).out.write(toFile: script, atomically: false, encoding: .utf8)
            env["XDG_CONFIG_HOME"] = box.base + "/config"
            env["XDG_DATA_HOME"] = box.base + "/data"
            let program = "source '\(script)'; complete -C 'accord st'; echo ---; complete -C 'accord start '"
            let result = try E2E.runProgram(fish, ["--no-config", "-c", program], environment: env, directory: box.base)
            let text = String(decoding: result.stdout, as: UTF8.self)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(text.hasPrefix("start\t"))
            #expect(
                Set(text.components(separatedBy: "---\n").last?.split(separator: "\n").map(String.init) ?? [])
                    == ["goals", "roles", "retro", "review", "prep", "insights", "segments", "sla", "winloss"])
        }
    }
}
