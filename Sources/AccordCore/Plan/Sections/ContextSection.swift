/// Facts and context (`plan: context` steps).
public enum ContextSection: PlanEntrySection {
    public static let key = "context"
    public static let title = "Facts and context"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "context")
    public static let summary = "Facts and background (steps with plan: context)."
}

extension Plan {
    /// Facts and context: entries from `plan: context` steps.
    public var context: [PlanEntry] { sections[ContextSection.self] }
}
