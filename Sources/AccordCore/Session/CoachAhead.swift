import Dispatch

/// The coach reading an answer while the answer is being written (see `SessionRunner`).
///
/// The engine it gives (`engine`) takes every statement the coach is asked about as passed, and
/// starts the real check of it on another thread. The runner writes what that engine decided, and
/// its `fsync` runs while the coach reads; then `flagged()` takes the verdicts. When one flags,
/// the runner withdraws the write and handles the line again with the real coach: the events are
/// then exactly the ones the coach would have led to had it been asked first, because the engine is
/// pure and a coach that passes every statement it is asked about is, to the engine, no coach at all.
///
/// The helper thread only uses time the main thread leaves: it runs at background priority (nice 10;
/// at `.userInitiated`, nice −2 where the process may raise its priority, it was woken ahead of the
/// main thread and delayed the write it was meant to overlap), and `flagged()` never waits for it. A
/// check the helper has not finished when the write returns is made again on the main thread, and the
/// first verdict counts: the coach is pure, so both are the same, and the answer costs at most the
/// write plus the check, however the helper is scheduled (docs/performance.md, "Cost per answer,
/// tenth pass").
///
/// Only an answer of `minimumLength` bytes or more takes this way. The coach reads about 13 µs per KB
/// (`accord-bench coach`: a 5 KB answer in 67 µs, 1.2 KB in 21 µs; up to twice that in the median when
/// the host is busy); a write and its `fsync` take 230–460 µs. Below 1 KB what reading ahead could
/// save is a few microseconds, about what handing the check to another thread costs, so a typed
/// answer keeps the plain way and a pasted one is written while it is read.
///
/// A kill in the fraction of a millisecond between the write and its withdrawal can leave a flagged
/// answer stored as taken, without the coach's question (docs/transcript-format.md, "Durability").
public final class CoachAhead: @unchecked Sendable {
    /// The length (UTF-8 bytes) from which an answer is written while the coach reads it.
    public static let minimumLength = 1_024

    private let coach: @Sendable (String, Role) -> (reason: String, suggestion: String)?
    private let lock = MutexLock()
    /// The statements asked about, in order; guarded by `lock`.
    private var checks: [Check] = []

    /// One statement to check, and its verdict once either thread has made it (guarded by `lock`).
    private final class Check: @unchecked Sendable {
        let text: String
        let role: Role
        var flagged: Bool?
        init(_ text: String, _ role: Role) {
            self.text = text
            self.role = role
        }
    }

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
    var wasAsked: Bool { lock.withLock { !checks.isEmpty } }

    /// Tells whether a check flagged its statement, making here each check the helper has not finished.
    func flagged() -> Bool {
        for check in lock.withLock({ checks.filter { $0.flagged == nil } }) { settle(check) }
        return lock.withLock { checks.contains { $0.flagged == true } }
    }

    /// Makes the check and records its verdict, unless the other thread recorded it first.
    private func settle(_ check: Check) {
        let flagged = coach(check.text, check.role) != nil
        lock.withLock {
            if check.flagged == nil { check.flagged = flagged }
        }
    }

    private func start(_ text: String, _ role: Role) {
        let check = Check(text, role)
        lock.withLock { checks.append(check) }
        DispatchQueue.global(qos: .background).async { [self] in settle(check) }
    }
}
