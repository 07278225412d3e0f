/// Blind set 2 for the blame-free coach: 60 blame and 60 blame-free statements, written before any of
/// the generalisation work in this change and first run against the unchanged detector (figures in
/// docs/coach.md). Deliberately varied: indirect subjects ("the folks upstairs", "whoever owns the
/// website"), passive blame, comparisons, questions, sarcasm, demands, generalisations, and hard
/// blame-free lines (strong self-criticism, systems with absolutes, customers as subject, neutral
/// team mentions, joint proposals, owned feelings). Its misses guided general changes afterwards, so
/// after tuning it is a regression guard; the honest estimate is blind set 3.
let coachBlindSet2TSV = """
# label\tspeaker\ttext
blame\tsales\tThe folks upstairs in marketing have never sold anything in their lives.
blame\tmarketing\tThe field team treats every lead we send like spam.
blame\tsales\tTheir SDRs couldn't care less about the follow-up.
blame\tsales\tWhoever owns the website clearly never tests the forms.
blame\tsales\tWe were let down by Marketing yet again.
blame\tsales\tThe leads we got handed were rubbish.
blame\tmarketing\tUnlike us, the reps don't even look at the data.
blame\tsales\tWho signed off on this mess of a campaign?
blame\tsales\tGreat job on the launch, Marketing — zero leads.
blame\tsales\tMarketing needs to get its act together.
blame\tmarketing\tTypical Sales, blaming the leads again.
blame\tsales\tAs usual, Marketing missed the deadline for the event kit.
blame\tmarketing\tSales was asleep at the wheel during the renewal push.
blame\tsales\tMarketing is living in la-la land with these targets.
blame\tmarketing\tThe reps just throw our content over the wall to prospects without reading it.
blame\tsales\tThey botched the pricing announcement.
blame\tmarketing\tSales tanked the pilot with their sloppy demos.
blame\tsales\tMarketing's new landing page is a disaster.
blame\tmarketing\tThe sales team can't be bothered to fill in a single field.
blame\tsales\tThanks a lot, Marketing, for the list full of dead emails.
blame\tmarketing\tYou guys never read the briefs we write.
blame\tsales\tYour team keeps moving the goalposts on what counts as qualified.
blame\tmarketing\tThe reps messed up the demo day invitations.
blame\tsales\tMarketing should stop wasting our time with webinars nobody attends.
blame\tmarketing\tSales has to start taking the nurture program seriously.
blame\tsales\tThe content they produce is completely irrelevant to our buyers.
blame\tmarketing\tTheir forecast was a fantasy, as always.
blame\tsales\tMarketing dumped two thousand cold contacts on us and called it pipeline.
blame\tmarketing\tThe reps are so arrogant they won't take any feedback.
blame\tsales\tMarketing cost us the Baxter deal.
blame\tmarketing\tThe sales guys hijacked our event to push their own agenda.
blame\tsales\tWe'd be at target if Marketing actually did its job.
blame\tmarketing\tWhat exactly does Sales do all day?
blame\tsales\tMarketing is incompetent when it comes to events.
blame\tmarketing\tThe reps are lying about how many calls they make.
blame\tsales\tThe brochures Marketing printed were full of errors — again.
blame\tmarketing\tSales totally ignored the brief.
blame\tsales\tThe people in marketing have no clue what our customers need.
blame\tmarketing\tThe whole sales floor is useless at logging activity.
blame\tsales\tMarketing let the trade-show follow-up slip through the cracks.
blame\tmarketing\tIt's always the reps who forget to update the deal stage.
blame\tsales\tNice work on the email blast, guys — it went to our competitors.
blame\tmarketing\tSales took the credit and left us with the blame.
blame\tsales\tMarketing is out of touch with what actually happens in the field.
blame\tmarketing\tThe account executives are hopeless at qualifying.
blame\tsales\tTheir campaigns are a waste of money.
blame\tmarketing\tThe reps were careless with the customer list.
blame\tsales\tThe demand-gen team overpromised and underdelivered, like every quarter.
blame\tmarketing\tSales must stop discounting every deal to hit their numbers.
blame\tsales\tMarketing never listens, no matter how many times we ask.
blame\tmarketing\tWhy on earth did the reps skip the discovery call?
blame\tsales\tThey completely lost the plot with the rebrand.
blame\tmarketing\tThe inside sales team is a bunch of order-takers.
blame\tsales\tMarketing's attribution numbers are made up.
blame\tmarketing\tIf the reps had read the brief, the launch wouldn't have flopped.
blame\tsales\tThe leads from marketing's webinar were worthless.
blame\tmarketing\tSales dragged their feet on the partner pilot for months.
blame\tsales\tMarketing keeps dropping the ball on the event follow-ups.
blame\tmarketing\tThe reps are only interested in their bonus.
blame\tsales\tHow many times do we have to ask Marketing for phone numbers?
ok\tsales\tI completely dropped the ball on the follow-up.
ok\tmarketing\tThe CRM never saves the lost reason.
ok\tsales\tBuyers always ask for a discount.
ok\tmarketing\tMarketing sent 40 leads in May.
ok\tsales\tCan Sales and I review the list together?
ok\tsales\tI felt frustrated when the list arrived late.
ok\tmarketing\tI was careless with the segment filter and the email went to the wrong list.
ok\tsales\tMy demo was a mess; I hadn't rehearsed it.
ok\tmarketing\tThe form never sends the phone number to the CRM.
ok\tsales\tProspects never answer calls on Fridays.
ok\tmarketing\tCustomers always ask what other companies in their sector did.
ok\tsales\tMarketing ran three webinars in Q2.
ok\tmarketing\tSales closed 18 deals in June.
ok\tsales\tLet's ask Marketing to join our Monday pipeline call.
ok\tmarketing\tCould the reps and I go through the lost deals next week?
ok\tsales\tI was annoyed that the brochure came late, and I didn't say so at the time.
ok\tmarketing\tI wasted two weeks on a campaign I never checked with Sales.
ok\tsales\tWe lost the Baxter deal on price.
ok\tmarketing\tThe webinar flopped; only 12 people attended.
ok\tsales\tThe leads from the trade show needed more qualification before a call.
ok\tmarketing\tOur email tool always strips the formatting from the signature.
ok\tsales\tThe pricing sheet was out of date for two weeks.
ok\tmarketing\tI should have asked the reps which content they actually use.
ok\tsales\tWhat would help Marketing get us the event list earlier?
ok\tmarketing\tHow can we make the hand-off easier for Sales?
ok\tsales\tMarketing and I both assumed the other team would send the invites.
ok\tmarketing\tThe reps told us the case studies are too long, so we're shortening them.
ok\tsales\tI ignored the lead scores last quarter because I didn't understand them.
ok\tmarketing\tOur launch missed its date because I underestimated the translation work.
ok\tsales\tThe approval process for discounts takes five days, which slows every deal.
ok\tmarketing\tThe budget was cut by 20% in March.
ok\tsales\tEvery quarter we renegotiate the lead definition; I'd like us to fix it once.
ok\tmarketing\tCustomers never read the terms page.
ok\tsales\tI'm worried we don't share enough about what prospects tell us.
ok\tmarketing\tSales asked for shorter emails and we agreed to try it.
ok\tsales\tWe got 200 leads from the event and called 150 of them.
ok\tmarketing\tThe data import failed again last night.
ok\tsales\tI kept forgetting to log my calls; I've set a reminder now.
ok\tmarketing\tWhen the reps shared their call notes, our messaging got much sharper.
ok\tsales\tThanks to Marketing's new battle card, I handled the pricing objection.
ok\tmarketing\tThe website was down for six hours on launch day.
ok\tsales\tOur team missed the follow-up window on half the event leads; we need a better reminder.
ok\tmarketing\tI'd like Sales and Marketing to agree on one definition of a qualified lead.
ok\tsales\tThe prospects we met at the conference were mostly students.
ok\tmarketing\tWe never agreed who owns the follow-up after a webinar.
ok\tsales\tI was wrong about the pricing; Marketing's numbers were right.
ok\tmarketing\tThe leads arrived without phone numbers because the form doesn't ask for them.
ok\tsales\tNo one on my team had time to read the battle cards this quarter; that's on us.
ok\tmarketing\tMarketing should have a clear brief for each campaign; I'll write the next one with Sales.
ok\tsales\tThe reps need a shorter deck; I'll draft one with Marketing.
ok\tmarketing\tWhat did we miss when we planned the launch?
ok\tsales\tHonestly, I didn't read the brief closely enough.
ok\tmarketing\tThe integration with the CRM keeps breaking after every update.
ok\tsales\tBuyers are getting more cautious, and deals take longer.
ok\tmarketing\tOur team could have followed up with Sales after the event.
ok\tsales\tMarketing asked me for three customer stories and I sent one.
ok\tmarketing\tI lost track of the partner pilot in August.
ok\tsales\tThe event was a great success: 30 meetings booked.
ok\tmarketing\tLet's both bring our numbers to the next review.
ok\tsales\tThe demo environment crashed twice during the Acme call.
"""
