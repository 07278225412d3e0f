import Testing

@testable import AccordCore

@Suite("Output policy")
struct OutputPolicyTests {
    private func decide(_ color: ColorChoice = .auto, env: [String: String] = ["TERM": "xterm"], tty: Bool = true, columns: Int? = 120)
        -> OutputPolicy
    {
        OutputPolicy.decide(color: color, environment: env, stdinIsTerminal: tty, stdoutIsTerminal: tty, terminalColumns: columns)
    }

    @Test func autoColourOnlyOnATerminal() {
        #expect(decide().color)
        #expect(!decide(tty: false).color)
    }

    @Test func noColorTurnsColourOffWhenNonEmpty() {
        #expect(!decide(env: ["TERM": "xterm", "NO_COLOR": "1"]).color)
        #expect(decide(env: ["TERM": "xterm", "NO_COLOR": ""]).color)
        #expect(decide(.always, env: ["NO_COLOR": "1"]).color)
    }

    @Test func dumbTerminalGetsNoColourAndNoLineEditor() {
        let policy = decide(env: ["TERM": "dumb"])
        #expect(!policy.color)
        #expect(!policy.lineEditing)
        #expect(decide().lineEditing)
        #expect(!decide(tty: false).lineEditing)
    }

    @Test func alwaysAndNeverOverrideDetection() {
        #expect(decide(.always, tty: false).color)
        #expect(!decide(.never).color)
    }

    @Test func widthComesFromTerminalThenColumnsThenDefault() {
        #expect(decide(columns: 132).width == 132)
        #expect(decide(env: ["COLUMNS": "60"], tty: false, columns: nil).width == 60)
        #expect(decide(env: ["COLUMNS": "60"], columns: nil).width == 60)
        #expect(decide(env: ["COLUMNS": "junk"], tty: false, columns: nil).width == 80)
        #expect(decide(env: [:], tty: false, columns: nil).width == 80)
    }

    @Test func styleIsANoOpWithoutColour() {
        #expect(Style(enabled: false).red("x") == "x")
        #expect(Style(enabled: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(Style(enabled: true).prompt("> ") == "\u{1B}[1m>\u{1B}[0m ")
        #expect(Style.strip(Style(enabled: true).green("ok")) == "ok")
    }
}
