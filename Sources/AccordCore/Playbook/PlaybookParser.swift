#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a playbook from its Markdown text (the format is documented in `prompts/README.md`).
///
/// ```
/// # Title                      one H1
/// id: goals                    playbook keys: id, purpose, recap
/// purpose: One line.
///
/// ## Step title                one H2 per step
/// who: each                    step keys until the first blank line
/// capture: text
///
/// The prompt, one or more paragraphs, until the next H2.
/// ```
///
/// Every problem in a file is collected and reported as `file:line: message`.
public struct PlaybookParser {
    /// Keys allowed right after the title.
    public static let playbookKeys = ["id", "purpose", "recap"]
    /// Keys allowed at the top of a step.
    public static let stepKeys = ["who", "capture", "agree", "coach", "show", "plan", "activities", "fields", "proposals"]
    /// Values allowed for a step's `show:` key.
    public static let showValues = StepShow.allCases.map(\.rawValue)
    /// Values allowed for a step's `plan:` key: the plan section the step feeds.
    public static var planValues: [String] { PlanStepKey.all.map(\.rawValue) }

    /// Parses one playbook. `source` names the file in error messages and becomes `Playbook.source`.
    public static func parse(_ text: String, source: String) throws(PlaybookError) -> Playbook {
        var parser = PlaybookParser(source: source)
        guard let playbook = parser.run(text), parser.issues.isEmpty else {
            let issues = parser.issues.isEmpty ? [PlaybookIssue(file: source, line: 1, message: "not a playbook")] : parser.issues
            throw .invalid(issues.sorted { ($0.line, $0.message) < ($1.line, $1.message) })
        }
        return playbook
    }

    // MARK: - State

    private let source: String
    private var issues: [PlaybookIssue] = []

    private init(source: String) { self.source = source }

    private mutating func fail(_ line: Int, _ message: String) {
        issues.append(PlaybookIssue(file: source, line: line, message: message))
    }

    /// A step as read so far.
    private struct Draft {
        var title: String
        var line: Int
        var keys = KeyBlock()
        var prompt: [SourceLine] = []
    }

    // MARK: - Parsing

    private mutating func run(_ text: String) -> Playbook? {
        let lines = SourceLine.split(text)
        var title: (text: String, line: Int)?
        var header = KeyBlock()
        var drafts: [Draft] = []
        var inKeys = false  // reading a key block (header or step)
        var sawStray = false

        for line in lines {
            let content = line.text
            if content.hasPrefix("# ") || content == "#" {
                let t = content.dropFirst(1).trimmingWhitespaceSet()
                if let first = title {
                    fail(line.number, "second title \"\(t)\"; a playbook has exactly one \"# \" title (the first is on line \(first.line))")
                } else if !drafts.isEmpty {
                    fail(line.number, "the \"# \" title must come before the first step")
                } else if t.isEmpty {
                    fail(line.number, "empty title")
                    title = ("", line.number)
                    inKeys = true
                } else {
                    title = (t, line.number)
                    inKeys = true
                }
                continue
            }
            if content.hasPrefix("## ") || content == "##" {
                let t = content.dropFirst(2).trimmingWhitespaceSet()
                if t.isEmpty { fail(line.number, "step heading without a title") }
                drafts.append(Draft(title: t, line: line.number))
                inKeys = true
                continue
            }
            let blank = content.trimmingWhitespaceSet().isEmpty
            if inKeys {
                let block = drafts.isEmpty ? header : drafts[drafts.count - 1].keys
                if blank {
                    // A step's keys sit directly under its heading; the title's may follow blank lines.
                    if !block.isEmpty || !drafts.isEmpty { inKeys = false }
                    continue
                }
                if let entry = KeyBlock.Entry(line) {
                    let problem =
                        drafts.isEmpty
                        ? header.add(entry, allowed: Self.playbookKeys, scope: "after the title")
                        : drafts[drafts.count - 1].keys.add(entry, allowed: Self.stepKeys, scope: "in a step")
                    if let problem { fail(line.number, problem) }
                    continue
                }
                if !drafts.isEmpty, let bullet = KeyBlock.bullet(content), drafts[drafts.count - 1].keys.acceptsBullets {
                    drafts[drafts.count - 1].keys.addBullet(bullet, line: line.number)
                    continue
                }
                inKeys = false
                // Not a key: in a step this starts the prompt; before the steps it is stray text.
            }
            if drafts.isEmpty {
                if blank { continue }
                if title == nil {
                    if !sawStray { fail(line.number, "expected the title line \"# Title\" first") }
                } else if !sawStray {
                    fail(line.number, "text before the first step; playbook keys go right after the title, each step starts with \"## \"")
                }
                sawStray = true
            } else {
                drafts[drafts.count - 1].prompt.append(line)
            }
        }
        return assemble(title: title, header: header, drafts: drafts, lines: lines, text: text)
    }

    private mutating func assemble(
        title: (text: String, line: Int)?, header: KeyBlock, drafts: [Draft],
        lines: [SourceLine], text: String
    ) -> Playbook? {
        let headLine = title?.line ?? 1
        if title == nil { fail(1, "no title; the first line should be \"# Title\"") }
        let id = header.value("id")
        if let id {
            if id.value.isEmpty
                || !id.value.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            {
                fail(id.line, "id \"\(id.value)\" must be lowercase letters, digits and hyphens (a-z, 0-9, -)")
            }
        } else {
            fail(headLine, "missing \"id:\" after the title")
        }
        let purpose = header.value("purpose")
        if let purpose, purpose.value.isEmpty {
            fail(purpose.line, "purpose is empty; say in one line why this session exists")
        } else if purpose == nil {
            fail(headLine, "missing \"purpose:\" after the title")
        }
        let recap = flag(header, "recap")
        if let title { checkPlaceholders(title.text, line: title.line) }
        if let purpose { checkPlaceholders(purpose.value, line: purpose.line) }
        if drafts.isEmpty, title != nil { fail(headLine, "no steps; each step starts with \"## Step title\"") }

        var steps: [Step] = []
        var seen: [String: Int] = [:]
        for draft in drafts {
            if let step = makeStep(draft) {
                // `proposals:` names earlier steps, by title.
                for title in step.proposals where !steps.contains(where: { $0.title.lowercased() == title.lowercased() }) {
                    fail(draft.keys.value("proposals")?.line ?? draft.line, "proposals: \"\(title)\" is not the title of an earlier step")
                }
                steps.append(step)
            }
            let key = draft.title.lowercased()
            if !key.isEmpty {
                if let first = seen[key] {
                    fail(draft.line, "step \"\(draft.title)\" has the same title as the step on line \(first)")
                } else {
                    seen[key] = draft.line
                }
            }
        }
        guard issues.isEmpty, let title, let id, let purpose else { return nil }
        return Playbook(
            id: id.value, title: title.text, purpose: purpose.value, steps: steps, source: source,
            contentHash: FNV1a.hex(text), recap: recap)
    }

    private mutating func makeStep(_ draft: Draft) -> Step? {
        let keys = draft.keys
        var ok = true
        var who = Answerer.each
        if let v = keys.value("who") {
            if let a = Answerer(rawValue: v.value.lowercased()) {
                who = a
            } else {
                fail(v.line, "who: \"\(v.value)\" is not one of \(Answerer.allCases.map(\.rawValue).joined(separator: ", "))")
                ok = false
            }
        }
        var capture = Capture.text
        if let v = keys.value("capture") {
            if let c = Capture(rawValue: v.value.lowercased()) {
                capture = c
            } else {
                fail(v.line, "capture: \"\(v.value)\" is not one of \(Capture.allCases.map(\.rawValue).joined(separator: ", "))")
                ok = false
            }
        }
        let agree = flag(keys, "agree")
        // The coach is on where people type free text about each other (text and list captures) unless
        // the playbook says `coach: no`; other captures opt in with `coach: yes`.
        let coach = flag(keys, "coach", default: capture == .text || capture == .list)
        var show: StepShow?
        if let v = keys.value("show") {
            if let value = StepShow(rawValue: v.value.lowercased()) {
                show = value
            } else {
                fail(v.line, "show: \"\(v.value)\" is not one of \(Self.showValues.joined(separator: ", "))")
            }
        }
        var plan: PlanStepKey?
        if let v = keys.value("plan") {
            if let key = PlanStepKey(rawValue: v.value) {
                plan = key
            } else {
                fail(v.line, "plan: \"\(v.value)\" is not one of \(Self.planValues.joined(separator: ", "))")
            }
        }
        let activities = keys.activities
        if capture == .raci, ok, activities.isEmpty {
            fail(draft.line, "step \"\(draft.title)\" captures raci but lists no activities (add \"activities: A; B; C\")")
        }
        if capture != .raci, ok, !activities.isEmpty, let v = keys.value("activities") {
            fail(v.line, "activities only apply to steps with \"capture: raci\"")
        }
        let fields = recordFields(keys, capture: capture, ok: ok, draft: draft)
        let prompt = SourceLine.paragraphs(draft.prompt)
        if prompt.isEmpty {
            fail(draft.line, "step \"\(draft.title)\" has no prompt")
        }
        checkPlaceholders(draft.title, line: draft.line)
        for line in draft.prompt { checkPlaceholders(line.text, line: line.number) }
        return Step(
            title: draft.title, prompt: prompt, who: who, capture: capture, agree: agree, coach: coach,
            activities: activities, line: draft.line, show: show, plan: plan, fields: fields,
            proposals: keys.value("proposals")?.value.split(separator: ";").map { $0.trimmingWhitespaceSet() }.filter { !$0.isEmpty } ?? [])
    }

    /// The fields of a `capture: record` step, from the `- name: type, required, e.g. example`
    /// lines under `fields:`; each bad declaration is reported on its own line.
    private mutating func recordFields(_ keys: KeyBlock, capture: Capture, ok: Bool, draft: Draft) -> [RecordField] {
        let entry = keys.value("fields")
        let lines = (entry.map { $0.value.isEmpty ? [] : [($0.value, $0.line)] } ?? []) + keys.bullets(of: "fields")
        guard capture.isRecord else {
            if ok, let entry { fail(entry.line, "fields only apply to steps with \"capture: record\"") }
            return []
        }
        var fields: [RecordField] = []
        for (text, line) in lines {
            switch RecordFieldDeclaration.parse(text) {
            case .success(let field):
                if let twin = fields.first(where: { $0.name == field.name }) {
                    fail(line, "field \"\(field.name)\" is declared twice (as \(twin.type.kind.rawValue) above)")
                } else {
                    fields.append(field)
                }
            case .failure(let problem):
                fail(line, problem.message)
            }
        }
        if lines.isEmpty {
            fail(
                draft.line,
                "step \"\(draft.title)\" captures record but declares no fields (add \"fields:\" and one \"- name: type, required, e.g. example\" line per field)"
            )
        }
        return fields
    }

    /// A yes/no key's value (`defaultValue` when absent); anything else is reported.
    private mutating func flag(_ keys: KeyBlock, _ key: String, default defaultValue: Bool = false) -> Bool {
        guard let v = keys.value(key) else { return defaultValue }
        switch v.value.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            fail(v.line, "\(key): \"\(v.value)\" must be yes or no")
            return false
        }
    }

    private mutating func checkPlaceholders(_ text: String, line: Int) {
        for name in PlaybookPlaceholders.unknown(in: text) {
            fail(line, "unknown placeholder {\(name)}; only {sales} and {marketing} are replaced")
        }
    }
}
