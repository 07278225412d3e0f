/// Who presents which part of the story to leadership (`plan: presenters`, the prep playbook):
/// lines such as "Lee: goals, roles and the hand-off". The deck and the brief read them through
/// `PlanPresentation`; parts nobody took alternate between the two leads.
public enum PresentersSection: PlanEntrySection {
    public static let key = "presenters"
    public static let title = "Who presents what"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "presenters")
    public static let summary = "Who presents which part of the story, as the leads wrote it (plan: presenters)."
}

extension Plan {
    /// Who presents which part, as written in the prep session.
    public var presenters: [PlanEntry] { sections[PresentersSection.self] }
}
