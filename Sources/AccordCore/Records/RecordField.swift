/// One field of a structured record, declared in a playbook step (`capture: record` + `fields:`).
///
/// ```
/// fields:
/// - deal: text, required, e.g. Northwind renewal
/// - segment: choice (enterprise | mid-market | smb), required, e.g. mid-market
/// - size: money, required, e.g. €120k
/// ```
public struct RecordField: Sendable, Equatable, Codable {
    /// The field's name as declared ("decision criteria"); also its key in `Item.fields` and in JSON.
    public var name: String
    /// What values it takes.
    public var type: RecordFieldType
    /// Whether the facilitator chases it until it is given.
    public var required: Bool
    /// An example value, shown when the facilitator asks for the field.
    public var example: String?
    /// Whether the value is someone else's words, quoted (declared `quote`: the buyer's words in a
    /// win/loss record). The blame-free coach does not read a quote: a customer's "your onboarding
    /// plan had no dates" is information about the company, not one lead judging the other.
    public var quote: Bool

    public init(name: String, type: RecordFieldType, required: Bool, example: String? = nil, quote: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
        self.example = example
        self.quote = quote
    }

    private enum CodingKeys: String, CodingKey { case name, type, choices, required, example, quote }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        let kind = try c.decode(RecordFieldKind.self, forKey: .type)
        type = RecordFieldType(kind: kind, choices: try c.decodeIfPresent([String].self, forKey: .choices) ?? [])
        required = try c.decode(Bool.self, forKey: .required)
        example = try c.decodeIfPresent(String.self, forKey: .example)
        quote = try c.decodeIfPresent(Bool.self, forKey: .quote) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(type.kind, forKey: .type)
        if case .choice(let values) = type { try c.encode(values, forKey: .choices) }
        try c.encode(required, forKey: .required)
        try c.encodeIfPresent(example, forKey: .example)
        // Only a quoted field carries the key, so transcripts written before it are unchanged.
        if quote { try c.encode(true, forKey: .quote) }
    }
}

/// The type of a record field: what the facilitator accepts and how it is normalised.
public enum RecordFieldType: Sendable, Equatable, Hashable {
    /// Free text ("Northwind renewal").
    case text
    /// A count or other plain number ("1,240", "1.2k" → "1240").
    case number
    /// A percentage ("18%", "18 percent" → "18%").
    case percent
    /// An amount of money ("€120k" → "€120,000").
    case money
    /// A day ("2026-10-14", "14 Oct 2026", "end of Q3 2026" → YYYY-MM-DD).
    case date
    /// A person: one of the leads (by name or side), both, or another name.
    case person
    /// One of the listed values (matched case-insensitively; stored as declared).
    case choice([String])
    /// Several short items, separated by `;` or `,` (stored joined by "; ").
    case list

    /// The type without its choices.
    public var kind: RecordFieldKind {
        switch self {
        case .text: .text
        case .number: .number
        case .percent: .percent
        case .money: .money
        case .date: .date
        case .person: .person
        case .choice: .choice
        case .list: .list
        }
    }

    /// The type of `kind` (`choices` only matter for `.choice`).
    public init(kind: RecordFieldKind, choices: [String] = []) {
        switch kind {
        case .text: self = .text
        case .number: self = .number
        case .percent: self = .percent
        case .money: self = .money
        case .date: self = .date
        case .person: self = .person
        case .choice: self = .choice(choices)
        case .list: self = .list
        }
    }

    /// The listed values of a choice, else empty.
    public var choices: [String] {
        if case .choice(let values) = self { return values }
        return []
    }
}

/// The closed set of field type names a playbook may declare.
public enum RecordFieldKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case text, number, percent, money, date, person, choice, list
}

extension Capture {
    /// Whether steps of this capture hold structured records declared with `fields:`.
    public var isRecord: Bool { self == .record }
}
