/// Our ask of leadership (`plan: ask` steps).
public enum AskSection: PlanEntrySection {
    public static let key = "ask"
    public static let title = "Our ask of leadership"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "ask")
    public static let summary = "What the leads ask of leadership (plan: ask)."
}

extension Plan {
    /// Our ask of leadership: entries from `plan: ask` steps.
    public var ask: [PlanEntry] { sections[AskSection.self] }
}
