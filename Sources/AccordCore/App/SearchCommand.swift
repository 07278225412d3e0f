#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord search TEXT [--playbook P] [--since DATE] [--json]`: words across sessions, in
/// answers, items, notes and parked reasons. Reads only.
public enum SearchCommand {
    /// What a match was found in.
    public enum Source: String, Sendable, Codable, CaseIterable {
        case answer, item, note, parked
    }

    /// One matching line.
    public struct Match: Sendable, Equatable, Codable {
        /// The session's id.
        public var session: String
        /// The session's playbook.
        public var playbook: String
        /// The session's start date, `YYYY-MM-DD`.
        public var date: String
        /// The step's title ("" before the first step).
        public var step: String
        /// Who said it ("Dana (Sales)").
        public var speaker: String
        /// What the line was found in.
        public var source: Source
        /// The line of the text that matched.
        public var line: String
    }

    /// Run the command; returns the exit code (errors are thrown as `AccordError`).
    public static func run(_ request: SearchRequest, workspace: Workspace) throws -> ExitCode {
        let matches = try find(request, workspace: workspace)
        let context = workspace.context
        if request.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.write(String(decoding: try encoder.encode(matches), as: UTF8.self) + "\n")
            return .ok
        }
        context.output.write(render(matches, text: request.text, style: context.style))
        return .ok
    }

    /// The matches in the store, oldest session first.
    public static func find(_ request: SearchRequest, workspace: Workspace) throws -> [Match] {
        let needle = request.text.lowercased()
        var matches: [Match] = []
        for id in try Workspace.mapStoreErrors({ try workspace.store.ids() }) {
            guard let file = try? workspace.store.read(id: id) else { continue }
            let header = file.header
            if let playbook = request.playbook, header.playbook != playbook { continue }
            let date = String(header.started.prefix(10))
            if let since = request.since, date < since { continue }
            var step = ""
            var seen = Set<String>()  // an item repeats the answer it came from: one match is enough
            func add(_ role: Role, _ source: Source, _ text: String) {
                for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.lowercased().contains(needle) {
                    guard seen.insert("\(role.rawValue)\u{0}\(step)\u{0}\(line)").inserted else { continue }
                    matches.append(
                        Match(
                            session: id, playbook: header.playbook, date: date, step: step,
                            speaker: header.participants.display(role), source: source, line: String(line)))
                }
            }
            for record in file.records {
                switch record.event {
                case .stepStarted(let index):
                    step = header.steps.steps.indices.contains(index) ? header.steps.steps[index].title : ""
                case .answer(let speaker, let text): add(speaker, .answer, text)
                case .itemProposed(_, _, let by, let text, _): add(by, .item, text)
                case .note(let by, let text): add(by, .note, text)
                case .parked(_, let by, let text): add(by, .parked, text)
                case .declined(_, let by, let reason): add(by, .parked, reason)
                default: break
                }
            }
        }
        return matches
    }

    /// The text listing: a heading line per match and the matching line, the word highlighted.
    public static func render(_ matches: [Match], text: String, style: Style) -> String {
        guard !matches.isEmpty else { return "No match for '\(TerminalSafe.cleanLine(text))'.\n" }
        var out = ""
        for m in matches {
            let location = m.step.isEmpty ? m.playbook : "\(m.playbook) › \(m.step)"
            out +=
                style.dim(
                    "\(m.session)  \(m.date)  \(TerminalSafe.cleanLine(location))  \(TerminalSafe.cleanLine(m.speaker)) (\(m.source.rawValue))"
                ) + "\n"
            out += "  " + highlight(TerminalSafe.cleanLine(m.line), text, style: style) + "\n"
        }
        out += "\(matches.count) match\(matches.count == 1 ? "" : "es").\n"
        return out
    }

    /// `line` with each case-insensitive occurrence of `word` styled (unchanged without colour).
    static func highlight(_ line: String, _ word: String, style: Style) -> String {
        guard style.enabled, !word.isEmpty else { return line }
        var out = ""
        var rest = Substring(line)
        while let range = rest.rangeOfTextIgnoringCase(word) {
            out += rest[..<range.lowerBound] + style.apply("1;31", String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
