/// The story (`plan: story` steps).
public enum StorySection: PlanEntrySection {
    public static let key = "story"
    public static let title = "The story"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "story")
    public static let summary = "The story for leadership: why it matters and what was agreed (plan: story)."
}

extension Plan {
    /// The story: entries from `plan: story` steps.
    public var story: [PlanEntry] { sections[StorySection.self] }
}
