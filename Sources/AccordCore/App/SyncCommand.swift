#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What can stop `accord sync`; each case carries its exit code.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store does not exist yet.
    case noStore(path: String)
    /// `git` cannot be run.
    case gitMissing
    /// The store is not inside a git repository.
    case notARepository(path: String)
    /// The repository has no remote to share through.
    case noRemote
    /// Pulling would conflict; nothing was changed (the merge was aborted).
    case conflict(files: [String])
    /// A git step failed; its message.
    case gitFailed(step: String, message: String)

    /// The exit code the process ends with.
    public var exitCode: ExitCode {
        switch self {
        case .noStore: return .noInput
        case .gitMissing, .notARepository, .noRemote: return .unavailable
        case .conflict, .gitFailed: return .failure
        }
    }

    public var description: String {
        switch self {
        case .noStore(let path):
            return "there is no store at \(TerminalSafe.clean(path)) yet: nothing to share ('accord where' says which store is used)."
        case .gitMissing:
            return "git is not installed: 'accord sync' shares the store through git."
        case .notARepository(let path):
            return "the store \(TerminalSafe.clean(path)) is not in a git repository. Ask a teammate for the team's repository "
                + "and clone it, or make one: git init, then git remote add origin URL."
        case .noRemote:
            return "the store's git repository has no remote to share with. Add one: git remote add origin URL."
        case .conflict(let files):
            return "your changes and the remote's conflict in " + files.map { TerminalSafe.clean($0) }.joined(separator: ", ")
                + ". Nothing was merged; your sessions are committed locally. Ask someone who knows git to merge them."
        case .gitFailed(let step, let message):
            return "git \(step) failed: \(TerminalSafe.clean(message))"
        }
    }
}

/// `accord sync`: for a store inside a git repository, commit new and changed session files
/// (only files in the store), pull (merge) and push.
public enum SyncCommand {
    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(context: CommandContext) throws -> ExitCode {
        do {
            try sync(store: context.storeLocation, environment: context.environment, output: context.output)
            return .ok
        } catch let error as SyncError {
            throw AccordError.sync(error)
        }
    }

    /// The steps, each reported on `output`.
    static func sync(store: StoreLocation, environment: [String: String], output: OutputSink) throws {
        guard store.exists else { throw SyncError.noStore(path: store.path) }
        let git = Git(directory: store.path, environment: environment)
        let top = try git.run(
            ["rev-parse", "--show-toplevel"], step: "rev-parse", failure: { _ in SyncError.notARepository(path: store.path) }
        )
        .trimmingSpacesAndNewlines()
        let repo = Git(directory: top, environment: environment)
        let remotes = try repo.run(["remote"], step: "remote").split(separator: "\n").map(String.init)
        guard !remotes.isEmpty else { throw SyncError.noRemote }
        let branch = try repo.run(["symbolic-ref", "--short", "HEAD"], step: "symbolic-ref").trimmingSpacesAndNewlines()
        let upstream = (try? repo.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"], step: "rev-parse"))?
            .trimmingSpacesAndNewlines()
        let remote: String
        let remoteBranch: String
        if let upstream, let slash = upstream.firstIndex(of: "/") {
            remote = String(upstream[..<slash])
            remoteBranch = String(upstream[upstream.index(after: slash)...])
        } else {
            remote = remotes.contains("origin") ? "origin" : remotes[0]
            remoteBranch = branch
        }

        // 1. Commit the store's new and changed files, nothing else.
        let pathspec = ["--", store.path]
        let status = try repo.run(["status", "--porcelain", "--untracked-files=all"] + pathspec, step: "status")
        var added = 0
        var changed = 0
        var details: [String] = []
        for line in status.split(separator: "\n") where line.count > 3 {
            let isNew = line.hasPrefix("??") || line.hasPrefix("A")
            if isNew { added += 1 } else { changed += 1 }
            let file = String(line.dropFirst(3))
            details.append("\(isNew ? "new" : "updated"): \(describe(file, top: top))")
        }
        var committed = false
        if added + changed > 0 {
            _ = try repo.run(["add", "--all"] + pathspec, step: "add")
            let message = commitMessage(added: added, changed: changed)
            _ = try repo.run(["commit", "--quiet", "-m", message, "-m", details.joined(separator: "\n")] + pathspec, step: "commit")
            output.line("Committed: \(message).")
            committed = true
        }

        // 2. Pull (merge) when the remote branch exists.
        let before = try repo.run(["rev-parse", "HEAD"], step: "rev-parse")
        let remoteHasBranch = (try? repo.run(["ls-remote", "--exit-code", "--heads", remote, remoteBranch], step: "ls-remote")) != nil
        if remoteHasBranch {
            do {
                _ = try repo.run(["pull", "--no-rebase", "--no-edit", "--quiet", remote, remoteBranch], step: "pull")
            } catch let error as SyncError {
                let conflicted =
                    (try? repo.run(["diff", "--name-only", "--diff-filter=U"], step: "diff"))?
                    .split(separator: "\n").map(String.init) ?? []
                guard !conflicted.isEmpty else { throw error }
                _ = try? repo.run(["merge", "--abort"], step: "merge --abort")
                throw SyncError.conflict(files: conflicted)
            }
        }
        let pulled = try repo.run(["rev-parse", "HEAD"], step: "rev-parse") != before
        if pulled { output.line("Pulled the team's sessions from \(remote)/\(remoteBranch).") }

        // 3. Push what the remote does not have.
        let ahead =
            remoteHasBranch
            ? Int(
                try repo.run(["rev-list", "--count", "\(remote)/\(remoteBranch)..HEAD"], step: "rev-list").trimmingSpacesAndNewlines()) ?? 1
            : 1
        if ahead > 0 {
            _ = try repo.run(
                ["push", "--quiet"] + (upstream == nil ? ["--set-upstream"] : []) + [remote, "HEAD:\(remoteBranch)"], step: "push")
            output.line("Pushed to \(remote)/\(remoteBranch).")
        }
        if !committed && !pulled && ahead == 0 {
            output.line("Nothing to do: the store is up to date with \(remote)/\(remoteBranch).")
        }
    }

    /// "20261130-101500-ab12cd.jsonl (retro, Dana & Lee)" for a session file, else the path.
    static func describe(_ file: String, top: String) -> String {
        let unquoted = file.hasPrefix("\"") && file.hasSuffix("\"") ? String(file.dropFirst().dropLast()) : file
        let name = unquoted.split(separator: "/").last.map(String.init) ?? unquoted
        guard name.hasSuffix(".jsonl"), let read = try? TranscriptReader.read(url: URL(fileURLWithPath: top + "/" + unquoted)) else {
            return unquoted
        }
        let who = read.header.participants
        return "\(name) (\(read.header.playbook), \(who.solo ? who.sales : "\(who.sales) & \(who.marketing)"))"
    }

    /// "2 new sessions, 1 updated session".
    static func commitMessage(added: Int, changed: Int) -> String {
        var parts: [String] = []
        if added > 0 { parts.append("\(added) new session file\(added == 1 ? "" : "s")") }
        if changed > 0 { parts.append("\(changed) updated session file\(changed == 1 ? "" : "s")") }
        return "Accord: " + parts.joined(separator: ", ")
    }

    /// Runs git in a folder, never prompting.
    struct Git {
        let directory: String
        let environment: [String: String]

        func run(_ arguments: [String], step: String, failure: ((String) -> SyncError)? = nil) throws -> String {
            var env = environment
            env["GIT_TERMINAL_PROMPT"] = "0"
            env["LC_ALL"] = "C"
            let result: Subprocess.Output
            do {
                result = try Subprocess.capture("/usr/bin/env", ["git", "-C", directory] + arguments, environment: env)
            } catch {
                throw SyncError.gitMissing
            }
            let message = String(decoding: result.standardError, as: UTF8.self).trimmingSpacesAndNewlines()
            if result.status == 127 { throw SyncError.gitMissing }
            guard result.status == 0 else {
                throw failure?(message) ?? SyncError.gitFailed(step: step, message: message)
            }
            return String(decoding: result.standardOutput, as: UTF8.self)
        }
    }
}
