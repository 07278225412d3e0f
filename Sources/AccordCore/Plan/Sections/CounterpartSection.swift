/// Questions to take to the counterpart: those noted in `plan: counterpart` steps, then every
/// item not yet agreed by both, as "Would you agree to …?". Built after the sections it asks about.
public enum CounterpartSection: PlanSection {
    public static let key = "counterpartQuestions"
    public static let title = "Questions to take to your counterpart"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "counterpart")
    public static let empty: [String] = []
    public static func isEmpty(_ content: [String]) -> Bool { content.isEmpty }

    public static func build(_ input: PlanInput) -> [String] {
        let plan = input.plan
        var out = input.entries(stepKey!).map(\.text)
        func pending(_ s: ItemStatus?) -> Bool { s == .draft || s == .proposed }
        func ask(_ text: String) { out.append("Would you agree to “\(text)”?") }
        for g in plan.goals where pending(g.status) { ask(PlanText.goal(g)) }
        for r in plan.roles where pending(r.status) { ask(PlanText.role(r)) }
        for e in plan.handoff + plan.scorekeeping where pending(e.status) { ask(e.text) }
        for c in plan.commitments where c.kind == .action && pending(c.status) { ask(PlanText.commitment(c)) }
        return out
    }

    public static func markdown(_ content: [String], in plan: Plan) -> [String] { content.map { "- \(PlanMarkdown.esc($0))" } }
    public static func html(_ content: [String], in plan: Plan) -> [String] {
        ["<ul>"] + content.map { "<li>\(PlanHTML.esc($0))</li>" } + ["</ul>"]
    }
    public static func preview(_ content: [String], in plan: Plan) -> [ChatLine] { content.prefix(6).map { ChatLine(.info, "  ? \($0)") } }

    public static let schema: JSONValue = [
        "type": "array", "items": ["type": "string"],
        "description":
            "Questions to take to the counterpart: those noted in a plan: counterpart step, then every item not yet agreed by both, as \"Would you agree to …?\".",
    ]
}

extension Plan {
    /// Questions to take to the counterpart: their own, plus every draft item as "Would you agree to …?".
    public var counterpartQuestions: [String] { sections[CounterpartSection.self] }
}
