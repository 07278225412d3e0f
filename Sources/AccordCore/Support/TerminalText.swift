/// Neutralises terminal control characters in user-supplied text before it is shown: ESC becomes
/// "^[", other C0/C1 controls and DEL their caret/hex forms; newlines and tabs are kept.
public enum TerminalText {
    /// `text` with every control character made visible and harmless.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            if !isControl(s) { out.unicodeScalars.append(s); continue }
            switch s.value {
            case 0x00..<0x20: out += "^" + String(UnicodeScalar(UInt8(s.value) + 0x40))
            case 0x7F: out += "^?"
            default: out += "\\u{\(String(s.value, radix: 16))}"
            }
        }
        return out
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t") || s.value == 0x7F || (0x80...0x9F).contains(s.value)
    }
}
