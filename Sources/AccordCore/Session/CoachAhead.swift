import Dispatch

/// The coach reading an answer while the answer is being written (see `SessionRunner`).
///
/// The engine it gives (`engine`) takes every statement the coach is asked about as passed, and
/// starts the real check of it on another thread. The runner writes what that engine decided, and
/// its `fsync` runs while the coach reads; then `flagged()` waits for the checks. When one flags,
/// the runner withdraws the write and handles the line again with the real coach: the events are
/// then exactly the ones the coach would have led to had it been asked first, because the engine is
/// pure and a coach that passes every statement it is asked about is, to the engine, no coach at all.
///
/// Only an answer of `minimumLength` bytes or more takes this way. The coach reads about 4 µs plus
/// 10 µs per KB (`accord-bench coach`); a write and its `fsync` take 100–300 µs. Below 1 KB what
/// reading ahead could save is a few microseconds, about what handing the check to another thread
/// costs, so a typed answer keeps the plain way and a pasted one is written while it is read.
///
/// A kill in the fraction of a millisecond between the write and its withdrawal can leave a flagged
/// answer stored as taken, without the coach's question (docs/transcript-format.md, "Durability").
public final class CoachAhead: @unchecked Sendable {
    /// The length (UTF-8 bytes) from which an answer is written while the coach reads it.
    public static let minimumLength = 1_024

    private let coach: @Sendable (String, Role) -> (reason: String, suggestion: String)?
    private let lock = MutexLock()
    private let checks = DispatchGroup()
    /// Statements asked about and flags found; guarded by `lock`.
    private var asked = 0
    private var flags = 0

    /// - Parameter coach: the real coach (pure: it may run on any thread).
    init(coach: @escaping @Sendable (String, Role) -> (reason: String, suggestion: String)?) {
        self.coach = coach
    }

    /// `engine` with its coach reading ahead: each statement it is asked about is checked on another
    /// thread and taken as passed for now.
    func engine(_ engine: SessionEngine) -> SessionEngine {
        var ahead = engine
        ahead.coach = { [self] text, role in
            start(text, role)
            return nil
        }
        return ahead
    }

    /// Whether the engine asked the coach about anything.
    var wasAsked: Bool { lock.withLock { asked > 0 } }

    /// Waits for every check started, and tells whether one flagged its statement.
    func flagged() -> Bool {
        checks.wait()
        return lock.withLock { flags > 0 }
    }

    private func start(_ text: String, _ role: Role) {
        lock.withLock { asked += 1 }
        let coach = coach
        DispatchQueue.global(qos: .userInitiated).async(group: checks) { [self] in
            guard coach(text, role) != nil else { return }
            lock.withLock { flags += 1 }
        }
    }
}
