import Foundation

@testable import AccordCore

/// Reads the phrasing tables (docs/understanding.md and the blind set) and renders what the parsers
/// make of each input in the table's "understood as" notation, so each row is a test.
enum UnderstandingTable {
    struct Row {
        var section: String
        var input: String
        var context: String
        var expected: String
        var line: Int
    }

    static let today = Day(iso: "2026-11-30")!
    static let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")

    /// docs/understanding.md, found from this source file's location.
    static var docURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/understanding.md")
    }

    /// Rows of every `| input | context | understood as |` table, with the `### section` above them.
    static func rows(_ markdown: String) -> [Row] {
        var out: [Row] = []
        var section = ""
        for (n, raw) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("### ") {
                section = String(line.dropFirst(4)).lowercased().trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.hasPrefix("#") {
                section = ""
                continue
            }
            guard !section.isEmpty, line.hasPrefix("|"), !line.hasPrefix("|---"), !line.lowercased().hasPrefix("| input") else { continue }
            let cells = split(line)
            guard cells.count == 3 else { continue }
            out.append(Row(section: section, input: unquote(cells[0]), context: cells[1], expected: cells[2], line: n + 1))
        }
        return out
    }

    /// Cells of a table line; `\|` is a literal bar.
    static func split(_ line: String) -> [String] {
        var cells: [String] = []
        var cur = ""
        var chars = Array(line.dropFirst())
        if chars.last == "|" { chars.removeLast() }
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "|" {
                cur.append("|")
                i += 2
                continue
            }
            if chars[i] == "|" {
                cells.append(cur.trimmingCharacters(in: .whitespaces))
                cur = ""
                i += 1
                continue
            }
            cur.append(chars[i])
            i += 1
        }
        cells.append(cur.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// Inputs may be written in backticks to show spaces or markdown characters.
    static func unquote(_ s: String) -> String {
        s.count >= 2 && s.hasPrefix("`") && s.hasSuffix("`") ? String(s.dropFirst().dropLast()) : s
    }

    struct Setup {
        var context: UnderstandingContext
        var at: String?
        var after: String?
        var activity = "this activity"
        var asSpeaker = false
        var stored = false
        var unknown: [String] = []
    }

    static func setup(_ spec: String) -> Setup {
        var s = Setup(context: UnderstandingContext(today: today, participants: pair))
        var rest = spec
        if let r = rest.range(of: "after:") {
            s.after = String(rest[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            rest = String(rest[..<r.lowerBound])
        }
        for item in rest.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            if item.hasSuffix(" speaking") {
                let who = item.dropLast(9)
                s.context.speaker =
                    Token.fold(String(who)) == Token.fold(s.context.participants.marketing.split(separator: " ")[0].description)
                        || who == "Marketing" ? .marketing : .sales
            } else if item.hasPrefix("today ") {
                s.context.today = Day(iso: String(item.dropFirst(6)))!
            } else if item.hasPrefix("solo ") {
                s.context.participants = Participants(solo: String(item.dropFirst(5)))
            } else if item.hasPrefix("pair ") {
                let names = item.dropFirst(5).split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
                s.context.participants = Participants(sales: names[0], marketing: names[1])
            } else if item.hasPrefix("at ") {
                s.at = String(item.dropFirst(3))
            } else if item.hasPrefix("activity ") {
                s.activity = String(item.dropFirst(9))
            } else if item == "/as" {
                s.asSpeaker = true
            } else if item == "stored" {
                s.stored = true
            } else {
                s.unknown.append(item)
            }
        }
        return s
    }

    /// What the parsers make of `row.input`, in the table's notation.
    static func render(_ row: Row) -> String {
        let s = setup(row.context)
        let c = s.context
        guard s.unknown.isEmpty else { return "unknown context: \(s.unknown)" }
        switch row.section {
        case "dates":
            return date(DateParser.parse(row.input, context: c))
        case "owners":
            if s.asSpeaker {
                switch PeopleResolver.speaker(row.input, context: c) {
                case .understood(let r): return ParticipantRef(r).stored
                case .ask(let q): return "ask: " + q.choices.map { ParticipantRef($0).stored }.joined(separator: " or ")
                case .refused(let r): return refused(r)
                }
            }
            if s.stored {
                let ref = ParticipantRef(stored: row.input, participants: c.participants)
                if case .other(let name) = ref { return "other: \(name)" }
                return ref.stored
            }
            return owner(PeopleResolver.resolve(row.input, context: c))
        case "goals":
            if let at = s.at {
                return parsed(GoalParser.answer(row.input, for: GoalField(rawValue: at)!, context: c), goal)
            }
            return goal(GoalParser.parse(row.input, context: c))
        case "actions":
            if let at = s.at {
                return parsed(ActionParser.answer(row.input, for: ActionField(rawValue: at)!, context: c), action)
            }
            return action(ActionParser.parse(row.input, context: c))
        case "raci":
            return parsed(RACIParser.parse(row.input, activity: s.activity, context: c), raci)
        case "reviews":
            if let after = s.after {
                let previous = ReviewReplyParser.parse(after, context: c).value ?? ReviewReply()
                return review(ReviewReplyParser.followUp(row.input, previous: previous, context: c))
            }
            return parsed(ReviewReplyParser.parse(row.input, context: c), review)
        default:
            return "unknown section “\(row.section)”"
        }
    }

    /// The facilitator's words for a row's question or refusal (nil when understood).
    static func message(_ row: Row) -> String? {
        let s = setup(row.context)
        let c = s.context
        switch row.section {
        case "dates": return DateParser.parse(row.input, context: c).message
        case "owners":
            return s.asSpeaker
                ? PeopleResolver.speaker(row.input, context: c).message : PeopleResolver.resolve(row.input, context: c).message
        case "goals": return s.at.flatMap(GoalField.init(rawValue:)).flatMap { GoalParser.answer(row.input, for: $0, context: c).message }
        case "actions":
            return s.at.flatMap(ActionField.init(rawValue:)).flatMap { ActionParser.answer(row.input, for: $0, context: c).message }
        case "raci": return RACIParser.parse(row.input, activity: s.activity, context: c).message
        case "reviews": return s.after == nil ? ReviewReplyParser.parse(row.input, context: c).message : nil
        default: return nil
        }
    }

    static func refused(_ r: Refusal) -> String { "refused (e.g. \(r.example))" }

    static func parsed<V>(_ p: Parsed<V>, _ show: (V) -> String) -> String {
        switch p {
        case .understood(let v): return show(v)
        case .ask(let q): return "ask: " + q.choices.map(show).joined(separator: " or ")
        case .refused(let r): return refused(r)
        }
    }

    static func day(_ f: DateFound) -> String { (f.isPast ? "past: " : "") + f.day.spoken }

    static func date(_ p: Parsed<DateFound>) -> String { parsed(p, day) }

    static func ref(_ r: ParticipantRef) -> String {
        if case .other(let name) = r { return "other: \(name)" }
        return r.stored
    }

    static func owner(_ p: Parsed<ParticipantRef>) -> String {
        if case .ask(let q) = p, q.choices.count == 1, case .other(let name) = q.choices[0] { return "confirm: \(name)" }
        return parsed(p, ref)
    }

    static func change(_ c: GoalChange) -> String {
        switch c {
        case .percent(let p): return (p >= 0 ? "+" : "−") + Quantity.format(abs(p)) + "%"
        case .amount(let q): return (q.value >= 0 ? "+" : "−") + Quantity(value: abs(q.value), unit: q.unit, scale: q.scale).short
        case .factor(let f): return "×" + Quantity.format(f)
        }
    }

    static func goal(_ g: GoalParts) -> String {
        var out: [String] = []
        if let m = g.metric { out.append("metric \(m)") }
        switch g.baseline {
        case .unknown?: out.append("baseline unknown")
        case .value(let q)?: out.append("baseline \(q.display)")
        case nil: break
        }
        if let t = g.target {
            out.append("target \(t.display)" + (g.derivation.map { " (\($0))" } ?? ""))
        } else if let c = g.change {
            out.append("change \(change(c))")
        }
        if let q = g.targetQuestion { out.append("ask target: " + q.choices.map(\.display).joined(separator: " or ")) }
        if let d = g.date { out.append("date " + day(d)) }
        if let q = g.dateQuestion { out.append("ask date: " + q.choices.map(day).joined(separator: " or ")) }
        if let o = g.owner { out.append("owner " + ref(o)) }
        if let q = g.ownerQuestion { out.append("owner " + owner(.ask(q))) }
        return out.isEmpty ? "nothing" : out.joined(separator: " · ")
    }

    static func action(_ a: ActionParts) -> String {
        var out: [String] = []
        if !a.text.isEmpty { out.append("text \(a.text)") }
        if let o = a.owner { out.append("owner " + ref(o)) }
        if let q = a.ownerQuestion { out.append("owner " + owner(.ask(q))) }
        if let d = a.due { out.append("due " + day(d)) }
        if let q = a.dueQuestion { out.append("ask due: " + q.choices.map(day).joined(separator: " or ")) }
        return out.isEmpty ? "nothing" : out.joined(separator: " · ")
    }

    static func raci(_ r: RACIAssignment) -> String {
        func show(_ role: Role) -> String {
            let l = r.letters(role).sorted().map(\.rawValue).joined(separator: " ")
            return l.isEmpty ? "–" : l
        }
        return "Sales \(show(.sales)) · Marketing \(show(.marketing))"
    }

    static func review(_ r: ReviewReply) -> String {
        var out: [String] = []
        if let s = r.status { out.append(s.rawValue) }
        if let reason = r.reason { out.append("reason \(reason)") }
        if let d = r.newDate { out.append("date " + day(d)) }
        if let q = r.dateQuestion { out.append("ask date: " + q.choices.map(day).joined(separator: " or ")) }
        return out.isEmpty ? "nothing" : out.joined(separator: " · ")
    }
}
