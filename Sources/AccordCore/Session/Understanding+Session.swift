/// The engine's side of the parsers in `Understanding/`: the context a session gives them (its
/// today, its people, who is typing) and how their results become stored fields and words.
extension SessionState {
    /// The day the session takes as today: its latest `.today` event, else the day it started.
    public var day: Day {
        today.flatMap(Day.init(iso:)) ?? Day(iso: String(startedAt.prefix(10))) ?? Day(year: 2026, month: 1, day: 1)!
    }

    /// What the parsers need for a line typed by `speaker`.
    public func understanding(_ speaker: Role?) -> UnderstandingContext {
        UnderstandingContext(today: day, participants: participants, speaker: speaker)
    }

    /// The third party the previous answer named (and the facilitator asked to confirm), when
    /// `text` confirms it: "yes", or the same name again.
    func confirmedThirdParty(_ text: String) -> ParticipantRef? {
        guard let previous = answers.last?.text else { return nil }
        let context = understanding(answers.last?.speaker)
        let questions = [
            PeopleResolver.resolve(previous, context: context).questionChoices,
            GoalParser.parse(previous, context: context).ownerQuestion?.choices,
            ActionParser.parse(previous, context: context).ownerQuestion?.choices,
        ]
        guard let ref = questions.lazy.compactMap({ $0 }).first(where: { $0.count == 1 && $0[0].needsConfirmation })?.first,
            case .other(let name) = ref
        else { return nil }
        let fold = { (s: String) in Token.fold(s).trimmed(" .,;:!?") }
        return Reply.yesNo(text)?.yes == true || fold(text) == fold(name) ? ref : nil
    }
}

extension Parsed {
    /// The readings a question offers (nil unless it is a question).
    var questionChoices: [Value]? {
        if case .ask(let q) = self { return q.choices }
        return nil
    }
}

/// Whether a statement already says a date, as written ("by 30 June" for 2027-06-30), so a
/// description does not repeat it.
func statesDate(_ text: String, _ iso: String) -> Bool {
    if FieldParser.mentionsDate(text, iso) { return true }
    guard let day = Day(iso: iso), let found = DateParser.find(in: text, today: day)?.value else { return false }
    return found.day == day
}

extension Participants {
    /// The canonical name of a stored owner ("@sales", "@both", an old display string such as
    /// "tomas" or "Dana & Lee", or a third party's name), for display, grouping and filtering.
    public func ownerName(stored text: String) -> String {
        ParticipantRef(stored: text, participants: self).displayName(self)
    }

    /// The lead a stored owner points at (nil for both or a third party).
    public func ownerRole(stored text: String) -> Role? {
        ParticipantRef(stored: text, participants: self).role
    }
}

/// How a `Parsed` that did not understand becomes what the facilitator says.
extension Parsed {
    /// The question or refusal as a field problem (nil when understood).
    var problem: FieldProblem? { message.map { FieldProblem(message: $0) } }
}

extension DateFound {
    /// A found date for a day already stored as `YYYY-MM-DD` (so replies can be merged).
    static func stored(_ iso: String?, today: Day) -> DateFound? {
        guard let iso, let day = Day(iso: iso) else { return nil }
        return DateFound(
            day: day, isPast: day < today, range: iso.startIndex..<iso.endIndex, phraseRange: iso.startIndex..<iso.endIndex, text: iso)
    }
}

/// Dates said in a chased answer or a line: understood, asked about, or questioned when past.
enum DateAnswer {
    /// The facilitator's question for a date before today, with the weekday echo.
    static func pastQuestion(_ found: DateFound, today: Day) -> String {
        "“\(found.text)” \(found.echo) is before today (\(today.spoken)) — which date do you mean? e.g. `\(Day.monthNames[found.day.month - 1].prefix(3)) \(found.day.day) \(today.year + (found.day.month < today.month ? 1 : 0))`"
    }
}
