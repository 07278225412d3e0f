/// Who presents which part of the story to leadership (`plan: presenters`, the prep playbook):
/// lines such as "Lee: goals, roles and the hand-off". The deck and the brief read them through
/// `PlanPresentation`; parts nobody took alternate between the two leads.
public enum PresentersSection: PlanEntrySection {
    public static let key = "presenters"
    public static let title = "Who presents what"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "presenters")
    public static let summary = "Who presents which part of the story, as the leads wrote it (plan: presenters)."

    /// "The story: why, what, our ask — Dana (Sales), as agreed in prep" or "…, taking turns".
    static func turns(_ plan: Plan) -> [String] {
        PlanPresentation(plan).turns.map {
            "\($0.slide.title) — \(PlanPresentation.name($0.presenter, plan)) (\($0.presenter.label))"
                + ($0.assigned ? "" : ", taking turns")
        }
    }

    public static func markdown(_ content: [PlanEntry], in plan: Plan) -> [String] {
        turns(plan).map { "- \(PlanMarkdown.esc($0))" } + ["", "As written:"] + PlanEntryRendering.markdown(content)
    }

    public static func html(_ content: [PlanEntry], in plan: Plan) -> [String] {
        ["<ol>"] + turns(plan).map { "<li>\(PlanHTML.esc($0))</li>" } + ["</ol>", "<h3>As written</h3>"] + PlanEntryRendering.html(content)
    }
}

extension Plan {
    /// Who presents which part, as written in the prep session.
    public var presenters: [PlanEntry] { sections[PresentersSection.self] }
}
