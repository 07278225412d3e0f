import Testing

@testable import AccordCore

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    var time: Double = 1000
    func now() -> Double { time }
}

@Suite("Ctrl-C double press")
struct InterruptGateTests {
    @Test func twoPressesOnAnEmptyLineWithinTwoSecondsLeave() {
        let clock = ManualClock()
        var gate = InterruptGate(now: clock.now)
        #expect(gate.press() == .hint)
        clock.time += 1.9
        #expect(gate.press() == .leave)
    }

    @Test func slowSecondPressOnlyHints() {
        let clock = ManualClock()
        var gate = InterruptGate(now: clock.now)
        #expect(gate.press() == .hint)
        clock.time += 2.5
        #expect(gate.press() == .hint)
        clock.time += 0.5
        #expect(gate.press() == .leave)
    }

    @Test func pressOnATypedLineOnlyClearsIt() {
        let clock = ManualClock()
        var gate = InterruptGate(now: clock.now)
        #expect(gate.press(lineWasEmpty: false) == .hint)
        clock.time += 0.5
        #expect(gate.press() == .hint)
        clock.time += 0.5
        #expect(gate.press() == .leave)
    }

    @Test func submittingALineResets() {
        let clock = ManualClock()
        var gate = InterruptGate(now: clock.now)
        _ = gate.press()
        gate.reset()
        #expect(gate.press() == .hint)
    }
}
