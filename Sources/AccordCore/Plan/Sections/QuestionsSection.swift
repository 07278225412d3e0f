/// Questions leadership may ask (`plan: questions` steps).
public enum QuestionsSection: PlanEntrySection {
    public static let key = "questions"
    public static let title = "Questions leadership may ask"
    public static let stepKey: PlanStepKey? = PlanStepKey(declaring: "questions")
    public static let summary = "Questions leadership is likely to ask, with rehearsed answers (plan: questions)."
}

extension Plan {
    /// Questions leadership may ask: entries from `plan: questions` steps.
    public var questions: [PlanEntry] { sections[QuestionsSection.self] }
}
