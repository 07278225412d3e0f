/// Acknowledgements (`plan: acknowledgements` steps).
public enum AcknowledgementsSection: PlanEntrySection {
    public static let key = "acknowledgements"
    public static let title = "Acknowledgements"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "acknowledgements")
    public static let summary = "What each lead appreciates in the other (plan: acknowledgements)."
}

extension Plan {
    /// Acknowledgements: entries from `plan: acknowledgements` steps.
    public var acknowledgements: [PlanEntry] { sections[AcknowledgementsSection.self] }
}
