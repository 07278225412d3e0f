#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What every command works with, resolved once from the command context: the transcript store,
/// the playbooks (built-in plus `--prompts` / `ACCORD_PROMPTS`), and the coach.
public struct Workspace {
    /// The session store.
    public let store: TranscriptStore
    /// Where the store is and why (from the one store layer).
    public let location: StoreLocation
    /// Playbooks by id, parsed on first use (`start` parses only the playbook it needs).
    public var library: PlaybookLibrary { playbooks.loaded.library }
    /// Problems found in extra playbook directories (shown, never fatal).
    public var libraryIssues: [PlaybookIssue] { playbooks.loaded.issues }
    private let playbooks: LazyLibrary
    /// The command context (output, policy, reader…).
    public let context: CommandContext

    /// What a command does with the store.
    public enum StoreAccess: Sendable {
        /// Reads only: nothing is created, a missing store is empty, a read-only store works.
        case read
        /// Saves sessions: the store is created (0700, marked) when missing and must be writable.
        case write
    }

    /// Find the store (created when `access` is `.write`) and prepare the playbooks. The first
    /// time the per-user default store is created, a line on standard error says where it is.
    public static func open(_ context: CommandContext, access: StoreAccess) throws -> Workspace {
        let location = context.storeLocation
        do {
            switch access {
            case .read:
                try location.validateForReading()
            case .write:
                if try location.prepare(), location.reason == .userDefault {
                    context.errors.line(
                        "accord: created your store \(TerminalSafe.clean(location.path)) (see 'accord where'; 'accord init DIR' makes a team store)."
                    )
                }
            }
        } catch let error as StoreError {
            throw AccordError.store(error)
        }
        let store = TranscriptStore(
            directory: URL(fileURLWithPath: location.path), summaryVersion: Self.summaryVersion, summarize: Self.summarize)
        return Workspace(
            store: store, location: location,
            playbooks: LazyLibrary(extraDirectories: context.promptsDirectory.map { [$0] } ?? []), context: context)
    }

    /// Version of the summary rules (bump when `summarize` changes: cached summaries are dropped).
    static let summaryVersion = "engine-1"

    /// Agreed and parked counts and completion, as the engine's reducer gives them
    /// (`SessionCounts`, checked against `SessionState.replay`).
    public static let summarize: TranscriptStore.Summarizer = { header, records in
        let counts = SessionCounts(header: header, records: records)
        return (counts.agreed, counts.parked, counts.completed)
    }

    /// The engine with the blame-free coach plugged in.
    public static var engine: SessionEngine {
        SessionEngine(coach: { text, role in
            coach.check(text, speaker: role).map { ($0.reason, $0.suggestion) }
        })
    }

    /// The coach with the generated model, made when the first answer is coached (a static `let` is
    /// initialised on first use): reading the model's weights costs about 20 ms, which a session that
    /// starts, shows a recap or resumes should not pay before its first prompt.
    static let coach = BlameCoach()

    /// The playbook for `id`, or a usage error naming the closest one.
    public func playbook(_ id: String) throws -> Playbook {
        if let p = playbooks.playbook(id: id) { return p }
        let guess = EditDistance.closest(to: id, in: library.ids, maxDistance: 3)
        throw AccordError.unknownPlaybook(id, suggestion: guess, available: library.ids)
    }

    /// Show problems in extra playbook directories on standard error.
    public func reportLibraryIssues() {
        for issue in libraryIssues { context.errors.line("accord: warning: \(TerminalSafe.clean(issue.description))") }
    }

    /// Read a session, turning store errors into user errors. Warnings go to standard error.
    public func read(_ userText: String) throws -> TranscriptFile {
        let id = try resolve(userText)
        let file = try Self.mapStoreErrors { try store.read(id: id) }
        file.warnings.forEach { context.errors.line("accord: warning: \(TerminalSafe.clean($0))") }
        return file
    }

    /// The full id for what the user typed (unique prefix accepted).
    public func resolve(_ userText: String) throws -> String {
        try Self.mapStoreErrors { try store.resolve(userText) }
    }

    /// Run `body`, wrapping session and store errors in `AccordError` (which knows their exit codes).
    public static func mapStoreErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AccordTranscriptError {
            throw AccordError.session(error)
        } catch let error as StoreError {
            throw AccordError.store(error)
        }
    }

    /// The state of a session file.
    public static func state(of file: TranscriptFile) -> SessionState {
        SessionState.replay(header: file.header, records: file.records)
    }
}

extension TranscriptWriter: EventSink {}

/// The playbook library of a workspace, loaded when first needed. Without extra directories, one
/// built-in is found by its file name (`goals.md` for `goals`) and parsed alone: parsing all five
/// built-ins was a fifth of `start`.
private final class LazyLibrary: @unchecked Sendable {
    private let extraDirectories: [String]
    private let lock = MutexLock()
    private var cached: (library: PlaybookLibrary, issues: [PlaybookIssue])?

    init(extraDirectories: [String]) { self.extraDirectories = extraDirectories }

    /// Every playbook, parsed once.
    var loaded: (library: PlaybookLibrary, issues: [PlaybookIssue]) {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let loaded = PlaybookLibrary.load(extraDirectories: extraDirectories)
        let value = (library: loaded.library, issues: loaded.errors)
        cached = value
        return value
    }

    /// The playbook `id`: the same value as `loaded.library.playbook(id:)`.
    func playbook(id: String) -> Playbook? {
        if extraDirectories.isEmpty, let p = BuiltinPlaybooks.parse(fileNamed: "\(id).md"), p.id == id { return p }
        return loaded.library.playbook(id: id)
    }
}
