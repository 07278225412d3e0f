import Foundation
import Testing

@testable import AccordCore

/// `TextPattern` against its definition, `NSRegularExpression`: every pattern the record and field
/// parsers use, on generated lines (ASCII, accents, other scripts, Unicode spaces and digits).
@Suite("Text pattern")
struct TextPatternTests {
    static let pieces: [String] = [
        " ", "  ", ",", ", ", ";", ":", " : ", "(", ")", ".", "-", "_", "/", "%", "€", "$", "£", "EUR", "usd", "k", "m", "bn", "K",
        "0", "1", "7", "12", "120", "1,000", "2026", "1999", "3.5", "40.5k", "2027-03-31", "2027-3", "q3", "Q2", "Jan", "march",
        "Sept.", "deal", "Deal", "segment", "mid market", "Mid-Market", "enterprise", "SMB", "won", "lost", "no decision",
        "decision criteria", "decision_criteria", "Dana", "dana", "Lee", "Zoë", "Tomás", "by", "due", "until", "percent",
        "\u{A0}", "\u{2003}", "\t", "é", "e\u{301}", "ß", "İ", "ǅ", "Ω", "Жанна", "٣", "१२", "😀", "x", "MQL", "sales-accepted",
        "opportunity", "stage", "count", "rate", "period", "\n",
    ]

    static func lines(_ count: Int, seed start: UInt64) -> [String] {
        var out: [String] = []
        var seed = start
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<count {
            var s = ""
            for _ in 0..<(next() % 9 + 1) { s += pieces[next() % pieces.count] }
            out.append(s)
        }
        return out
    }

    /// Foundation's matches as scalar offsets (whole match, then each group).
    static func foundationMatches(_ pattern: String, ignoringCase: Bool, in text: String) -> [[Int]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: ignoringCase ? [.caseInsensitive] : []) else { return [[-1]] }
        func offset(_ utf16: Int) -> Int {
            let index = String.Index(utf16Offset: utf16, in: text)
            return text.unicodeScalars.distance(from: text.startIndex, to: index)
        }
        return regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { m in
            (0..<m.numberOfRanges).flatMap { i -> [Int] in
                let r = m.range(at: i)
                return r.location == NSNotFound ? [-1, -1] : [offset(r.location), offset(r.location + r.length)]
            }
        }
    }

    static func mine(_ pattern: String, ignoringCase: Bool, in text: String) -> [[Int]] {
        guard let p = TextPattern(pattern, ignoringCase: ignoringCase) else { return [[-1]] }
        return p.matches(in: Array(text.unicodeScalars)).map { m in
            [m.range.lowerBound, m.range.upperBound] + m.groups.flatMap { $0.map { [$0.lowerBound, $0.upperBound] } ?? [-1, -1] }
        }
    }

    static var patterns: [(String, String, Bool)] {
        typealias P = RecordLine.Patterns
        var out: [(String, String, Bool)] = [
            (P.money, P.money, true), (P.percent, P.percent, true), (P.date, P.date, true), (P.number, P.number, true),
            (FieldParser.datePhrasePattern, FieldParser.datePhrasePattern, false),
        ]
        for name in ["deal", "decision criteria", "message landed", "size", "c++ (beta)", "Zoë's pick"] {
            out.append((P.label(name, escape: TextPattern.escape), P.label(name, escape: NSRegularExpression.escapedPattern), true))
        }
        for choices in [
            ["enterprise", "mid-market", "smb"], ["won", "lost", "no decision"], ["lead", "MQL", "sales-accepted", "SQL"],
            ["a.b", "x+y", "ümlaut"],
        ] {
            let mine = P.choice(choices, escape: TextPattern.escape)
            let theirs = P.choice(choices, escape: NSRegularExpression.escapedPattern)
            out += [(mine.alone, theirs.alone, true), (mine.inside, theirs.inside, true)]
        }
        for names in [["Dana", "Lee"], ["Zoë", "J.-P. (Paris)"], ["Ana María", "Ω$^"]] {
            out.append((P.person(names, escape: TextPattern.escape), P.person(names, escape: NSRegularExpression.escapedPattern), true))
        }
        return out
    }

    @Test func everyParserPatternMatchesAsNSRegularExpressionDoes() {
        let lines = Self.lines(1_500, seed: 17)
        var differing = 0
        for (mine, theirs, ignoringCase) in Self.patterns {
            #expect(TextPattern(mine, ignoringCase: ignoringCase) != nil, "\(mine)")
            for line in lines {
                let a = Self.mine(mine, ignoringCase: ignoringCase, in: line)
                let b = Self.foundationMatches(theirs, ignoringCase: ignoringCase, in: line)
                if a != b {
                    differing += 1
                    Issue.record("\(mine) on \(line.debugDescription): \(a) vs \(b)")
                    if differing > 30 { return }
                }
            }
        }
    }

    @Test func escapedTextMatchesOnlyItself() {
        for text in ["a.b", "x+y*z?", "(1)[2]{3}", "^$|\\", "Zoë's", "c++", "-_/ :"] {
            let p = TextPattern(TextPattern.escape(text))
            #expect(p?.firstMatch(in: Array(("say " + text + "!").unicodeScalars))?.range == 4..<(4 + text.unicodeScalars.count), "\(text)")
        }
    }

    @Test func unsupportedSyntaxIsRefused() {
        for pattern in ["a*?", "a++", "\\1", "(?i)a", "(?<name>a)", "[[a]]", "(", "a)", "\\p{L}"] {
            #expect(TextPattern(pattern) == nil, "\(pattern)")
        }
    }
}
