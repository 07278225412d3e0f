#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// `/editor` during a session: opens `$VISUAL` (else `$EDITOR`, else `vi`) on a private (0600)
/// temporary file and submits what was written as one answer, newlines kept. The file is removed
/// afterwards. A line reader that passes every other line through unchanged.
public final class EditorAnswers: LineReader {
    /// The command typed at a prompt.
    public static let command = "/editor"

    private let base: LineReader
    private let environment: [String: String]
    private let output: OutputSink
    /// Runs the editor on a path; returns false when it could not be run or failed.
    private let edit: (String) -> Bool

    /// False when input is not a terminal (pipes, scripts): `/editor` is then refused with a note.
    private let interactive: Bool

    public init(
        _ base: LineReader, environment: [String: String], output: OutputSink, interactive: Bool = true,
        edit: ((String) -> Bool)? = nil
    ) {
        self.base = base
        self.interactive = interactive
        self.environment = environment
        self.output = output
        let env = environment
        self.edit = edit ?? { path in Self.runEditor(on: path, environment: env) }
    }

    public var completion: CompletionSource? {
        get { base.completion }
        set { base.completion = newValue }
    }
    public var interruptedText: String { base.interruptedText }
    public func remember(_ line: String) { base.remember(line) }

    public func read(prompt: String) -> LineInput {
        while true {
            let input = base.read(prompt: prompt)
            guard case .line(let text) = input, text.trimmingSpaces() == Self.command else { return input }
            switch compose() {
            case .success(let answer):
                return .line(answer)
            case .failure(let error):
                output.line("accord: \(error.description)")
            }
        }
    }

    /// The editor's text, or why there is none.
    func compose() -> Result<String, AccordError> {
        guard interactive else { return .failure(.editorFailed("/editor needs a terminal; here each line is one answer.")) }
        var template = Array((Subprocess.temporaryDirectory() + "/accord-answer-XXXXXX.txt").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else {
            return .failure(.editorFailed("cannot create a temporary file for /editor: \(String(cString: strerror(errno)))"))
        }
        _ = fchmod(fd, 0o600)
        close(fd)
        let path = String(cString: template)
        defer { unlink(path) }
        guard edit(path) else {
            return .failure(
                .editorFailed("the editor (\(Self.editorCommand(environment))) did not finish; nothing was sent. Set VISUAL or EDITOR."))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.editorFailed("the text written in the editor could not be read; nothing was sent."))
        }
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        guard !text.trimmingSpaces().isEmpty else { return .failure(.editorFailed("nothing was written; nothing was sent.")) }
        output.write(TerminalSafe.clean(text) + "\n")
        return .success(text)
    }

    /// `$VISUAL`, else `$EDITOR`, else `vi`.
    public static func editorCommand(_ environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] { if let value = environment[name], !value.trimmingSpaces().isEmpty { return value } }
        return "vi"
    }

    /// Runs the editor through `/bin/sh` (so `EDITOR="code --wait"` works) on the terminal.
    static func runEditor(on path: String, environment: [String: String]) -> Bool {
        let arguments = ["-c", editorCommand(environment) + " \"$1\"", "accord-editor", path]
        return (try? Subprocess.run("/bin/sh", arguments, environment: environment)) == 0
    }
}
