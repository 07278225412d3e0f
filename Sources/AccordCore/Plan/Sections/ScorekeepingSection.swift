/// How we keep score (`plan: scorekeeping` steps).
public enum ScorekeepingSection: PlanEntrySection {
    public static let key = "scorekeeping"
    public static let title = "How we keep score"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "scorekeeping")
    public static let summary = "How both leads keep score from the same numbers (plan: scorekeeping)."
}

extension Plan {
    /// How we keep score: entries from `plan: scorekeeping` steps.
    public var scorekeeping: [PlanEntry] { sections[ScorekeepingSection.self] }
}
