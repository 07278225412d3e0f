/// A small backtracking regular expression over Unicode scalars, for the few patterns the record
/// and field parsers use, where `NSRegularExpression` was (it is in the corelibs, with ICU, which
/// the binary does not link). `TextPatternTests` runs those patterns against `NSRegularExpression`
/// on generated lines.
///
/// The syntax is ICU's, restricted to what the parsers write: literals and `\`-escapes, `.`,
/// classes `[...]` (ranges, negation, `\s` `\d` `\w` inside), `\s \S \d \D \w \W \b \B`, `^` and
/// `$` (no multi-line mode), groups `( )` and `(?: )`, look-ahead `(?= )` `(?! )`, look-behind
/// `(?<= )` `(?<! )`, alternation, and greedy `? * + {m} {m,} {m,n}`. Anything else (lazy or
/// possessive quantifiers, back-references, named groups, flags) is refused by `init`. Matching is
/// leftmost, with the first alternative and the longest repetition tried first, as in ICU.
/// Offsets are in scalars; every match starts and ends on a scalar.
struct TextPattern: Sendable {
    /// A match: the whole range and each capturing group's range (nil when it took no part).
    struct Match: Equatable, Sendable {
        var range: Range<Int>
        var groups: [Range<Int>?]
    }

    private let root: Node
    private let groupCount: Int
    private let ignoringCase: Bool

    /// Nil when `pattern` uses syntax outside the subset above.
    init?(_ pattern: String, ignoringCase: Bool = false) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let node = parser.alternation(), parser.at == parser.scalars.count else { return nil }
        root = node
        groupCount = parser.groups
        self.ignoringCase = ignoringCase
    }

    /// `text` with every ASCII character other than a letter or digit escaped, so it matches only
    /// itself (as `NSRegularExpression.escapedPattern(for:)` is used).
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if s.isASCII && !(s.properties.isAlphabetic || ("0"..."9").contains(s)) { out.append("\\") }
            out.unicodeScalars.append(s)
        }
        return out
    }

    /// The first match in `text` starting at or after `from`.
    func firstMatch(in text: [Unicode.Scalar], from: Int = 0) -> Match? {
        var start = from
        while start <= text.count {
            let m = Matcher(text: text, ignoringCase: ignoringCase, groups: Array(repeating: nil, count: groupCount))
            var end = -1
            if m.match(
                root, start,
                {
                    end = $0
                    return true
                })
            {
                return Match(range: start..<end, groups: m.captured)
            }
            start += 1
        }
        return nil
    }

    /// Every match starting at or after `start`, left to right, not overlapping (after an empty match
    /// the search moves on by one).
    func matches(in text: [Unicode.Scalar], from start: Int = 0) -> [Match] {
        var out: [Match] = []
        var from = start
        while from <= text.count, let m = firstMatch(in: text, from: from) {
            out.append(m)
            from = m.range.isEmpty ? m.range.upperBound + 1 : m.range.upperBound
        }
        return out
    }

    // MARK: - The pattern

    fileprivate enum ClassItem: Sendable {
        case scalar(Unicode.Scalar)
        case range(Unicode.Scalar, Unicode.Scalar)
        case space(Bool)
        case digit(Bool)
        case word(Bool)
    }

    fileprivate indirect enum Node: Sendable {
        case scalar(Unicode.Scalar)
        case set([ClassItem], negated: Bool)
        case any
        case start
        case end
        case boundary(Bool)
        case sequence([Node])
        case alternation([Node])
        case group(Node, index: Int?)
        case repetition(Node, min: Int, max: Int?)
        case look(Node, ahead: Bool, negated: Bool)
    }

    fileprivate struct Parser {
        let scalars: [Unicode.Scalar]
        var at = 0
        var groups = 0

        var current: Unicode.Scalar? { at < scalars.count ? scalars[at] : nil }

        mutating func alternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = sequence() else { return nil }
                branches.append(branch)
                guard current == "|" else { break }
                at += 1
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> Node? {
            var items: [Node] = []
            while let c = current, c != "|", c != ")" {
                guard var atom = atom() else { return nil }
                if let (min, max) = quantifier() {
                    if current == "?" || current == "+" { return nil }  // lazy or possessive: not supported
                    atom = .repetition(atom, min: min, max: max)
                }
                items.append(atom)
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func quantifier() -> (Int, Int?)? {
            switch current {
            case "?":
                at += 1
                return (0, 1)
            case "*":
                at += 1
                return (0, nil)
            case "+":
                at += 1
                return (1, nil)
            case "{":
                let save = at
                at += 1
                guard let min = number() else {
                    at = save
                    return nil
                }
                var max: Int? = min
                if current == "," {
                    at += 1
                    max = number()
                }
                guard current == "}" else {
                    at = save
                    return nil
                }
                at += 1
                return (min, max)
            default: return nil
            }
        }

        mutating func number() -> Int? {
            var n: Int?
            while let c = current, ("0"..."9").contains(c) {
                n = (n ?? 0) * 10 + Int(c.value - 48)
                at += 1
            }
            return n
        }

        mutating func atom() -> Node? {
            guard let c = current else { return nil }
            at += 1
            switch c {
            case "(":
                var kind: (look: Bool, ahead: Bool, negated: Bool)? = nil
                var capture = true
                if current == "?" {
                    at += 1
                    capture = false
                    switch current {
                    case ":": at += 1
                    case "=": kind = (true, true, false)
                    case "!": kind = (true, true, true)
                    case "<":
                        at += 1
                        guard current == "=" || current == "!" else { return nil }
                        kind = (true, false, current == "!")
                    default: return nil
                    }
                    if kind != nil { at += 1 }
                }
                var index: Int?
                if capture {
                    index = groups
                    groups += 1
                }
                guard let inner = alternation(), current == ")" else { return nil }
                at += 1
                if let kind { return .look(inner, ahead: kind.ahead, negated: kind.negated) }
                return .group(inner, index: index)
            case "[": return characterClass()
            case "\\":
                if current == "b" || current == "B" {
                    at += 1
                    return .boundary(scalars[at - 1] == "b")
                }
                return escaped(inClass: false).map(node)
            case ".": return .any
            case "^": return .start
            case "$": return .end
            case "*", "+", "?", "{", ")", "]": return c == "]" ? .scalar(c) : nil
            default: return .scalar(c)
            }
        }

        func node(_ item: ClassItem) -> Node {
            if case .scalar(let s) = item { return .scalar(s) }
            return .set([item], negated: false)
        }

        /// After a backslash (`\b` and `\B` are handled by `atom`).
        mutating func escaped(inClass: Bool) -> ClassItem? {
            guard let c = current else { return nil }
            at += 1
            switch c {
            case "s": return .space(true)
            case "S": return .space(false)
            case "d": return .digit(true)
            case "D": return .digit(false)
            case "w": return .word(true)
            case "W": return .word(false)
            case "t": return .scalar("\t")
            case "n": return .scalar("\n")
            case "r": return .scalar("\r")
            default:
                if c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) { return nil }
                return .scalar(c)
            }
        }

        mutating func characterClass() -> Node? {
            var negated = false
            if current == "^" {
                negated = true
                at += 1
            }
            var items: [ClassItem] = []
            var first = true
            while let c = current, c != "]" || first {
                first = false
                at += 1
                var item: ClassItem
                if c == "\\" {
                    guard let e = escaped(inClass: true) else { return nil }
                    item = e
                } else if c == "[" {
                    return nil  // nested sets: not supported
                } else {
                    item = .scalar(c)
                }
                if case .scalar(let low) = item, current == "-", at + 1 < scalars.count, scalars[at + 1] != "]" {
                    at += 1
                    var high = scalars[at]
                    at += 1
                    if high == "\\" {
                        guard case .scalar(let h)? = escaped(inClass: true) else { return nil }
                        high = h
                    }
                    guard low.value <= high.value else { return nil }
                    item = .range(low, high)
                }
                items.append(item)
            }
            guard current == "]" else { return nil }
            at += 1
            return .set(items, negated: negated)
        }
    }

    // MARK: - Matching

    /// ICU's `\w`: letters (Alphabetic), marks, decimal digits, connector punctuation, ZWNJ, ZWJ.
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_"
        }
        if s.value == 0x200C || s.value == 0x200D { return true }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// ICU's `\s`: tab, line feed, form feed, carriage return, and the separators (Z).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        case 0..<0x80: return false
        default:
            switch s.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ("0"..."9").contains(s) : s.properties.generalCategory == .decimalNumber
    }

    /// The scalar compared when case is ignored: the lowercase of the uppercase, when each is one scalar.
    static func caseKey(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s }
        let upper = s.properties.uppercaseMapping.unicodeScalars
        let base = upper.count == 1 ? upper.first! : s
        let lower = base.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }

    /// The shortest and longest text `node` can match (nil: no limit).
    fileprivate static func length(of node: Node) -> (min: Int, max: Int?) {
        switch node {
        case .scalar, .set, .any: return (1, 1)
        case .start, .end, .boundary, .look: return (0, 0)
        case .group(let inner, _): return length(of: inner)
        case .sequence(let items):
            return items.map(length(of:)).reduce((0, 0)) { a, b in (a.min + b.min, a.max.flatMap { x in b.max.map { x + $0 } }) }
        case .alternation(let branches):
            let all = branches.map(length(of:))
            let longest = all.contains { $0.max == nil } ? nil : all.compactMap(\.max).max()
            return (all.map(\.min).min() ?? 0, longest)
        case .repetition(let inner, let min, let max):
            let one = length(of: inner)
            return (one.min * min, max.flatMap { m in one.max.map { $0 * m } })
        }
    }

    fileprivate final class Matcher {
        let text: [Unicode.Scalar]
        let ignoringCase: Bool
        var groups: [Range<Int>?]
        var captured: [Range<Int>?] = []

        init(text: [Unicode.Scalar], ignoringCase: Bool, groups: [Range<Int>?]) {
            self.text = text
            self.ignoringCase = ignoringCase
            self.groups = groups
        }

        func isLineEnd(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
            default: return false
            }
        }

        func itemMatches(_ item: ClassItem, _ s: Unicode.Scalar) -> Bool {
            switch item {
            case .scalar(let c): return c == s
            case .range(let lo, let hi): return lo.value <= s.value && s.value <= hi.value
            case .space(let yes): return TextPattern.isSpace(s) == yes
            case .digit(let yes): return TextPattern.isDigit(s) == yes
            case .word(let yes): return TextPattern.isWord(s) == yes
            }
        }

        func setMatches(_ items: [ClassItem], _ negated: Bool, _ s: Unicode.Scalar) -> Bool {
            var found = items.contains { itemMatches($0, s) }
            if !found && ignoringCase {
                let variants = [TextPattern.caseKey(s)] + Array(s.properties.uppercaseMapping.unicodeScalars.prefix(1))
                found = variants.contains { v in v != s && items.contains { itemMatches($0, v) } }
            }
            return found != negated
        }

        func wordBefore(_ i: Int) -> Bool { i > 0 && TextPattern.isWord(text[i - 1]) }
        func wordAt(_ i: Int) -> Bool { i < text.count && TextPattern.isWord(text[i]) }

        func match(_ node: Node, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            switch node {
            case .scalar(let c):
                guard i < text.count else { return false }
                let same = ignoringCase ? TextPattern.caseKey(text[i]) == TextPattern.caseKey(c) : text[i] == c
                return same && k(i + 1)
            case .set(let items, let negated):
                guard i < text.count, setMatches(items, negated, text[i]) else { return false }
                return k(i + 1)
            case .any:
                guard i < text.count, !isLineEnd(text[i]) else { return false }
                return k(i + 1)
            case .start:
                return i == 0 && k(i)
            case .end:
                let atEnd =
                    i == text.count || (i == text.count - 1 && isLineEnd(text[i]))
                    || (i == text.count - 2 && text[i] == "\r" && text[i + 1] == "\n")
                return atEnd && k(i)
            case .boundary(let yes):
                return ((wordBefore(i) != wordAt(i)) == yes) && k(i)
            case .sequence(let items):
                return sequence(items, 0, i, k)
            case .alternation(let branches):
                for b in branches where match(b, i, k) { return true }
                return false
            case .group(let inner, let index):
                guard let index else { return match(inner, i, k) }
                let saved = groups[index]
                if match(
                    inner, i,
                    { j in
                        groups[index] = i..<j
                        if k(j) {
                            if captured.isEmpty { captured = groups }
                            return true
                        }
                        return false
                    })
                {
                    return true
                }
                groups[index] = saved
                return false
            case .repetition(let inner, let min, let max):
                return repeatMatch(inner, min, max, 0, i, k)
            case .look(let inner, let ahead, let negated):
                let saved = groups
                var found = false
                if ahead {
                    found = match(inner, i, { _ in true })
                } else {
                    // Only where the look-behind can start: as far back as its longest match.
                    var j = i - TextPattern.length(of: inner).min
                    let first = TextPattern.length(of: inner).max.map { max(0, i - $0) } ?? 0
                    while j >= first && !found {
                        found = match(inner, j, { $0 == i })
                        j -= 1
                    }
                }
                groups = saved
                return found != negated && k(i)
            }
        }

        func sequence(_ items: [Node], _ n: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            guard n < items.count else { return k(i) }
            return match(items[n], i, { j in sequence(items, n + 1, j, k) })
        }

        func repeatMatch(_ inner: Node, _ min: Int, _ max: Int?, _ count: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            if max.map({ count < $0 }) ?? true {
                if match(inner, i, { j in j == i && count >= min ? false : repeatMatch(inner, min, max, count + 1, j, k) }) {
                    return true
                }
            }
            return count >= min && k(i)
        }
    }
}
