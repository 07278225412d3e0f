#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The `{sales}` and `{marketing}` placeholders a playbook's text may use, and their substitution.
public enum PlaybookPlaceholders {
    /// The placeholder names a playbook may use.
    public static let known: Set<String> = ["sales", "marketing"]

    /// Every `{name}` in a text, in order (name without braces). Braces around anything that is not a
    /// simple word (letters, digits, `_`, `-`, `.`, spaces) are left alone as ordinary text.
    public static func names(in text: String) -> [String] {
        if let fast = asciiNames(in: text) { return fast }
        var result: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(where: { $0 == "}" || $0 == "{" || $0 == "\n" }) else { break }
            if rest[close] == "}" {
                let name = rest[after..<close]
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-. ".contains($0) }) {
                    result.append(String(name))
                }
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[close...]
            }
        }
        return result
    }

    /// `names(in:)` on the bytes, for text that is ASCII without a carriage return: there every byte
    /// is one Character, so the scan below is the same as the one above, without grapheme breaking
    /// (which made this a seventh of `accord start`). nil for any other text.
    static func asciiNames(in text: String) -> [String]? {
        let u = Array(text.utf8)
        guard u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var result: [String] = []
        var i = 0
        while i < u.count {
            guard u[i] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            var j = i + 1
            while j < u.count, u[j] != UInt8(ascii: "}"), u[j] != UInt8(ascii: "{"), u[j] != 0x0A { j += 1 }
            guard j < u.count else { break }
            if u[j] == UInt8(ascii: "}") {
                let name = u[(i + 1)..<j]
                let simple = name.allSatisfy { b in
                    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                        || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: " ")
                }
                if !name.isEmpty, simple { result.append(String(decoding: name, as: UTF8.self)) }
                i = j + 1
            } else {
                i = j
            }
        }
        return result
    }

    /// The placeholders in a text that are not `{sales}` or `{marketing}`.
    public static func unknown(in text: String) -> [String] {
        names(in: text).filter { !known.contains($0) }
    }

    /// Replaces `{sales}` and `{marketing}` with the given names.
    public static func render(_ text: String, sales: String, marketing: String) -> String {
        text.replacingText("{sales}", with: sales)
            .replacingText("{marketing}", with: marketing)
    }
}

extension Step {
    /// The prompt with `{sales}` and `{marketing}` replaced by the given names.
    public func render(sales: String, marketing: String) -> String {
        PlaybookPlaceholders.render(prompt, sales: sales, marketing: marketing)
    }

    /// The prompt addressed to these participants (their names in place of `{sales}` / `{marketing}`).
    public func prompt(for participants: Participants) -> String {
        render(sales: participants.sales, marketing: participants.marketing)
    }

    /// The title addressed to these participants.
    public func title(for participants: Participants) -> String {
        PlaybookPlaceholders.render(title, sales: participants.sales, marketing: participants.marketing)
    }
}
