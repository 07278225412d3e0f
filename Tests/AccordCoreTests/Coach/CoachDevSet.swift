/// Development statements for the blame-free coach: written in six batches after the held-out set.
/// Each batch was first run blind (figures in docs/coach.md), then its misses guided general lexicon
/// and rule changes, so this set is a regression guard, not an unbiased measure.
let coachDevTSV = """
# batch 1
blame\tsales\tMarketing never bothers to ask what we hear on calls.
blame\tmarketing\tThe reps always blame the leads when they miss quota.
blame\tsales\tMarketing's webinars are a waste of everyone's time.
blame\tmarketing\tSales is clueless about how nurturing works.
blame\tsales\tThey threw the leads over the wall and walked away.
blame\tmarketing\tWhy do the reps keep discounting without asking us?
blame\tsales\tOf course Marketing changed the messaging the week of the launch.
blame\tmarketing\tIf the reps had used the battle cards, we'd have won more.
blame\tsales\tWe missed the quarter because of Marketing's bad leads.
blame\tmarketing\tSales lost the Baxter account because they ignored our insight report.
blame\tsales\tMarketing doesn't care whether a lead ever closes.
blame\tmarketing\tHonestly, Sales wouldn't know a good lead if it hit them.
blame\tsales\tThe marketing team refuses to share the campaign calendar.
blame\tmarketing\tSomeone in Sales leaked our launch date to a customer.
blame\tsales\tTheir leads are rubbish.
blame\tmarketing\tSales screwed up the hand-off again.
blame\tsales\tMarketing let us down at the trade show.
blame\tmarketing\tThe reps are the reason the pilot failed.
blame\tsales\tMarketing is always late with the collateral.
blame\tmarketing\tSales constantly ignores our lead scores.
ok\tsales\tMarketing shared the campaign calendar on Monday.
ok\tmarketing\tThe reps asked for shorter case studies, so we cut them to one page.
ok\tsales\tI haven't read the last two battle cards yet.
ok\tmarketing\tThe CRM doesn't show Sales which campaign a lead came from.
ok\tsales\tProspects always ask about pricing in the first call.
ok\tmarketing\tWe never defined who owns a lead after the demo.
ok\tsales\tHow can we make the hand-off clearer for both teams?
ok\tmarketing\tI'd like Sales and Marketing to review lost deals together monthly.
ok\tsales\tThe event leads were mostly students, so only 3 were a fit.
ok\tmarketing\tOur brochure arrived two weeks late because I underestimated the print time.
ok\tsales\tWe lost the Baxter deal on price; the buyer chose a cheaper vendor.
ok\tmarketing\tSales reps told me the new deck is easier to present.
ok\tsales\tWhat would help Marketing get call notes from us faster?
ok\tmarketing\tThe nurture sequence never reached the contacts without email addresses.
ok\tsales\tMarketing's case study helped us close the Baxter deal.
ok\tmarketing\tI blamed Sales last quarter, and I want to do it differently this time.
ok\tsales\tWhy did the demo form stop working in June?
ok\tmarketing\tThanks to Sales's notes, we fixed the pricing page.
ok\tsales\tLead volume fell 20% after the website change.
ok\tmarketing\tNobody on our team checked the list before it went out.
# batch 2 (tricky blame-free habits and own causes; unnamed agents)
ok\tsales\tMarketing always sends the weekly report on Monday morning.
ok\tmarketing\tSales always calls demo requests within a day, which helps conversion.
ok\tmarketing\tThe reps never got the updated price list because our email bounced.
ok\tsales\tMarketing never had the budget for a second event this year.
ok\tsales\tI keep forgetting to log the lost reasons.
ok\tmarketing\tWe wasted two weeks on a list nobody had checked; I'll set up a review step.
ok\tsales\tOur team ignored the nurture stage; I'll talk to the reps about why.
ok\tmarketing\tThe leads from the webinar were mostly junior staff, so few were ready to buy.
ok\tsales\tIf we had agreed on a definition earlier, we would have saved a month.
ok\tmarketing\tIf Sales shares call notes weekly, we can write better emails.
ok\tsales\tWhy don't we try a shared dashboard for the funnel?
ok\tmarketing\tHow could we tell Sales sooner when a campaign changes?
ok\tsales\tMarketing asked us three times for feedback and we didn't answer.
ok\tmarketing\tThe sales team hit 110% of target in Q2.
ok\tsales\tThey launched the new site in March and demo requests doubled.
ok\tmarketing\tCustomers say they never see our emails because of spam filters.
ok\tsales\tHonestly, I didn't understand the scoring model until last week.
ok\tmarketing\tThe campaign flopped because we targeted the wrong segment.
ok\tsales\tWe lost three deals because the contract template was out of date.
ok\tmarketing\tSales and I both missed the planning meeting.
blame\tmarketing\tSomebody dropped the ball on the webinar invites.
blame\tsales\tWhoever wrote this email clearly never spoke to a customer.
blame\tmarketing\tThe reps just don't listen.
blame\tsales\tThat's what happens when Marketing plans a campaign without asking us.
blame\tmarketing\tTypical Sales: promise everything, deliver nothing.
blame\tsales\tMarketing needs to stop wasting our time with webinars.
blame\tmarketing\tSales is the bottleneck, not our campaigns.
blame\tsales\tWe can't sell anything with the junk Marketing sends over.
blame\tmarketing\tIt's always Sales who drops the leads.
blame\tsales\tMarketing never listens to a word we say.
# batch 3 (idioms, motives)
blame\tsales\tMarketing keeps sending us tyre-kickers and calling them leads.
blame\tmarketing\tThe reps sit on leads for a week and then say they're cold.
blame\tsales\tMarketing's idea of a qualified lead is anyone with a pulse.
blame\tmarketing\tIf the sales team actually followed the process, conversion would be double.
blame\tsales\tThey care more about awards than pipeline.
blame\tmarketing\tSales never gives us credit for the deals our campaigns source.
blame\tsales\tWe'd hit quota every month if Marketing did its job.
blame\tmarketing\tHow hard is it for the reps to log a call?
blame\tsales\tMarketing blew the whole events budget in January.
blame\tmarketing\tThe reps torpedoed the referral programme.
blame\tsales\tNobody in Marketing has ever carried a quota.
blame\tmarketing\tSales doesn't listen to anything we tell them about the buyers.
blame\tsales\tMarketing, as usual, promised the moon and delivered a brochure.
blame\tmarketing\tThe account executives are only interested in their bonus.
blame\tsales\tTheir webinar was a complete waste of the customers' time.
ok\tsales\tMarketing ran four webinars in Q3 and 120 people attended.
ok\tmarketing\tThe reps asked us for a one-page price summary.
ok\tsales\tI never told Marketing which industries close fastest.
ok\tmarketing\tBuyers always compare us with two competitors before the demo.
ok\tsales\tThe hand-off email never includes the lead's last page visit.
ok\tmarketing\tWe could ask Sales which objections come up most.
ok\tsales\tOur follow-up slipped to five days because I was covering two territories.
ok\tmarketing\tSales and Marketing each counted a lead differently last quarter.
ok\tsales\tI'll share my call notes with Marketing every Friday.
ok\tmarketing\tThe event list had no job titles, so the reps couldn't prioritise.
ok\tsales\tMarketing's new landing page doubled demo requests.
ok\tmarketing\tI underestimated how long the reps need to prepare for a launch.
ok\tsales\tWhat would a useful lead report look like for both of us?
ok\tmarketing\tThe scoring rules haven't been reviewed since last year.
ok\tsales\tMy team never got training on the new CRM fields.
# batch 4 (idioms, rhetorical questions)
blame\tmarketing\tSales ruined the launch by pitching the old pricing.
blame\tsales\tMarketing can't write a subject line to save their lives.
blame\tmarketing\tThe reps never read past the first line of a brief.
blame\tsales\tWe'd have closed Henderson if Marketing hadn't sat on the case study for a month.
blame\tmarketing\tIt's typical of Sales to take credit for our pipeline.
blame\tsales\tMarketing spends all its time on vanity metrics.
blame\tmarketing\tWhy is it always us who has to chase the reps for feedback?
blame\tsales\tMarketing couldn't organise a trade show if their lives depended on it.
blame\tmarketing\tBecause Sales ignored the scoring, half our leads went stale.
blame\tsales\tThe campaign was a disaster thanks to Marketing.
blame\tmarketing\tThe sales team treats our leads like spam.
blame\tsales\tMarketing has zero understanding of our customers.
blame\tmarketing\tSales is to blame for the churn spike.
blame\tsales\tThey dumped 500 unqualified leads on us the day before the holidays.
blame\tmarketing\tThe reps are hopeless at following a script.
ok\tmarketing\tSales converted 18% of the webinar leads, up from 11%.
ok\tsales\tMarketing always sends the lead list on Monday, which gives us the whole week.
ok\tmarketing\tI never checked whether the reps could find the battle cards.
ok\tsales\tThe pricing page always shows last year's prices on mobile.
ok\tmarketing\tProspects never open the third email in the sequence.
ok\tsales\tWe should agree on one definition of an opportunity.
ok\tmarketing\tThe launch slipped two weeks because our legal review took longer than planned.
ok\tsales\tI'd like Marketing to join our pipeline review once a month.
ok\tmarketing\tNo one told me the reps had stopped using the old deck, and I didn't ask.
ok\tsales\tThe reps spent most of March on renewals, so new leads waited.
ok\tmarketing\tOur team sent the list late; next time I'll send it by Thursday.
ok\tsales\tCustomers keep asking for a case study in healthcare.
ok\tmarketing\tHow can we help Sales spot the leads that are ready to buy?
ok\tsales\tMarketing and I disagree on the lead threshold, and we parked it for next week.
ok\tmarketing\tThe CRM sync failed twice in May, so some leads never reached Sales.
# batch 5 (blind: precision 1.00, recall 0.73 before its fixes)
blame\tsales\tMarketing only ever thinks about brand awareness.
blame\tmarketing\tThe reps wouldn't recognise a nurture track if you drew it for them.
blame\tsales\tOur forecast is wrong because Marketing inflated the MQL count.
blame\tmarketing\tSales never updates the opportunity stages, so our reports are fiction.
blame\tsales\tWhy can't they just send us names and phone numbers?
blame\tmarketing\tIt's the reps' fault that the trial users churned.
blame\tsales\tMarketing wasted three months on a chatbot nobody uses.
blame\tmarketing\tSales always promises features we haven't built.
blame\tsales\tIf Marketing had listened to us, the launch wouldn't have flopped.
blame\tmarketing\tThe sales team is too arrogant to use our research.
blame\tsales\tThey ignored every piece of feedback we gave on the ads.
blame\tmarketing\tSales should be held responsible for the lost renewals.
blame\tsales\tThanks to Marketing's spam blasts, half our prospects unsubscribed.
blame\tmarketing\tThe reps keep going around us to the agency.
blame\tsales\tMarketing has no idea how long our sales cycle is.
ok\tmarketing\tThe reps logged 85% of their calls in October.
ok\tsales\tMarketing changed the pricing sheet in May; I found out from a customer.
ok\tmarketing\tI didn't explain why the nurture track waits two weeks.
ok\tsales\tProspects always ask whether we integrate with their ERP.
ok\tmarketing\tThe lead form never asks for a job title.
ok\tsales\tLet's write down what a sales-accepted lead is, together.
ok\tmarketing\tOur team underestimated how many leads the event would bring.
ok\tsales\tI'd like Marketing's help with a healthcare case study.
ok\tmarketing\tSales and I will review the scoring model on the 14th.
ok\tsales\tThe CRM doesn't flag leads older than 30 days, so some go cold.
ok\tmarketing\tWhat do the reps need from a battle card to use it on a call?
ok\tsales\tWe closed 9 deals from the spring campaign, worth 240k.
ok\tmarketing\tI sent the list late twice this quarter, and I'm changing my process.
ok\tsales\tCustomers never read the long PDFs; the one-pagers work better.
ok\tmarketing\tThe agency missed the print deadline, so the brochures came late.
# batch 6 (blind: precision 1.00, recall 0.47 before its fixes)
blame\tsales\tMarketing hands us leads that have never heard of us.
blame\tmarketing\tThe reps skip the discovery call every single time.
blame\tsales\tIf they'd done their homework, the demo wouldn't have bombed.
blame\tmarketing\tSales decided on its own to change the offer, as always.
blame\tsales\tMarketing's so busy with awards that nobody answers our requests.
blame\tmarketing\tWhy are the reps still using last year's deck?
blame\tsales\tThe leads Marketing passed us were worthless.
blame\tmarketing\tIt's on Sales that the pilot went nowhere.
blame\tsales\tThey never return our calls.
blame\tmarketing\tSales keeps overselling and then we get the angry emails.
blame\tsales\tMarketing is completely out of touch with the field.
blame\tmarketing\tThe reps can't be trusted with discounts.
blame\tsales\tWe missed the number because Marketing dragged its feet on the launch.
blame\tmarketing\tHonestly, the sales team wouldn't notice a hot lead if it called them.
blame\tsales\tMarketing should answer for the collapse in lead quality.
ok\tsales\tMarketing handed over 45 leads last week; we reached 30.
ok\tmarketing\tThe reps skipped the discovery call on two deals, and I'd like to understand what happened.
ok\tsales\tI didn't give Marketing feedback on the ads until it was too late.
ok\tmarketing\tProspects always want a demo before pricing.
ok\tsales\tThe lead routing rules never assign leads from Canada.
ok\tmarketing\tLet's set a shared definition of a hot lead this week.
ok\tsales\tOur deck was last year's version because nobody owned updating it.
ok\tmarketing\tSales and I will co-write the next case study.
ok\tsales\tWe got 12 replies out of 200 emails.
ok\tmarketing\tI changed the offer without checking with Sales first.
ok\tsales\tWhat can I share with Marketing after each lost deal?
ok\tmarketing\tThe CRM doesn't record which rep touched the lead first.
ok\tsales\tMarketing's webinar brought in three of our best accounts this year.
ok\tmarketing\tWe never agreed who follows up on event leads, so some slipped.
ok\tsales\tThe reps asked Marketing for shorter emails, and Marketing tried it in June.
"""
