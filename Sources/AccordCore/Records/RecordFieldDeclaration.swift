#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads one field declaration of a `capture: record` step: the text of a `- ` line under `fields:`.
///
/// ```
/// name: type, required|optional, e.g. example
/// segment: choice (enterprise | mid-market | smb), required, e.g. mid-market
/// ```
///
/// The name is lowercase letters, digits, spaces and hyphens, starting with a letter. The type is
/// one of `RecordFieldKind`; a `choice` lists its values in parentheses, separated by `|`. Required
/// is the default. `quote` after the type marks a text field that holds someone else's words (the
/// blame-free coach does not read it). The example, after `e.g.`, must itself be a valid value of the type.
public enum RecordFieldDeclaration {
    /// The field declared by `text`, or the problem in plain words (the caller adds file and line).
    public static func parse(_ text: String) -> Result<RecordField, RecordDeclarationProblem> {
        guard let colon = text.firstIndex(of: ":") else {
            return .failure(.init("field \"\(text)\" needs a type: \"name: type, required, e.g. example\""))
        }
        let name = collapse(text[..<colon]).lowercased()
        guard let first = name.first, first.isLetter, first.isASCII,
            name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == " " || $0 == "-" })
        else {
            return .failure(.init("field name \"\(name)\" must start with a letter and use only a-z, 0-9, spaces and -"))
        }
        guard name.count <= 40 else { return .failure(.init("field name \"\(name)\" is longer than 40 characters")) }
        var rest = String(text[text.index(after: colon)...]).trimmingWhitespaceSet()

        var example: String?
        if let r = rest.rangeOfTextIgnoringCase("e.g.") {
            example = rest[r.upperBound...].trimmingWhitespaceSet()
            rest = String(rest[..<r.lowerBound])
            if example?.isEmpty == true { return .failure(.init("field \"\(name)\": \"e.g.\" without an example")) }
        }

        var choices: [String] = []
        if let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else {
                return .failure(.init("field \"\(name)\": \"(\" without \")\" around the choices"))
            }
            choices = rest[rest.index(after: open)..<close].split(separator: "|").map { collapse($0) }
            rest = String(rest[..<open]) + String(rest[rest.index(after: close)...])
        }

        let parts = rest.split(separator: ",").map { collapse($0).lowercased() }.filter { !$0.isEmpty }
        guard let typeWord = parts.first else {
            return .failure(.init("field \"\(name)\" has no type (one of \(kindList))"))
        }
        guard let kind = RecordFieldKind(rawValue: typeWord) else {
            return .failure(.init("field \"\(name)\": type \"\(typeWord)\" is not one of \(kindList)"))
        }
        var required = true
        var quote = false
        for word in parts.dropFirst() {
            switch word {
            case "required": required = true
            case "optional": required = false
            case "quote": quote = true
            default:
                return .failure(
                    .init(
                        "field \"\(name)\": \"\(word)\" is not understood; after the type come \"required\" or \"optional\" (and \"quote\" for someone else's words), then \"e.g. example\""
                    ))
            }
        }
        if quote, kind != .text, kind != .list {
            return .failure(.init("field \"\(name)\": only a text or list field can be a quote"))
        }
        if kind == .choice {
            if choices.filter({ !$0.isEmpty }).count < 2 || choices.contains(where: \.isEmpty) {
                return .failure(.init("field \"\(name)\": a choice lists two or more values, e.g. \"choice (won | lost)\""))
            }
            var seen = Set<String>()
            for value in choices where !seen.insert(RecordValues.fold(value)).inserted {
                return .failure(.init("field \"\(name)\": the choice \"\(value)\" is listed twice"))
            }
        } else if !choices.isEmpty {
            return .failure(.init("field \"\(name)\": only a choice lists values in parentheses"))
        }
        let type = RecordFieldType(kind: kind, choices: choices)
        if let example,
            case .failure(let problem) = RecordValues.normalize(
                example, as: type, participants: Participants(sales: "Sales", marketing: "Marketing"))
        {
            return .failure(.init("field \"\(name)\": the example \"\(example)\" is not a valid \(kind.rawValue): \(problem.message)"))
        }
        return .success(RecordField(name: name, type: type, required: required, example: example, quote: quote))
    }

    static var kindList: String { RecordFieldKind.allCases.map(\.rawValue).joined(separator: ", ") }

    static func collapse(_ text: Substring) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// Why a field declaration was refused, in plain words.
public struct RecordDeclarationProblem: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
