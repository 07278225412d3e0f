/// What a parser made of what someone typed: understood, a question back (ambiguous), or a refusal.
/// Questions and refusals always say what was understood and give one example that would work.
public enum Parsed<Value: Sendable & Equatable>: Sendable, Equatable {
    /// Understood as this value.
    case understood(Value)
    /// Could mean more than one thing (or needs one confirmation): ask, offering the readings.
    case ask(Question<Value>)
    /// Does not fit: say why, what was understood, and one example.
    case refused(Refusal)

    /// The value when understood.
    public var value: Value? {
        if case .understood(let v) = self { return v }
        return nil
    }

    /// The same result with the understood value (and every reading of a question) transformed.
    public func map<T>(_ transform: (Value) -> T) -> Parsed<T> {
        switch self {
        case .understood(let v): return .understood(transform(v))
        case .ask(let q): return .ask(Question(message: q.message, choices: q.choices.map(transform)))
        case .refused(let r): return .refused(r)
        }
    }

    /// What the facilitator says back for a question or a refusal (nil when understood).
    public var message: String? {
        switch self {
        case .understood: return nil
        case .ask(let q): return q.message
        case .refused(let r): return r.message
        }
    }
}

/// A question back to the person: the readings to choose from (or the one to confirm).
public struct Question<Value: Sendable & Equatable>: Sendable, Equatable {
    /// What the facilitator asks, e.g. "03/04 — 3 April or 4 March? e.g. `3 April`".
    public var message: String
    /// The possible readings, in the order the message names them.
    public var choices: [Value]

    /// A question offering `choices`.
    public init(message: String, choices: [Value]) {
        self.message = message
        self.choices = choices
    }
}

/// Why an answer was not taken: what was understood and one example that would work.
public struct Refusal: Sendable, Equatable, Error {
    /// The whole sentence the facilitator says.
    public var message: String
    /// The one example that would work (also inside `message`).
    public var example: String

    /// A refusal; `message` should already contain `example`.
    public init(message: String, example: String) {
        self.message = message
        self.example = example
    }

    /// "\(lead) e.g. `\(example)`".
    public init(_ lead: String, example: String) {
        self.message = "\(lead) e.g. `\(example)`"
        self.example = example
    }
}

/// Everything a parser needs besides the text: the calendar day that counts as today, the
/// people in the room, and who is speaking (for "me", "I'll", "you").
public struct UnderstandingContext: Sendable, Equatable {
    /// The day relative dates are resolved against (never the clock).
    public var today: Day
    /// The session's participants.
    public var participants: Participants
    /// Who is typing, when known.
    public var speaker: Role?

    /// A context for `participants`, speaking as `speaker`, on `today`.
    public init(today: Day, participants: Participants, speaker: Role? = nil) {
        self.today = today
        self.participants = participants
        self.speaker = speaker
    }
}
