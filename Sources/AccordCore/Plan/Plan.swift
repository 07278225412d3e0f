/// The plan two leads present upward: what both agreed across one or more sessions, with open
/// disagreements kept visible in their own section and a clear co-created / draft status.
///
/// Built by `PlanBuilder.build(sessions:generated:)`; rendered by `PlanMarkdown`, `PlanHTML` and
/// `PlanJSON` (schema: `docs/plan.schema.json`, described in `docs/plan.md`).
public struct Plan: Sendable, Equatable, Codable {
    /// JSON Schema id of this format.
    public static let schemaID = "https://accord.local/schemas/plan-v1.json"

    /// Always `Plan.schemaID`.
    public var schema: String = Plan.schemaID
    /// Format version (1).
    public var version: Int = 1
    /// Session titles joined, or "Sales & Marketing plan: Dana & Lee".
    public var title: String
    /// The day the plan was generated (YYYY-MM-DD, UTC).
    public var date: String
    /// When the plan was generated (ISO 8601 UTC).
    public var generated: String
    /// The two leads (and who prepared it, for a solo draft).
    public var leads: PlanLeads
    /// Co-created, or a draft not yet co-created.
    public var status: PlanStatus
    /// Why the plan is a draft (nil when co-created).
    public var draftReason: String?
    /// One generated sentence: goals, roles, commitments, open disagreements.
    public var summary: String
    /// The sessions the plan draws on, oldest first.
    public var sessions: [PlanSession]
    /// The sections, built and rendered in `PlanSectionRegistry.all` order. Each section adds a
    /// typed accessor in its own file (`plan.goals`, `plan.handoff`…); `plan.sections[S.self]` reads any.
    public var sections: PlanSectionValues
    /// One sign-off line per lead.
    public var signOff: [PlanSignature]

    /// Whether the plan is a draft.
    public var isDraft: Bool { status == .draft }

    /// A plan with its core fields; sections are filled in by `PlanBuilder`.
    public init(
        title: String, date: String, generated: String, leads: PlanLeads, status: PlanStatus, draftReason: String?,
        summary: String, sessions: [PlanSession], sections: PlanSectionValues = PlanSectionValues(), signOff: [PlanSignature]
    ) {
        self.title = title
        self.date = date
        self.generated = generated
        self.leads = leads
        self.status = status
        self.draftReason = draftReason
        self.summary = summary
        self.sessions = sessions
        self.sections = sections
        self.signOff = signOff
    }

    private enum CoreKey: String, CaseIterable {
        case schema, version, title, date, generated, leads, status, draftReason, summary, sessions, signOff
    }

    /// Encodes the core fields and every registered section under its key.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: PlanCodingKey.self)
        try c.encode(schema, forKey: PlanCodingKey(CoreKey.schema.rawValue))
        try c.encode(version, forKey: PlanCodingKey(CoreKey.version.rawValue))
        try c.encode(title, forKey: PlanCodingKey(CoreKey.title.rawValue))
        try c.encode(date, forKey: PlanCodingKey(CoreKey.date.rawValue))
        try c.encode(generated, forKey: PlanCodingKey(CoreKey.generated.rawValue))
        try c.encode(leads, forKey: PlanCodingKey(CoreKey.leads.rawValue))
        try c.encode(status, forKey: PlanCodingKey(CoreKey.status.rawValue))
        try c.encodeIfPresent(draftReason, forKey: PlanCodingKey(CoreKey.draftReason.rawValue))
        try c.encode(summary, forKey: PlanCodingKey(CoreKey.summary.rawValue))
        try c.encode(sessions, forKey: PlanCodingKey(CoreKey.sessions.rawValue))
        try c.encode(signOff, forKey: PlanCodingKey(CoreKey.signOff.rawValue))
        for section in PlanSectionRegistry.all { try section.encode(sections, into: &c) }
    }

    /// Decodes a plan; a section missing from the JSON is empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: PlanCodingKey.self)
        func key(_ k: CoreKey) -> PlanCodingKey { PlanCodingKey(k.rawValue) }
        schema = try c.decode(String.self, forKey: key(.schema))
        version = try c.decode(Int.self, forKey: key(.version))
        title = try c.decode(String.self, forKey: key(.title))
        date = try c.decode(String.self, forKey: key(.date))
        generated = try c.decode(String.self, forKey: key(.generated))
        leads = try c.decode(PlanLeads.self, forKey: key(.leads))
        status = try c.decode(PlanStatus.self, forKey: key(.status))
        draftReason = try c.decodeIfPresent(String.self, forKey: key(.draftReason))
        summary = try c.decode(String.self, forKey: key(.summary))
        sessions = try c.decode([PlanSession].self, forKey: key(.sessions))
        signOff = try c.decode([PlanSignature].self, forKey: key(.signOff))
        sections = PlanSectionValues()
        for section in PlanSectionRegistry.all { try section.decode(from: c, into: &sections) }
    }
}

/// A JSON key of the plan (core fields and section keys).
public struct PlanCodingKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ s: String) { stringValue = s }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// Co-created by both leads, or a draft.
public enum PlanStatus: String, Sendable, Equatable, Codable {
    /// Both leads agreed what it contains.
    case coCreated = "co-created"
    /// Not yet co-created: a solo session, or nothing agreed by both.
    case draft
}

/// The leads behind the plan.
public struct PlanLeads: Sendable, Equatable, Codable {
    /// The sales lead's name (nil when unknown: a solo draft).
    public var sales: String?
    /// The marketing lead's name (nil when unknown).
    public var marketing: String?
    /// Who prepared a solo draft.
    public var preparedBy: String?

    /// "Dana (Sales) & Lee (Marketing)", or the solo author.
    public var display: String {
        let names = [sales.map { "\($0) (Sales)" }, marketing.map { "\($0) (Marketing)" }].compactMap { $0 }
        if names.isEmpty { return preparedBy.map { "\($0) (solo prep)" } ?? "" }
        return names.joined(separator: " & ")
    }
}

/// A session the plan draws on.
public struct PlanSession: Sendable, Equatable, Codable {
    public var id: String
    /// Playbook id (`goals`, `roles`…).
    public var playbook: String
    /// Playbook title.
    public var playbookTitle: String
    /// Session title, if given.
    public var title: String?
    /// Start time (ISO 8601).
    public var started: String
    /// Whether the last step is done.
    public var completed: Bool
    /// Whether one person answered for both sides.
    public var solo: Bool
}

/// A statement or list item in a plan section.
public struct PlanEntry: Sendable, Equatable, Codable {
    /// The words as typed.
    public var text: String
    /// Who said it (name), if one person.
    public var by: String?
    /// The speaker's side.
    public var role: Role?
    /// The step it came from ("What went well").
    public var topic: String
    /// `agreed`, `proposed`, `draft`; nil for a free-text answer (a statement, not a proposal).
    public var status: ItemStatus?
    /// Source session id.
    public var session: String
}

/// A joint goal.
public struct PlanGoal: Sendable, Equatable, Codable {
    /// `<sessionId>/<itemId>`.
    public var ref: String
    /// The goal as typed.
    public var text: String
    public var metric: String?
    public var baseline: String?
    public var target: String?
    /// Target date (YYYY-MM-DD).
    public var date: String?
    /// Owner(s) as given ("Dana & Lee").
    public var owner: String?
    /// Who proposed it (name) and their side.
    public var proposedBy: String
    public var proposedByRole: Role
    /// `agreed` (by both), `proposed` or `draft`.
    public var status: ItemStatus
    /// Source session id.
    public var session: String
}

/// One row of the R/A/C/I matrix.
public struct PlanRole: Sendable, Equatable, Codable {
    public var activity: String
    /// Sales's letters in R-A-C-I order ("RA"); empty for none.
    public var sales: String
    /// Marketing's letters.
    public var marketing: String
    public var status: ItemStatus
    public var session: String
}

/// A commitment: an action or a goal, with owner, due date and where it stands.
public struct PlanCommitment: Sendable, Equatable, Codable {
    /// `<sessionId>/<itemId>`.
    public var ref: String
    /// Action or goal.
    public var kind: CommitmentKind
    public var text: String
    public var owner: String?
    /// Due date (YYYY-MM-DD); a later review's new date when it slipped.
    public var due: String?
    /// Open, or what the latest later review said (in progress, done, slipped, carried, dropped).
    public var progress: CommitmentProgress
    /// Still open and past its due date on the plan's date.
    public var overdue: Bool
    /// The latest review note, if any.
    public var note: String?
    /// Agreement status of the item itself.
    public var status: ItemStatus
    public var session: String
}

/// An open disagreement: a parked item or topic, never dropped.
public struct PlanDisagreement: Sendable, Equatable, Codable {
    /// A declined or parked proposal, or a parked topic.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A proposal declined or parked.
        case item
        /// A free-standing topic parked with `/park TEXT`.
        case topic
    }

    /// `item` (a declined or parked proposal) or `topic` (`/park TEXT`).
    public var kind: Kind
    /// The item or topic.
    public var text: String
    /// Who proposed the item, or raised the topic.
    public var raisedBy: String?
    /// Who declined it.
    public var declinedBy: String?
    /// Why, in their words.
    public var reason: String?
    /// The step it came from.
    public var topic: String
    public var session: String
}

/// A sign-off line.
public struct PlanSignature: Sendable, Equatable, Codable {
    public var role: Role
    /// The lead's name; empty when not yet known (solo draft).
    public var name: String
}
