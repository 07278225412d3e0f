/// What one read at a prompt produced.
public enum LineInput: Sendable, Equatable {
    /// A submitted line, without its newline.
    case line(String)
    /// Ctrl-C: the current line was cleared.
    case interrupted
    /// Ctrl-D on an empty line, or end of piped input.
    case endOfInput
}

/// Reads lines at a prompt. The executable supplies a libedit reader (terminal) or a plain reader
/// (pipes, `TERM=dumb`); tests supply scripted readers. Core code only ever sees this protocol.
public protocol LineReader: AnyObject {
    /// Show `prompt` and read one line.
    func read(prompt: String) -> LineInput
    /// Record a submitted line in the history (no-op for readers without history).
    func remember(_ line: String)
    /// Where Tab completion gets its candidates (no-op for readers without completion).
    var completion: CompletionSource? { get set }
    /// The text that was on the line when the last read returned `.interrupted` ("" if none or
    /// unknown). Ctrl-C on an empty line counts towards leaving; on a half-typed line it only clears.
    var interruptedText: String { get }
}

extension LineReader {
    public var interruptedText: String { "" }
}

/// A reader that replays a fixed list of inputs; for tests and scripted runs.
public final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    /// Every prompt shown, in order.
    public private(set) var prompts: [String] = []
    public var completion: CompletionSource?

    public init(_ lines: [String]) { self.inputs = lines.map { .line($0) } }
    public init(inputs: [LineInput]) { self.inputs = inputs }

    public func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    public func remember(_ line: String) {}
}
