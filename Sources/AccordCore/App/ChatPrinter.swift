/// Prints chat lines: user text neutralised (no escape sequences from answers or names), styled
/// when colour is on, wrapped to the terminal width.
public struct ChatPrinter {
    public let output: OutputSink
    public let style: Style
    public let width: Int

    public init(output: OutputSink, style: Style, width: Int) {
        self.output = output
        self.style = style
        self.width = width
    }

    /// Print lines.
    public func print(_ lines: [ChatLine]) {
        for line in lines { output.write(format(line) + "\n") }
    }

    /// One line, formatted.
    public func format(_ line: ChatLine) -> String {
        let clean = TerminalSafe.clean(line.text)
        return clean.split(separator: "\n", omittingEmptySubsequences: false).map { part -> String in
            // A line that fits is printed as it is, so column layouts (the /help list) keep their spacing.
            if TextWrap.visibleWidth(String(part)) <= width { return paint(line.kind, String(part)) }
            let indent = String(part.prefix(while: { $0 == " " }))
            let body = part.dropFirst(indent.count)
            let bullet = body.first.map { "-+•✓⏸✎*".contains($0) } ?? false
            let wrapped = TextWrap.wrap(String(body), width: width, indent: indent, hangingIndent: indent + (bullet ? "  " : ""))
            return paint(line.kind, wrapped)
        }.joined(separator: "\n")
    }

    private func paint(_ kind: ChatLine.Kind, _ text: String) -> String {
        guard style.enabled, !text.isEmpty else { return text }
        switch kind {
        case .heading: return style.bold(text)
        case .facilitator: return style.cyan(text)
        case .speaker(let role): return role == .sales ? style.blue(text) : style.magenta(text)
        case .captured: return style.dim(text)
        case .agreed: return style.green(text)
        case .parked: return style.yellow(text)
        case .coach: return style.apply("3;33", text)
        case .info: return style.dim(text)
        }
    }
}
