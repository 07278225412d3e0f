/// Blind set 4 for the blame-free coach: 40 blame and 40 blame-free statements in the style of the
/// shared corpus, written before the detector was run on them. Its blame lines cover the kinds blind
/// set 3 missed (the other team as subject of a negated or failed action, frames with a slot for the
/// team, the speaker's frustration aimed at the team, an unanchored "their X", contempt words); its
/// blame-free lines are hard ones (self-criticism with strong words, customers and systems as subjects,
/// neutral numbers, joint proposals, owned feelings about events). Its first score is in docs/coach.md;
/// the structural changes that followed were guided by its misses, so later scores are not estimates.
let coachBlindSet4TSV = """
# label\tspeaker\ttext
blame\tsales\tMarketing didn't send the event list until the day before.
blame\tmarketing\tThe reps never logged a single call from the webinar.
blame\tsales\tMarketing failed to brief us on the new pricing.
blame\tmarketing\tSales refused to try the new qualification script.
blame\tsales\tThe brand team forgot to put a contact field on the form.
blame\tmarketing\tThe account executives skipped the enablement session.
blame\tmarketing\tThe reps wouldn't touch the nurture leads.
blame\tsales\tMarketing neglected to tell us the offer had expired.
blame\tmarketing\tSales lost the list we spent a month building.
blame\tsales\tThat's the marketing team for you: big launch, no leads.
blame\tmarketing\tLeave it to the reps to promise features we don't have.
blame\tsales\tTrust Marketing to schedule the webinar during our quarter close.
blame\tmarketing\tTypical Sales, blaming the leads instead of their follow-up.
blame\tsales\tClassic Marketing — a glossy brochure and no price list.
blame\tmarketing\tSales being Sales, the demo went out with last year's slides.
blame\tsales\tAs usual, Marketing changed the deck an hour before the pitch.
blame\tmarketing\tWhat else is new with the reps and their missing call notes?
blame\tsales\tI'm sick of Marketing moving the launch date.
blame\tmarketing\tI'm fed up with the reps chasing us for last-minute slides.
blame\tsales\tI'm done chasing Marketing for the case studies they promised.
blame\tmarketing\tTheir call notes are always empty.
blame\tsales\tTheir landing pages never mention the price.
blame\tmarketing\tTheir forecasts are pure wishful thinking.
blame\tsales\tMarketing is all talk when it comes to account-based selling.
blame\tmarketing\tThe reps are amateurs at running a discovery call.
blame\tsales\tMarketing's idea of a qualified lead is a joke.
blame\tmarketing\tSales is completely out of touch with how buyers research today.
blame\tsales\tThe demand-gen folks are clueless about enterprise buying.
blame\tmarketing\tAll we ever get from Sales is excuses about the leads.
blame\tsales\tMarketing's content calendar is stuck in 2015.
blame\tmarketing\tSales couldn't be bothered to fill in the feedback form.
blame\tsales\tMarketing dropped our product from the newsletter without a word.
blame\tmarketing\tThe sales team ignored every brief we wrote this year.
blame\tsales\tMarketing missed the deadline for the trade-show kit.
blame\tmarketing\tOnce leads reach Sales, they disappear into a black hole.
blame\tsales\tMarketing can't write a brief that a rep can actually use.
blame\tmarketing\tYou guys never read the messaging guide.
blame\tsales\tHonestly, Marketing gets paid to make pretty slides.
blame\tmarketing\tThe reps went rogue with their own pricing again.
blame\tsales\tWe still hit the number, no thanks to Marketing.
ok\tsales\tI didn't call the webinar attendees in time.
ok\tmarketing\tWe failed to send the list before the deadline, and that's on me.
ok\tsales\tI'm tired of chasing my own pipeline updates; I need a better routine.
ok\tmarketing\tI'm fed up with how long our approval process takes.
ok\tsales\tCustomers didn't respond to the second email.
ok\tmarketing\tProspects won't book a demo without seeing a price.
ok\tsales\tThe CRM never saves the campaign source on imported leads.
ok\tmarketing\tThe form failed to send the confirmation email for two days.
ok\tsales\tMarketing sourced 30% of the pipeline this quarter.
ok\tmarketing\tSales called 80 of the 120 webinar attendees.
ok\tsales\tCan Marketing and I review the scoring rules together next week?
ok\tmarketing\tLet's agree on what counts as a follow-up.
ok\tsales\tI felt frustrated when the brief changed the day before the launch.
ok\tmarketing\tI was annoyed that the event list arrived late, and I didn't say so at the time.
ok\tsales\tMy pitch was a joke that day; I hadn't prepared.
ok\tmarketing\tOur first draft of the messaging was clueless about enterprise buyers.
ok\tsales\tWe dropped the ball on the Acme renewal.
ok\tmarketing\tI missed the Sales kickoff, so I don't know what the reps heard.
ok\tsales\tBuyers ignored the discount offer completely.
ok\tmarketing\tThe reps asked us for shorter case studies, and that's useful feedback.
ok\tsales\tMarketing told us the launch moved to June.
ok\tmarketing\tThe data feed lost about 200 contacts during the migration.
ok\tsales\tOur team didn't log the lost reasons last quarter; I'll fix that.
ok\tmarketing\tWhat would help Sales follow up on event leads faster?
ok\tsales\tTheir budget is set in January, so mid-year requests need planning ahead.
ok\tmarketing\tTheir feedback on the deck was detailed and helpful.
ok\tsales\tLeads from the partner webinar didn't convert at all.
ok\tmarketing\tThe website couldn't handle the traffic on launch day.
ok\tsales\tI'm done with the old pitch deck; let's build a new one together.
ok\tmarketing\tI never followed up with Sales after the training.
ok\tsales\tMarketing and I both missed the signs that the segment was shrinking.
ok\tmarketing\tThe pricing page wasn't updated because it had no owner; let's assign one.
ok\tsales\tSales won 4 of the 9 deals Marketing flagged as hot.
ok\tmarketing\tThe reps said they couldn't find the new battlecards, so I'll move them to the portal.
ok\tsales\tWe didn't have a shared definition of an MQL, so both teams guessed.
ok\tmarketing\tProspects never read past the first paragraph of our emails.
ok\tsales\tCould the reps and Marketing pair up on the next three demos?
ok\tmarketing\tThe approval tool dropped my comments twice this week.
ok\tsales\tI skipped the messaging workshop and regretted it.
ok\tmarketing\tThe event was a flop, and I picked the venue.
"""
