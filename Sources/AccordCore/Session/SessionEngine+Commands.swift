#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Slash commands inside a session.
extension SessionEngine {
    /// Every slash command a session understands, with a one-line description (for /help and Tab).
    public static let commands: [(name: String, help: String)] = [
        ("/help", "this list"),
        ("/next", "end your turn (or your list) and move on"),
        ("/back", "go back to the previous step"),
        ("/skip", "skip this step (at a R/A/C/I row: that row; /skip step: the rest)"),
        ("/edit", "/edit N TEXT or /edit N FIELD VALUE — change item N (as numbered in /status)"),
        ("/agree", "agree to the item on the table"),
        ("/disagree", "decline it (it goes to the parking lot) — /disagree REASON"),
        ("/park", "park the item on the table, or /park TEXT to park a topic"),
        ("/note", "/note TEXT — add a note to the transcript"),
        ("/as", "/as NAME — hand the keyboard to the other lead"),
        ("/who", "who is here and whose turn it is"),
        ("/status", "step, agreed and parked so far"),
        ("/plan", "preview the plan so far"),
        ("/undo", "take back your last answer"),
        ("/quit", "pause and leave (resume later with accord resume)"),
    ]

    func command(_ line: String, state: SessionState) -> Outcome {
        let name = String(line.prefix(while: { $0 != " " })).lowercased()
        let arg = String(line.dropFirst(name.count)).trimmingWhitespaceSet()
        let pending = state.pending
        let role = pending.role ?? state.speaker
        var out = Outcome()
        switch name {
        case "/help", "/?":
            out.messages = Self.commands.map { "  \($0.name.paddedWithSpaces(to: 10)) \($0.help)" }
            out.messages.insert("Type your answer and press Enter. A line \"\"\" opens and closes a multi-line answer. Commands:", at: 0)
        case "/quit", "/exit":
            out.quit = true
        case "/plan":
            out.showPlan = true
        case "/status", "/who":
            out.showStatus = true
        case "/undo":
            out.events = [.undo]
        case "/note":
            if arg.isEmpty { out.messages = ["What should the note say? /note TEXT"] } else { out.events = [.note(by: role, text: arg)] }
        case "/as":
            let names = state.participants.solo ? "sales or marketing" : "\(state.participants.sales) or \(state.participants.marketing)"
            if arg.isEmpty {
                out.messages = ["Hand the keyboard to whom? /as \(names)"]
            } else {
                switch PeopleResolver.speaker(arg, context: state.understanding(role)) {
                case .understood(let to): out.events = [.handover(to: to)]
                case .ask(let q): out.messages = [q.message]
                case .refused(let r): out.messages = [r.message]
                }
            }
        case "/back":
            if state.stepIndex > 0, state.step != nil {
                out.events = [.stepStarted(index: state.stepIndex - 1)]
            } else {
                out.messages = ["This is the first step."]
            }
        case "/skip":
            if case .raciRow(let row, let who) = pending, let step = state.step, arg.lowercased() != "step" {
                let id = state.nextItemID
                out.events = [
                    .itemProposed(id: id, kind: .raci, by: who, text: step.activities[row], fields: [:]),
                    .parked(item: id, by: who, text: "row skipped"),
                ]
            } else if state.step != nil {
                out.events = [.skipped(index: state.stepIndex)]
            }
        case "/edit":
            out = edit(arg, role: role, state: state)
        case "/next":
            out = next(pending: pending, state: state)
        case "/agree":
            out = agreeCommand(yes: true, reason: arg, pending: pending, state: state)
        case "/disagree":
            out = agreeCommand(yes: false, reason: arg, pending: pending, state: state)
        case "/park":
            out = park(arg, role: role, pending: pending, state: state)
        default:
            let known = Self.commands.map(\.name)
            let guess = known.min { EditDistance.between(name, $0) < EditDistance.between(name, $1) }
            let hint = guess.map { EditDistance.between(name, $0) <= 3 ? " Did you mean \($0)?" : "" } ?? ""
            out.messages = ["Unknown command \(name).\(hint) Type /help for the list. (To answer with a leading slash, type //.)"]
        }
        return out
    }

    func next(pending: Pending, state: SessionState) -> Outcome {
        switch pending {
        case .answer(let role), .raciRow(_, let role):
            return Outcome(events: [.turnEnded(speaker: role)])
        case .field(let id, let field, let role):
            return Outcome(events: [.parked(item: id, by: role, text: "incomplete: no \(field) yet")])
        case .commitment(let ref, _):
            return Outcome(events: [.commitmentUpdated(ref: ref, status: .carried, note: "not discussed", due: nil)])
        case .commitmentFollowUp(let ref, let status, _):
            // What was already said (a reason, a new date) is kept.
            let before = state.latestUpdate[ref]
            let note = before.map { $0.note.isEmpty ? "(no details given)" : $0.note } ?? "(no details given)"
            if status == .slipped, let due = before?.due {
                return Outcome(events: [.commitmentUpdated(ref: ref, status: .slipped, note: note, due: due)])
            }
            let final: ReviewStatus = status == .slipped ? .carried : status
            return Outcome(events: [.commitmentUpdated(ref: ref, status: final, note: note, due: nil)])
        case .agreement:
            return Outcome(messages: ["This needs a yes or no first (or /park to set it aside)."])
        case .coachChoice:
            return Outcome(messages: ["Press Enter to keep your words, or type them again rephrased."])
        case .stepDone, .notStarted, .finished:
            return Outcome()
        }
    }

    func agreeCommand(yes: Bool, reason: String, pending: Pending, state: SessionState) -> Outcome {
        switch pending {
        case .agreement(let id, let role):
            return Outcome(events: [yes ? .agreed(item: id, by: role) : .declined(item: id, by: role, reason: reason)])
        case .answer where state.step?.capture == .agreement:
            return answerStep(yes ? "yes" : "no \(reason)", role: pending.role ?? state.speaker, step: state.step!, state: state)
        default:
            return Outcome(messages: ["There is nothing on the table to agree to right now."])
        }
    }

    func park(_ text: String, role: Role, pending: Pending, state: SessionState) -> Outcome {
        if !text.isEmpty { return Outcome(events: [.parked(item: nil, by: role, text: text)]) }
        switch pending {
        case .agreement(let id, _), .field(let id, _, _):
            return Outcome(events: [.parked(item: id, by: role, text: "parked by \(state.participants.name(role))")])
        default:
            return Outcome(messages: ["What should go in the parking lot? /park TEXT"])
        }
    }

    /// `/edit N TEXT` or `/edit N FIELD VALUE`: change item N (numbered as in `/status`). The
    /// editor agrees to the new version; the other lead is asked again.
    func edit(_ arg: String, role: Role, state: SessionState) -> Outcome {
        let example = "e.g. `/edit 2 target 30%` or `/edit 2 Raise win rate from 21% to 25% by 2027-06-30, owner both`"
        let numbered = state.numberedItems
        let words = arg.split(separator: " ", maxSplits: 1).map(String.init)
        guard state.step != nil else { return Outcome(messages: ["This session is complete; items can be edited while it runs."]) }
        guard let first = words.first, let n = Int(first.trimming(charactersIn: "#.")) else {
            return Outcome(messages: ["Which item? /status numbers them — \(example)."])
        }
        guard (1...max(1, numbered.count)).contains(n), n <= numbered.count else {
            return Outcome(messages: [
                "There is no item \(n) — /status lists \(numbered.count). \(example.prefix(1).uppercased() + example.dropFirst())."
            ])
        }
        let item = numbered[n - 1]
        guard !item.parked else { return Outcome(messages: ["#\(n) is in the parking lot; /park items stay there until a later session."]) }
        let rest = words.count > 1 ? words[1].trimmingWhitespaceSet() : ""
        guard !rest.isEmpty else {
            return Outcome(messages: [
                "#\(n) is “\(Facilitator(participants: state.participants).describe(item))”. Type the new version or one field — \(example)."
            ])
        }
        let kind = item.kind.kind
        var fields = item.fields
        var text = item.text
        let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
        let key = parts[0].lowercased().trimming(charactersIn: ":")
        if kind.requiredFields.contains(key) || key == "text" {
            let value = parts.count > 1 ? parts[1].trimmingWhitespaceSet() : ""
            if key == "text" {
                guard !value.isEmpty else { return Outcome(messages: ["The new text, please — \(example)."]) }
                text = value
            } else {
                switch kind.validate(field: key, answer: value, item: item, role: role, state: state) {
                case .success(let values):
                    fields.merge(values) { _, new in new }
                    // The statement follows the change: "21% → 25%" becomes "21% → 27%"; a changed
                    // owner or date drops the ", owner …" / ", by …" part it contradicts.
                    for (k, v) in values where k != "owner" {
                        if let old = item.fields[k], !old.isEmpty, old != v, text.contains(old) {
                            text = text.replacingText(old, with: v)
                        }
                    }
                    if values["owner"] != nil || values["due"] != nil || values["date"] != nil { text = FieldParser.stripKeyed(text) }
                case .failure(let problem): return Outcome(messages: ["#\(n) \(key): \(problem.message)"])
                }
            }
        } else {
            text = rest
            fields.merge(kind.fields(fromLine: rest, state: state)) { _, new in new }
        }
        guard text != item.text || fields != item.fields else { return Outcome(messages: ["#\(n) already says that."]) }
        var events: [Event] = [.itemEdited(item: item.id, text: text, fields: fields)]
        let step = item.step < state.playbook.steps.count ? state.playbook.steps[item.step] : nil
        if !state.solo, (step?.agree ?? false) || kind.alwaysAgreed { events.append(.agreed(item: item.id, by: role)) }
        return Outcome(events: events)
    }
}
