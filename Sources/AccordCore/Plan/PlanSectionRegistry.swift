/// Where plan sections are listed: the only list. Order is the order of building and of
/// rendering in every format; a section may read any section listed before it (`input.plan`).
/// A test fails when a type conforming to `PlanSection` is missing here.
public enum PlanSectionRegistry {
    /// Every section, in order.
    public static let all: [any PlanSection.Type] = [
        StorySection.self,
        AskSection.self,
        GoalsSection.self,
        FunnelSection.self,
        ScorekeepingSection.self,
        RolesSection.self,
        HandoffSection.self,
        RecordsSection.self,
        CommitmentsSection.self,
        ContextSection.self,
        LearningsSection.self,
        AcknowledgementsSection.self,
        QuestionsSection.self,
        PresentersSection.self,
        OwnViewsSection.self,
        DisagreementsSection.self,
        CounterpartSection.self,
    ]
}
