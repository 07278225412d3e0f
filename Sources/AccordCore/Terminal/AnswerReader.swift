/// Reads whole answers from a `LineReader`: one line, or a paragraph between two lines `"""`.
///
///     > \"\"\"
///     … first line
///     … second line
///     … \"\"\"
///
/// Ctrl-C inside a paragraph abandons it (returns `.interrupted`). End of input inside a paragraph
/// returns what was typed so far as the answer, then `.endOfInput` on the next read, so nothing
/// typed is silently lost.
public final class AnswerReader {
    /// The line that opens and closes a paragraph.
    public static let fence = "\"\"\""
    /// The prompt shown for the lines of a paragraph.
    public static let continuationPrompt = "… "

    /// The underlying line reader.
    public let lines: LineReader
    /// Whether single-line answers are added to the reader's history.
    public var remembersAnswers: Bool
    private var ended = false

    public init(_ lines: LineReader, remembersAnswers: Bool = true) {
        self.lines = lines
        self.remembersAnswers = remembersAnswers
    }

    /// Show `prompt` and read one whole answer: `.line(text)` (a paragraph's lines joined with
    /// "\n"), `.interrupted`, or `.endOfInput`.
    public func read(prompt: String, continuationPrompt: String = AnswerReader.continuationPrompt) -> LineInput {
        if ended { return .endOfInput }
        let first = lines.read(prompt: prompt)
        guard case .line(let text) = first else {
            if first == .endOfInput { ended = true }
            return first
        }
        guard text.trimmingSpaces() == Self.fence else {
            if remembersAnswers && !text.trimmingSpaces().isEmpty { lines.remember(text) }
            return first
        }
        var paragraph: [String] = []
        var size = 0  // bytes of the joined paragraph so far; past the limit, only the size is kept
        while true {
            switch lines.read(prompt: continuationPrompt) {
            case .line(let line):
                if line.trimmingSpaces() == Self.fence { return .line(paragraph.joined(separator: "\n")) }
                size += line.utf8.count + (paragraph.isEmpty ? 0 : 1)
                if size > AnswerLimit.bytes {
                    // Too long already: keep one over-limit line so the answer is refused, not the rest.
                    paragraph = [String(repeating: " ", count: AnswerLimit.bytes + 1)]
                    continue
                }
                paragraph.append(line)
            case .interrupted:
                return .interrupted
            case .endOfInput:
                ended = true
                return paragraph.isEmpty ? .endOfInput : .line(paragraph.joined(separator: "\n"))
            }
        }
    }

    /// The text on the line at the last Ctrl-C (see `LineReader.interruptedText`).
    public var interruptedText: String { lines.interruptedText }
}
