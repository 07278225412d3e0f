/// What a step builds on (`proposals:` in its playbook): the items of the earlier steps it names,
/// numbered, shown when it opens (side by side when the terminal is wide enough), and adopted by
/// number — "2", "adopt 2 and 5", "2 but owner both", "5 with target 20%" — keeping who proposed
/// them. Free text still works.
extension SessionState {
    /// The items `step` builds on, numbered from 1 in the order its `proposals:` lists the steps.
    public func proposals(for step: Step) -> [Item] {
        proposalGroups(for: step).flatMap(\.items)
    }

    /// The same items grouped by the step they come from, for display.
    func proposalGroups(for step: Step) -> [(title: String, items: [Item])] {
        step.proposals.compactMap { title in
            guard let index = playbook.steps.firstIndex(where: { $0.title.lowercased() == title.lowercased() }) else { return nil }
            let items = items(inStep: index).filter { !$0.parked && $0.kind.kind.numbered }
            return items.isEmpty ? nil : (playbook.steps[index].title, items)
        }
    }
}

extension SessionRenderer {
    /// The numbered proposals under a step's prompt: groups side by side in pairs when `width`
    /// leaves at least 40 columns each, one under the other otherwise.
    func proposalLines(for step: Step, state: SessionState) -> [ChatLine] {
        let groups = state.proposalGroups(for: step)
        guard !groups.isEmpty else { return [] }
        var n = 0
        let numbered: [(title: String, lines: [String])] = groups.map { group in
            (
                group.title,
                group.items.map { item in
                    n += 1
                    return "\(n). \(facilitator.describe(item)) — \(facilitator.participants.name(item.by))"
                }
            )
        }
        var out = [ChatLine(.info, "What was proposed (adopt by number: “2”, “adopt 2 and 5”, “2 but owner both”; or write your own):")]
        let column = (width - 5) / 2
        var i = 0
        while i < numbered.count {
            if column >= 40, i + 1 < numbered.count {
                let left = [numbered[i].title] + numbered[i].lines.flatMap { wrap($0, column) }
                let right = [numbered[i + 1].title] + numbered[i + 1].lines.flatMap { wrap($0, column) }
                for row in 0..<max(left.count, right.count) {
                    let l = row < left.count ? left[row] : ""
                    let r = row < right.count ? right[row] : ""
                    let pad = String(repeating: " ", count: max(0, column - TextWrap.visibleWidth(l)))
                    out.append(ChatLine(.info, "  \(l)\(pad) │ \(r)"))
                }
                i += 2
            } else {
                out.append(ChatLine(.info, "  \(numbered[i].title)"))
                out += numbered[i].lines.map { ChatLine(.info, "    \($0)") }
                i += 1
            }
        }
        return out
    }

    private func wrap(_ text: String, _ width: Int) -> [String] {
        TextWrap.wrap(text, width: width, hangingIndent: "   ").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension SessionEngine {
    /// "2", "#2", "adopt 2 and 5", "take 2, 5", "2 but owner both", "5 with target 20%": the numbers
    /// and the adjustment after "but" / "with" / a comma; nil when the line is not an adoption.
    static func adoption(_ text: String) -> (numbers: [Int], adjustment: String)? {
        var rest = Substring(text.trimmed())
        for verb in ["adopt", "take", "use", "keep", "accept", "go with", "let's take", "lets take"]
        where rest.lowercased().hasPrefix(verb + " ") {
            rest = rest.dropFirst(verb.count + 1)
        }
        var numbers: [Int] = []
        var tail = rest
        while true {
            tail = tail.drop { $0 == " " || $0 == "#" || $0 == "," || $0 == "&" }
            if tail.lowercased().hasPrefix("and ") { tail = tail.dropFirst(4).drop { $0 == " " || $0 == "#" } }
            let digits = tail.prefix { $0.isNumber }
            guard !digits.isEmpty, let n = Int(digits) else { break }
            let after = tail.dropFirst(digits.count)
            // "2 weeks", "25%": a number that is part of a phrase is not a proposal number.
            if let next = after.first, next != " " && next != "," && next != "&" { return nil }
            numbers.append(n)
            tail = after
        }
        guard !numbers.isEmpty else { return nil }
        var adjustment = String(tail).trimmed(" ,;:—–-")
        for joiner in ["but ", "with ", "except ", "and "] where adjustment.lowercased().hasPrefix(joiner) {
            adjustment = String(adjustment.dropFirst(joiner.count)).trimmed()
        }
        // Words that are not an adjustment of a field ("2 more leads") mean it is not an adoption.
        if !adjustment.isEmpty, let first = adjustment.split(separator: " ").first,
            !["owner", "owners", "target", "baseline", "date", "due", "by", "text", "metric", "owned", "to"].contains(
                first.lowercased().trimmed(":"))
        {
            return nil
        }
        return (numbers, adjustment)
    }

    /// Adopt proposals by number in a step that builds on earlier ones; nil when `text` is not an
    /// adoption (then it is read as free text).
    func adopt(_ text: String, role: Role, step: Step, state: SessionState) -> Outcome? {
        let proposals = state.proposals(for: step)
        guard !proposals.isEmpty, let (numbers, adjustment) = Self.adoption(text) else { return nil }
        let said = Event.answer(speaker: role, text: text)
        if let bad = numbers.first(where: { !(1...proposals.count).contains($0) }) {
            return Outcome(events: [
                said,
                .refused(
                    speaker: role,
                    message: "There is no proposal \(bad): they are numbered 1 to \(proposals.count). e.g. `adopt 2` or `2 but owner both`"),
            ])
        }
        let kind = step.capture.kind
        var events: [Event] = [said]
        var next = state
        for n in numbers {
            let source = proposals[n - 1]
            // Read as its author said it: "I'll send the list" is owned by whoever wrote it.
            var asSaid = state
            asSaid.speaker = source.by
            var fields = source.kind == step.capture ? source.fields : kind.fields(fromLine: source.text, state: asSaid)
            fields["proposedBy"] = source.by.rawValue
            fields["proposal"] = String(n)
            if !adjustment.isEmpty {
                var words = adjustment.split(separator: " ", maxSplits: 1).map(String.init)
                var field = words[0].lowercased().trimmed(":")
                if field == "by" || field == "owned" {
                    field = field == "by" ? (kind.requiredFields.contains("due") ? "due" : "date") : "owner"
                    if words[0].lowercased() == "owned", words.count > 1, words[1].lowercased().hasPrefix("by ") {
                        words[1] = String(words[1].dropFirst(3))
                    }
                }
                if field == "owners" { field = "owner" }
                if field == "to" { field = "target" }
                let value = words.count > 1 ? words[1] : ""
                let item = Item(id: source.id, kind: step.capture, step: state.stepIndex, by: source.by, text: source.text, fields: fields)
                switch kind.validate(field: field, answer: value, item: item, role: role, state: state) {
                case .success(let values): fields.merge(values) { _, new in new }
                case .failure(let problem):
                    return Outcome(events: [said, .refused(speaker: role, message: "#\(n) \(field): \(problem.message)")])
                }
            }
            // Adjusted: the statement loses the ", owner …" / ", due …" parts it changes.
            let text = adjustment.isEmpty ? source.text : FieldParser.stripKeyed(source.text)
            let proposed = propose(step.capture, text: text, fields: fields, by: role, step: step, state: next)
            for e in proposed { next.apply(e) }
            events += proposed
        }
        return Outcome(events: events)
    }
}
