/// Hand-off agreement (`plan: handoff` steps).
public enum HandoffSection: PlanEntrySection {
    public static let key = "handoff"
    public static let title = "Hand-off agreement"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "handoff")
    public static let summary = "The hand-off agreement: shared words, sales-ready criteria, follow-up promises (plan: handoff)."
}

extension Plan {
    /// Hand-off agreement: entries from `plan: handoff` steps.
    public var handoff: [PlanEntry] { sections[HandoffSection.self] }
}
