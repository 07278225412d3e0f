/// What we learned (`plan: learnings` steps).
public enum LearningsSection: PlanEntrySection {
    public static let key = "learnings"
    public static let title = "What we learned"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "learnings")
    public static let summary = "Retrospective learnings: what went well, what I contributed, what I will do differently (plan: learnings)."
}

extension Plan {
    /// What we learned: entries from `plan: learnings` steps.
    public var learnings: [PlanEntry] { sections[LearningsSection.self] }
}
