/// A session type: what the facilitator says and what each step captures.
///
/// Playbooks live as Markdown files in `prompts/` (see `prompts/README.md`); `PlaybookParser` turns
/// one into this value. The value is also what a transcript keeps, so a session can resume with the
/// steps it started with even if the file has changed since.
public struct Playbook: Sendable, Equatable, Codable {
    /// Short id used on the command line (`accord start goals`).
    public var id: String
    /// Human title ("Co-create shared goals").
    public var title: String
    /// One paragraph: why this session exists.
    public var purpose: String
    /// Steps in order.
    public var steps: [Step]
    /// Where it came from: a file path, or `built-in:goals.md`.
    public var source: String
    /// Hex digest of the source text (FNV-1a 64), recorded in transcripts.
    public var contentHash: String
    /// Whether the session opens with the pair's open commitments ("Last time you agreed…").
    public var recap: Bool

    public init(
        id: String, title: String, purpose: String, steps: [Step], source: String = "", contentHash: String = "",
        recap: Bool = false
    ) {
        self.id = id
        self.title = title
        self.purpose = purpose
        self.steps = steps
        self.source = source
        self.contentHash = contentHash
        self.recap = recap
    }

    private enum CodingKeys: String, CodingKey { case id, title, purpose, steps, source, contentHash, recap }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        purpose = try c.decode(String.self, forKey: .purpose)
        steps = try c.decode([Step].self, forKey: .steps)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        contentHash = try c.decodeIfPresent(String.self, forKey: .contentHash) ?? ""
        recap = try c.decodeIfPresent(Bool.self, forKey: .recap) ?? false
    }
}

extension Playbook {
    /// Whether a session opens with the pair's open commitments: asked for with `recap: yes`, or
    /// needed because a step walks them.
    public var opensWithRecap: Bool { recap || steps.contains { $0.capture == .commitments } }
}

/// One step of a playbook.
public struct Step: Sendable, Equatable, Codable {
    /// Step title ("Merge into joint goals").
    public var title: String
    /// The facilitator's words. May name `{sales}` and `{marketing}`.
    public var prompt: String
    /// Who answers.
    public var who: Answerer
    /// What the step captures.
    public var capture: Capture
    /// Whether every item captured here must be agreed by both leads.
    public var agree: Bool
    /// Whether the blame-free coach checks answers in this step.
    public var coach: Bool
    /// For `raci` steps: the activities to assign, one row each.
    public var activities: [String]
    /// Line of the step heading in its file (for error messages).
    public var line: Int
    /// Something the engine shows before the prompt (`.plan`: the latest agreed plan's summary).
    public var show: StepShow?
    /// Which section of the agreed plan this step's answers and items feed (`PlanStepKey.all`, declared
    /// by the sections in `PlanSectionRegistry`). Nil: goals, actions and R/A/C/I rows still reach the
    /// plan by their capture; other answers stay in the transcript only.
    public var plan: PlanStepKey?
    /// For `record` steps: the fields each record has, in the order they are asked for.
    public var fields: [RecordField]
    /// Titles of earlier steps whose items this step builds on (`proposals:`): they are shown
    /// numbered when the step opens, and "2", "adopt 2 and 5", "2 but owner both" adopt them.
    public var proposals: [String]

    public init(
        title: String, prompt: String, who: Answerer = .each, capture: Capture = .text,
        agree: Bool = false, coach: Bool = false, activities: [String] = [], line: Int = 0,
        show: StepShow? = nil, plan: PlanStepKey? = nil, fields: [RecordField] = [], proposals: [String] = []
    ) {
        self.title = title
        self.prompt = prompt
        self.who = who
        self.capture = capture
        self.agree = agree
        self.coach = coach
        self.activities = activities
        self.line = line
        self.show = show
        self.plan = plan
        self.fields = fields
        self.proposals = proposals
    }

    private enum CodingKeys: String, CodingKey {
        case title, prompt, who, capture, agree, coach, activities, line, show, plan, fields, proposals
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        prompt = try c.decode(String.self, forKey: .prompt)
        who = try c.decode(Answerer.self, forKey: .who)
        capture = try c.decode(Capture.self, forKey: .capture)
        agree = try c.decode(Bool.self, forKey: .agree)
        coach = try c.decode(Bool.self, forKey: .coach)
        activities = try c.decode([String].self, forKey: .activities)
        line = try c.decode(Int.self, forKey: .line)
        show = try c.decodeIfPresent(StepShow.self, forKey: .show)
        plan = try c.decodeIfPresent(PlanStepKey.self, forKey: .plan)
        fields = try c.decodeIfPresent([RecordField].self, forKey: .fields) ?? []
        proposals = try c.decodeIfPresent([String].self, forKey: .proposals) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(prompt, forKey: .prompt)
        try c.encode(who, forKey: .who)
        try c.encode(capture, forKey: .capture)
        try c.encode(agree, forKey: .agree)
        try c.encode(coach, forKey: .coach)
        try c.encode(activities, forKey: .activities)
        try c.encode(line, forKey: .line)
        try c.encodeIfPresent(show, forKey: .show)
        try c.encodeIfPresent(plan, forKey: .plan)
        // Only record steps carry fields, so transcripts of other playbooks are unchanged.
        if !fields.isEmpty { try c.encode(fields, forKey: .fields) }
        if !proposals.isEmpty { try c.encode(proposals, forKey: .proposals) }  // omitted when empty: older files stay byte-identical
    }
}

/// Who answers a step.
public enum Answerer: String, Sendable, Equatable, Codable, CaseIterable {
    /// Only the sales lead.
    case sales
    /// Only the marketing lead.
    case marketing
    /// Each lead in turn, sales first (either may take the keyboard with `/as`).
    case each
    /// One answer from whichever lead has the keyboard.
    case either
}

/// What a step captures.
public enum Capture: String, Sendable, Equatable, Codable, CaseIterable {
    /// One free-text answer per speaker.
    case text
    /// A list of items, one per line; an empty line (or `/next`) ends the speaker's list.
    case list
    /// Goals: metric, baseline, target, date and owner each, chased until complete.
    case goal
    /// Actions / commitments: text, owner and due date, chased until complete.
    case action
    /// One R/A/C/I row per activity, exactly one Accountable.
    case raci
    /// A yes/no agreement from both leads.
    case agreement
    /// Walk the pair's open commitments (review playbook).
    case commitments
    /// Structured records whose fields the step declares (`fields:`), the required ones chased.
    case record
}
