@testable import AccordCore

/// Every `Event` case by name, derived from an event by an exhaustive `switch`, and sampled by
/// another: adding a case to `Event` does not compile until it is named here, and naming it does not
/// compile until it has samples. `EventCodecPathsTests` sends every sample through every codec path.
enum EventCase: String, CaseIterable {
    case stepStarted, answer, itemProposed, fieldSet, agreed, declined, parked, refused, followUp, note
    case handover, turnEnded, skipped, undo, coachFlag, coachChoice, recap, commitmentUpdated, paused
    case resumed, completed, today, itemEdited

    /// The case of `event`; its raw value is the event's key in a transcript line.
    init(_ event: Event) {
        switch event {
        case .stepStarted: self = .stepStarted
        case .answer: self = .answer
        case .itemProposed: self = .itemProposed
        case .fieldSet: self = .fieldSet
        case .agreed: self = .agreed
        case .declined: self = .declined
        case .parked: self = .parked
        case .refused: self = .refused
        case .followUp: self = .followUp
        case .note: self = .note
        case .handover: self = .handover
        case .turnEnded: self = .turnEnded
        case .skipped: self = .skipped
        case .undo: self = .undo
        case .coachFlag: self = .coachFlag
        case .coachChoice: self = .coachChoice
        case .recap: self = .recap
        case .commitmentUpdated: self = .commitmentUpdated
        case .paused: self = .paused
        case .resumed: self = .resumed
        case .completed: self = .completed
        case .today: self = .today
        case .itemEdited: self = .itemEdited
        }
    }

    /// Texts that take every branch of a JSON string encoder: plain, escaped (quote, backslash,
    /// newline, tab, CR), control characters (ESC, U+0001, DEL), `/`, non-ASCII, U+2028, empty.
    static let texts = [
        "Win rate to 25%", "line one\nline two\t\"q\" \\ \r end", "\u{1b}[31mred\u{1b}[0m \u{01} \u{7f}",
        "a/b é 😀 \u{2028} \u{FFFD}", "",
    ]

    /// Samples of this case: every field set, optional fields absent and present, every value of
    /// every closed set, and the hard `texts`.
    var samples: [Event] {
        let t = Self.texts
        switch self {
        case .stepStarted: return [.stepStarted(index: 0), .stepStarted(index: 7)]
        case .answer: return Role.allCases.flatMap { r in t.map { .answer(speaker: r, text: $0) } }
        case .itemProposed:
            return Capture.allCases.map { .itemProposed(id: "g1", kind: $0, by: .sales, text: "Win rate", fields: [:]) }
                + t.map {
                    .itemProposed(
                        id: "a\($0.count)", kind: .action, by: .marketing, text: $0,
                        fields: ["owner": "Dana", "due": "2026-12-31", "note": $0, "z/\($0)": $0])
                }
        case .fieldSet: return t.map { .fieldSet(item: "g1", field: "target", value: $0) }
        case .agreed: return Role.allCases.map { .agreed(item: "g1", by: $0) }
        case .declined: return t.map { .declined(item: "g2", by: .marketing, reason: $0) }
        case .parked: return [.parked(item: nil, by: .sales, text: "Scoring")] + t.map { .parked(item: "g3", by: .marketing, text: $0) }
        case .refused: return t.map { .refused(speaker: .sales, message: $0) }
        case .followUp: return t.map { .followUp(speaker: .marketing, question: $0) }
        case .note: return t.map { .note(by: .sales, text: $0) }
        case .handover: return Role.allCases.map { .handover(to: $0) }
        case .turnEnded: return Role.allCases.map { .turnEnded(speaker: $0) }
        case .skipped: return [.skipped(index: 1)]
        case .undo: return [.undo]
        case .coachFlag: return t.map { .coachFlag(speaker: .sales, original: $0, reason: "blame", suggestion: "What could I do? \($0)") }
        case .coachChoice: return CoachChoice.allCases.map { .coachChoice(speaker: .marketing, choice: $0) }
        case .recap:
            return [.recap(commitments: [])]
                + [
                    .recap(
                        commitments: CommitmentStatus.allCases.map {
                            RecapItem(ref: "20261101-090000-abcdef/a1", text: t[1], owner: "Lee", due: "2026-12-01", status: $0)
                        })
                ]
        case .commitmentUpdated:
            return ReviewStatus.allCases.map { .commitmentUpdated(ref: "20261101-090000-abcdef/a1", status: $0, note: "", due: nil) }
                + t.map { .commitmentUpdated(ref: "x/a2", status: .slipped, note: $0, due: "2027-01-15") }
        case .paused: return t.map { .paused(reason: $0) }
        case .resumed: return [.resumed]
        case .completed: return [.completed]
        case .today: return [.today(date: "2026-11-30"), .today(date: "2027-02-28")]
        case .itemEdited:
            return [.itemEdited(item: "g1", text: "Win rate", fields: [:])]
                + t.map { .itemEdited(item: "g2", text: $0, fields: ["owner": "@both", "target": $0, "z/\($0)": $0]) }
        }
    }

    /// Every sample of every case, as records (large `seq` and `batch` values included).
    static var allRecords: [EventRecord] {
        allCases.flatMap(\.samples).enumerated().map { n, event in
            EventRecord(
                seq: n == 0 ? TranscriptFormat.largestNumber : n + 1, at: "2026-11-22T10:00:00Z", batch: n % 3 == 0 ? 0 : n, event: event)
        }
    }
}
