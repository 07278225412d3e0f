/// Decides what Ctrl-C does: the first press clears the line and shows a hint; a second press on
/// an empty line within `window` seconds of the previous one leaves.
public struct InterruptGate {
    /// What to do after a Ctrl-C.
    public enum Decision: Sendable, Equatable {
        /// Stay, and show `InterruptGate.hint`.
        case hint
        /// Leave cleanly (exit 0, saving what there is).
        case leave
    }

    /// The one-line hint shown after a Ctrl-C that does not leave.
    public static let hint = "(Ctrl-C again on an empty line, Ctrl-D or /quit to leave)"

    /// Seconds within which a second press leaves.
    public let window: Double
    private let now: () -> Double
    private var lastEmptyPress: Double?

    /// - Parameters:
    ///   - window: seconds between the two presses (2 by default).
    ///   - now: a monotonic clock in seconds (injected in tests).
    public init(window: Double = 2, now: @escaping () -> Double) {
        self.window = window
        self.now = now
    }

    /// Record a Ctrl-C. `lineWasEmpty` is whether nothing was typed when it was pressed.
    public mutating func press(lineWasEmpty: Bool = true) -> Decision {
        let time = now()
        guard lineWasEmpty else {
            lastEmptyPress = nil
            return .hint
        }
        if let last = lastEmptyPress, time - last <= window, time >= last {
            lastEmptyPress = nil
            return .leave
        }
        lastEmptyPress = time
        return .hint
    }

    /// Forget earlier presses (a line was submitted).
    public mutating func reset() { lastEmptyPress = nil }
}
