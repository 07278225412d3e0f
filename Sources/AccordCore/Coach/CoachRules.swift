/// The registry of coach rules, in the order their signals are collected. Adding a rule is one new
/// file in `Coach/Rules/` plus one line here; `CoachRuleTests` fails when a rule file is not listed.
enum CoachRules {
    static let all: [any CoachRule] = [
        // Who is talked about, and what is said about them in their own clause.
        OtherAgentRule(),
        AbsoluteRule(),
        ActionJudgementRule(),
        WeakNegativeRule(),
        CulpritRule(),
        OwnOrSystemCauseRule(),
        // Words and phrases anywhere in the statement.
        InsultRule(),
        FaultWordRule(),
        HeldAccountableRule(),
        FaultPlacementRule(),
        CausalBlameRule(),
        CounterfactualRule(),
        RhetoricalQuestionRule(),
        IdiomRule(),
        SarcasmMarkerRule(),
        // Shapes of the statement.
        DemandRule(),
        SarcasticPraiseRule(),
        ExasperatedQuestionRule(),
        WorkEvaluationRule(),
        ComparisonRule(),
        FrameRule(),
        FrustrationRule(),
        ContemptRule(),
        TheirWorkRule(),
        NegatedActionRule(),
        SentimentRule(),
        // Issue 18: blame in shapes the earlier rules missed.
        BlameNounRule(),
        DeflectionRule(),
        CounterfactualJudgementRule(),
        TimeFrameRule(),
        MotiveRule(),
        SarcasmOpenerRule(),
        MetaphorRule(),
        TreatmentSimileRule(),
        DisclaimerRule(),
        LabelRule(),
    ]
}
