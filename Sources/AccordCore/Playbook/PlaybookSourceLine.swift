#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One line of a playbook file with its 1-based number, HTML comments removed.
struct SourceLine: Sendable, Equatable {
    /// The line's text without comments, line terminator or trailing whitespace.
    var text: String
    /// 1-based line number in the file.
    var number: Int

    /// Splits a file into lines, dropping `<!-- … -->` comments (which may span lines). A line that held
    /// only a comment is left out entirely, so a comment never ends a key block or splits a paragraph.
    static func split(_ text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var inComment = false
        // Split at "\n" / "\r\n" on the UTF-8 bytes: the same lines as splitting the Characters (a
        // line feed always ends a grapheme cluster), without grapheme breaking over the whole file.
        let pieces = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        var raw: [String] = pieces.indices.map { k in
            var piece = Substring(pieces[k])
            if k < pieces.count - 1, piece.utf8.last == 0x0D { piece.removeLast() }  // the "\r" of "\r\n"
            return String(piece)
        }
        if raw.last == "" { raw.removeLast() }  // the final newline does not start a line
        for (index, var line) in raw.enumerated() {
            if index == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.hasSuffix("\r") { line.removeLast() }
            var kept = ""
            var hadComment = false
            var rest = line[...]
            while !rest.isEmpty {
                if inComment {
                    hadComment = true
                    if let end = rest.asciiRange(of: "-->") {
                        rest = rest[end.upperBound...]
                        inComment = false
                    } else {
                        rest = rest[rest.endIndex...]
                    }
                } else if let start = rest.asciiRange(of: "<!--") {
                    kept += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    inComment = true
                    hadComment = true
                } else {
                    kept += rest
                    rest = rest[rest.endIndex...]
                }
            }
            if inComment { hadComment = true }
            while let last = kept.last, last == " " || last == "\t" { kept.removeLast() }
            if hadComment, kept.trimmingWhitespaceSet().isEmpty { continue }
            result.append(SourceLine(text: kept, number: index + 1))
        }
        return result
    }

    /// The prompt text of some lines: leading and trailing blank lines dropped, runs of blank lines
    /// collapsed to one (a paragraph break).
    static func paragraphs(_ lines: [SourceLine]) -> String {
        var out: [String] = []
        for line in lines {
            let blank = line.text.trimmingWhitespaceSet().isEmpty
            if blank {
                if let last = out.last, !last.isEmpty { out.append("") }
            } else {
                out.append(line.text)
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }
}
