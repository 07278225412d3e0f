/// Word wrapping to the terminal width.
public enum TextWrap {
    /// Wrap `text` to `width` columns. Words are never broken (a word longer than the line gets a
    /// line of its own); runs of spaces between words collapse to one; existing newlines start new
    /// paragraphs and blank lines are kept. `indent` starts the first line of each paragraph,
    /// `hangingIndent` the following ones. ANSI styling does not count towards the width.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
        let hanging = hangingIndent ?? indent
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.isEmpty {
                lines.append("")
                continue
            }
            var line = indent
            var lineWidth = visibleWidth(indent)
            var lineHasWord = false
            for word in words {
                let wordWidth = visibleWidth(String(word))
                if lineHasWord && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = hanging
                    lineWidth = visibleWidth(hanging)
                    lineHasWord = false
                }
                if lineHasWord {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Columns `text` takes: styling removed; East Asian wide characters count as two.
    public static func visibleWidth(_ text: String) -> Int {
        Style.strip(text).unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            if v < 0x20 || (0x300...0x36F).contains(v) || v == 0x200D || (0xFE00...0xFE0F).contains(v) { return total }
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            return total + (wide ? 2 : 1)
        }
    }
}
