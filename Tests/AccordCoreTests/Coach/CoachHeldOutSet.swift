/// Held-out statements for the blame-free coach, written separately from the shared corpus and never
/// used to choose the lexicon: same format as `retro-statements.tsv` (label, speaker role, text).
/// Includes deliberately tricky blame-free lines: customers or systems with "never"/"always", the
/// speaker owning a mistake with a fault phrase, the other team as a neutral or joint subject.
let coachHeldOutTSV = """
# label\tspeaker\ttext
blame\tmarketing\tThe reps never log their calls, so our attribution is a guess.
blame\tsales\tMarketing always launches campaigns without telling us what's in them.
blame\tsales\tTheir so-called qualified leads are a joke.
blame\tmarketing\tIf Sales had called the attendees within a week, the event would have paid off.
blame\tsales\tWe lost the Acme renewal because Marketing's case study was out of date.
blame\tmarketing\tIt's Sales's fault that the launch missed its numbers.
blame\tsales\tWhy can't Marketing ever send us a list with phone numbers?
blame\tmarketing\tHonestly, nobody in Sales reads the battle cards.
blame\tsales\tMarketing's new scoring model is garbage.
blame\tmarketing\tThe sales team dropped the ball on the partner leads again.
blame\tsales\tThey spent the whole quarter on a conference nobody in the field cares about.
blame\tmarketing\tSales keeps ignoring the nurture stage and calls leads cold.
blame\tsales\tMarketing has no clue what a real buyer looks like.
blame\tmarketing\tThe reps are too lazy to fill in the lost-reason field.
blame\tsales\tThanks to Marketing's pricing page, prospects think we're twice as expensive.
blame\tmarketing\tSales should be held accountable for the wasted event budget.
blame\tsales\tHow are we supposed to hit quota with the leads Marketing sends?
blame\tmarketing\tSales only cares about this month's deals.
blame\tsales\tThe webinar flopped because their invite went out the day before.
blame\tmarketing\tYou never tell us which deals closed.
blame\tsales\tMarketing rewrote our deck behind our back.
blame\tmarketing\tOnce again the reps ignored the playbook we built for them.
ok\tmarketing\tProspects never mention our webinar when Sales asks how they found us.
ok\tsales\tI never asked Marketing what they needed.
ok\tsales\tMarketing and I agreed to meet weekly.
ok\tsales\tThe form always drops the phone field.
ok\tmarketing\tLet's agree what qualified means.
ok\tmarketing\tSales closed 12 deals from Marketing's leads in May.
ok\tsales\tCustomers always ask for a reference before the second call.
ok\tmarketing\tI should have told Sales about the price change before it went live.
ok\tsales\tThe CRM never saves the lead source when a rep converts a contact.
ok\tmarketing\tOur nurture emails went out late because I missed the approval deadline.
ok\tsales\tWe followed up on 60% of the event leads within two days.
ok\tmarketing\tSales asked for contact names, and we can add them to the report next month.
ok\tsales\tWhat can we change so the hand-off happens before Friday?
ok\tmarketing\tOur team ignored the win/loss notes last quarter; I'd like to start reading them together.
ok\tsales\tMarketing sent 300 leads in Q3 and Sales contacted 120 of them.
ok\tmarketing\tThe pricing sheet changed twice without a review step, so nobody knew which version was current.
ok\tsales\tI dropped the ball on the Henderson follow-up, and I'll fix the reminder in my calendar.
ok\tmarketing\tBuyers never read past the first paragraph of our emails.
ok\tsales\tThe trade-show list had company names but no contacts, which slowed our calls.
ok\tmarketing\tCould we look at the lost deals together next Tuesday?
ok\tsales\tIt wasn't Marketing's fault; the brochure printer was late.
ok\tmarketing\tThanks to the reps' feedback, we rewrote the battle cards.
"""
