/// One section of the plan, in one room: its title, how it is built from sessions, and how it
/// renders in Markdown, HTML, JSON (its schema) and the in-session `/plan` preview.
///
/// To add a section: write one file with a type conforming to `PlanSection` (or `PlanEntrySection`
/// for a list of statements fed by a `plan:` step key), and add it to `PlanSectionRegistry.all`.
/// Renderers, the preview, the JSON encoding, the generated schema (`docs/plan.schema.json`) and
/// the playbook parser's `plan:` values all read the registry. See docs/plan.md, "Adding a plan section".
public protocol PlanSection: Sendable {
    /// What the section holds: Codable, because it is the section's JSON value.
    associatedtype Content: Sendable, Equatable, Codable

    /// The section's JSON key and HTML id (stable: part of the JSON format).
    static var key: String { get }
    /// The heading, the same in every format (Markdown, HTML, preview, slides).
    static var title: String { get }
    /// The `plan:` step key that feeds this section, or nil when steps cannot name it.
    static var stepKey: PlanStepKey? { get }
    /// The value of a plan without this section's data (also used when decoding old JSON).
    static var empty: Content { get }

    /// Builds the section. Sections are built in registry order, so `input.plan` already holds
    /// every section listed before this one.
    static func build(_ input: PlanInput) -> Content
    /// Whether renderers skip the section (an empty section shows no heading).
    static func isEmpty(_ content: Content) -> Bool

    /// Markdown body lines (the `## title` heading is written by `PlanMarkdown`).
    static func markdown(_ content: Content, in plan: Plan) -> [String]
    /// HTML body lines (the `<section>` and `<h2>` are written by `PlanHTML`). Escape user text with `PlanHTML.esc`.
    static func html(_ content: Content, in plan: Plan) -> [String]
    /// Preview lines under the `title:` line of `/plan`.
    static func preview(_ content: Content, in plan: Plan) -> [ChatLine]
    /// The JSON Schema of `Content` (draft 2020-12), with `description`.
    static var schema: JSONValue { get }
    /// Named schemas this section's schema refers to as `#/$defs/NAME`.
    static var schemaDefs: [(String, JSONValue)] { get }
    /// The section's slide in the deck (`--format slides`), or nil for none. Slides follow the
    /// story in registry order, before the closing ask.
    static func slide(_ content: Content, in plan: Plan) -> PlanSlide?
    /// The section's rows in `--format csv` (one per agreed item); none by default.
    static func csvRows(_ content: Content, in plan: Plan) -> [PlanCSVRow]
}

extension PlanSection {
    /// Not fed by steps unless declared.
    public static var stepKey: PlanStepKey? { nil }
    /// No shared schemas unless declared.
    public static var schemaDefs: [(String, JSONValue)] { [] }
    /// No slide unless declared.
    public static func slide(_ content: Content, in plan: Plan) -> PlanSlide? { nil }
    /// No CSV rows unless declared.
    public static func csvRows(_ content: Content, in plan: Plan) -> [PlanCSVRow] { [] }
}

/// The value of a step's `plan:` key: names a registered section that steps may feed. Only keys
/// declared by a section in `PlanSectionRegistry.all` can be made from text.
public struct PlanStepKey: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The word in the playbook (`handoff`).
    public let rawValue: String

    /// The key named `rawValue` (case-insensitive), or nil when no registered section declares it.
    public init?(rawValue: String) {
        let word = rawValue.lowercased()
        guard Self.all.contains(where: { $0.rawValue == word }) else { return nil }
        self.rawValue = word
    }

    /// Declares a key; only sections do this (`static let stepKey = PlanStepKey(declaring: "ask")`).
    public init(declaring word: String) { rawValue = word }

    /// Every key a playbook may use, in registry order.
    public static var all: [PlanStepKey] { PlanSectionRegistry.all.compactMap { $0.stepKey } }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        // Stored playbooks may name a section this build does not know: keep the word.
        rawValue = word.lowercased()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The built sections of one plan, by section key.
public struct PlanSectionValues: Sendable, Equatable {
    private var values: [String: any Sendable] = [:]
    private var equal: [String: @Sendable (any Sendable, any Sendable) -> Bool] = [:]

    /// An empty set of sections.
    public init() {}

    /// The section's content, or its `empty` value when not built.
    public subscript<S: PlanSection>(_ section: S.Type) -> S.Content {
        get { values[S.key] as? S.Content ?? S.empty }
        set {
            values[S.key] = newValue
            equal[S.key] = { ($0 as? S.Content) == ($1 as? S.Content) }
        }
    }

    public static func == (a: PlanSectionValues, b: PlanSectionValues) -> Bool {
        let keys = Set(a.values.keys).union(b.values.keys)
        for key in keys {
            guard let x = a.values[key], let y = b.values[key], let eq = a.equal[key] ?? b.equal[key], eq(x, y) else { return false }
        }
        return true
    }
}

/// What the builder, the renderers and the JSON coding call on a section of unknown type.
extension PlanSection {
    static func buildInto(_ input: inout PlanInput) { input.plan.sections[Self.self] = build(input) }

    static func encode(_ values: PlanSectionValues, into c: inout KeyedEncodingContainer<PlanCodingKey>) throws {
        try c.encode(values[Self.self], forKey: PlanCodingKey(key))
    }

    static func decode(from c: KeyedDecodingContainer<PlanCodingKey>, into values: inout PlanSectionValues) throws {
        values[Self.self] = try c.decodeIfPresent(Content.self, forKey: PlanCodingKey(key)) ?? empty
    }

    /// Whether the plan's value of this section is empty (renderers skip it).
    static func isEmpty(in plan: Plan) -> Bool { isEmpty(plan.sections[Self.self]) }
    /// Markdown body of the plan's value.
    static func markdownBody(_ plan: Plan) -> [String] { markdown(plan.sections[Self.self], in: plan) }
    /// HTML body of the plan's value.
    static func htmlBody(_ plan: Plan) -> [String] { html(plan.sections[Self.self], in: plan) }
    /// The slide of the plan's value, if any (never for an empty section).
    static func slideOf(_ plan: Plan) -> PlanSlide? { isEmpty(in: plan) ? nil : slide(plan.sections[Self.self], in: plan) }
    /// CSV rows of the plan's value.
    static func csvRowsOf(_ plan: Plan) -> [PlanCSVRow] { csvRows(plan.sections[Self.self], in: plan) }
    /// Preview lines of the plan's value.
    static func previewBody(_ plan: Plan) -> [ChatLine] { preview(plan.sections[Self.self], in: plan) }
}
