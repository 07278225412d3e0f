/// Neutralises terminal escape sequences and control characters in user-supplied text (names,
/// answers, file contents) before it is displayed, so text cannot move the cursor, recolour or
/// retitle the terminal.
public enum TerminalSafe {
    /// `text` with controls made visible: ESC → `^[`, other C0 controls → `^@`…`^_`, DEL → `^?`,
    /// C1 controls → `M-^[` style (as `cat -v`), bidirectional overrides → `<U+202E>`.
    /// Newline and tab are kept.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x00...0x1F:
                result.append("^")
                result.append(Unicode.Scalar(UInt8(value + 0x40)))
            case 0x7F:
                result.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F:
                result.append(contentsOf: "M-^".unicodeScalars)
                result.append(Unicode.Scalar(UInt8(value - 0x80 + 0x40)))
            case 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: "<U+\(String(value, radix: 16, uppercase: true))>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Like `clean`, but newlines and tabs become visible too (for one-line display such as names).
    public static func cleanLine(_ text: String) -> String {
        clean(text).replacingAll("\n", with: "^J").replacingAll("\t", with: " ")
    }

    /// True when `text` contains anything `clean` would change.
    public static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
