/// Goal parts from one line, the ways people write them: "from 12% to 18%", "12% → 18%",
/// "to 18% (from 12%)", "for 90% of website-visitor leads, from 0% today", "grow X by 25% from
/// 8,000", "double / halve / cut by a third", "reduce X from 48h to 24h", with a date and an owner.
public enum GoalParser {
    /// Every part `text` states. Parts it does not state stay nil.
    public static func parse(_ text: String, context: UnderstandingContext) -> GoalParts {
        GoalLine(text: String(text.prefix(2000)), context: context).parts()
    }

    /// An answer to the question for one `field` (a chased answer): refused when it does not fit
    /// ("That looks like a date; what number are you aiming for? e.g. `25%`"); a sentence restating
    /// the goal fills every field it states. `given` is what is known so far (a baseline lets
    /// "double it" or "+25%" become a target).
    public static func answer(
        _ text: String, for field: GoalField, given: GoalParts = GoalParts(),
        context: UnderstandingContext
    ) -> Parsed<GoalParts> {
        GoalAnswer(text: String(text.prefix(2000)), field: field, given: given, context: context).parse()
    }
}
