/// ANSI styling that does nothing when colour is off.
public struct Style: Sendable, Equatable {
    /// Whether escape sequences are emitted.
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// No styling at all.
    public static let none = Style(enabled: false)

    /// `text` wrapped in the SGR `codes` (e.g. "1" bold, "31" red), reset afterwards.
    public func apply(_ codes: String, _ text: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
    }

    public func bold(_ text: String) -> String { apply("1", text) }
    public func dim(_ text: String) -> String { apply("2", text) }
    public func italic(_ text: String) -> String { apply("3", text) }
    public func underline(_ text: String) -> String { apply("4", text) }
    public func red(_ text: String) -> String { apply("31", text) }
    public func green(_ text: String) -> String { apply("32", text) }
    public func yellow(_ text: String) -> String { apply("33", text) }
    public func blue(_ text: String) -> String { apply("34", text) }
    public func magenta(_ text: String) -> String { apply("35", text) }
    public func cyan(_ text: String) -> String { apply("36", text) }

    /// A prompt: bold when styled.
    /// Trailing spaces stay outside the styling, so the prompt never ends in an escape sequence.
    public func prompt(_ text: String) -> String {
        let body = text.reversed().drop(while: { $0 == " " }).reversed()
        return bold(String(body)) + String(repeating: " ", count: text.count - body.count)
    }
    /// An error label ("error:"), red and bold.
    public func error(_ text: String) -> String { apply("1;31", text) }
    /// A hint or aside, dimmed.
    public func hint(_ text: String) -> String { dim(text) }

    /// `text` with every ANSI CSI/OSC escape sequence removed (for measuring width).
    public static func strip(_ text: String) -> String {
        // A byte test (ESC is one byte in UTF-8): `contains("\u{1B}")` went through Foundation's
        // range(of:), which was most of `accord list` on a warm cache.
        guard text.utf8.contains(0x1B) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.append(scalar)
                continue
            }
            guard let kind = scalars.next() else { break }
            if kind == "[" {
                while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
            } else if kind == "]" {
                while let next = scalars.next(), next != "\u{07}", next != "\u{1B}" {}
            }
        }
        return String(out)
    }
}
