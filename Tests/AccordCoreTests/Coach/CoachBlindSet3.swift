/// Blind set 3 for the blame-free coach: 30 blame and 30 blame-free statements, written after the
/// blind-set-2 changes and before the detector was ever run on them. It was NOT tuned on afterwards:
/// its first score (docs/coach.md) is the honest estimate of behaviour on new wording.
let coachBlindSet3TSV = """
# label\tspeaker\ttext
blame\tsales\tMarketing went quiet for three weeks and then wondered why the pipeline dried up.
blame\tmarketing\tThe reps sat on those leads until they went cold.
blame\tsales\tWhoever wrote the new pricing page has never spoken to a customer.
blame\tmarketing\tSales cares more about their leaderboard than about the brand.
blame\tsales\tThe marketing team keeps dreaming up campaigns that have nothing to do with our buyers.
blame\tmarketing\tOur webinar was a hit, no thanks to Sales.
blame\tsales\tThey just don't get what it takes to close an enterprise deal.
blame\tmarketing\tSales blew the launch by pitching the old pricing.
blame\tsales\tMarketing's so-called research is just guesswork.
blame\tmarketing\tThe sales folks treat the CRM like a personal diary.
blame\tsales\tThe leads handed over by Marketing were a waste of our time.
blame\tmarketing\tLeave it to Sales to discount a deal that was already won.
blame\tsales\tMarketing spends all day polishing slides nobody reads.
blame\tmarketing\tThe account managers couldn't organise a follow-up call to save their jobs.
blame\tsales\tWell, that's Marketing for you — all talk and no leads.
blame\tmarketing\tSales should learn to read a brief before complaining about it.
blame\tsales\tHow is it that Marketing always finds budget for parties but never for lead data?
blame\tmarketing\tThe reps botched every single demo at the expo.
blame\tsales\tThe brand team ruined a perfectly good product sheet.
blame\tmarketing\tI'm tired of Sales making excuses for missing quota.
blame\tsales\tMarketing completely ignored our feedback on the messaging.
blame\tmarketing\tOnce more, the reps forgot to invite the prospects to the roundtable.
blame\tsales\tTheir lead scoring is a complete joke.
blame\tmarketing\tSales is stuck in the nineties when it comes to social selling.
blame\tsales\tMarketing hasn't got a clue how long our sales cycle is.
blame\tmarketing\tYour reps treat our nurture emails as if they were junk mail.
blame\tsales\tWho decided it was a good idea to launch the week before Christmas?
blame\tmarketing\tThe sales team has been making the same mistakes for years.
blame\tsales\tMarketing's hand-off process is a shambles.
blame\tmarketing\tIf the reps cared half as much as we do, we'd have hit the target.
ok\tsales\tI was too slow to call the expo leads; most had gone cold by then.
ok\tmarketing\tThe pricing page went live with the old numbers because the CMS cached them.
ok\tsales\tMarketing ran the nurture sequence for six weeks and 14 leads replied.
ok\tmarketing\tThe reps said the demo script was too long, which was a fair point.
ok\tsales\tCustomers never fill in the budget field on the form.
ok\tmarketing\tI was frustrated by the hand-off, and I didn't tell Sales how I felt.
ok\tsales\tCould Marketing and I sit down on Friday to go through the scoring?
ok\tmarketing\tWe wasted a lot of budget on the expo; I picked the wrong event.
ok\tsales\tMy team forgot to invite the prospects to the roundtable; I'll own the invite list next time.
ok\tmarketing\tThe CRM always loses the campaign tag when a lead is merged.
ok\tsales\tProspects keep asking for a free trial.
ok\tmarketing\tSales booked 22 meetings from the webinar.
ok\tsales\tWhat would make the brief easier for my team to use?
ok\tmarketing\tThe launch slipped two weeks because legal review took longer than planned.
ok\tsales\tI botched the Acme demo; I hadn't tested the new build.
ok\tmarketing\tLet's agree on one lead score that both teams trust.
ok\tsales\tThe expo leads were mostly students, so few of them were a fit.
ok\tmarketing\tThe brand team redesigned the product sheet in October.
ok\tsales\tI'd like Marketing to show us how the scoring works.
ok\tmarketing\tOur emails went to spam for a week after the domain change.
ok\tsales\tThe sales cycle for enterprise deals averages five months.
ok\tmarketing\tI never checked whether the reps could find the new case studies.
ok\tsales\tWe missed quota by 8% this quarter.
ok\tmarketing\tBuyers always compare us with the cheapest competitor.
ok\tsales\tHonestly, I'm not sure we understood the brief.
ok\tmarketing\tThe reps asked for the list by Monday, and we can do that.
ok\tsales\tOur reps were slow to pick up the new pitch; we need more practice.
ok\tmarketing\tThe data feed from the events app broke twice this month.
ok\tsales\tMarketing and Sales both want the same thing: more closed deals.
ok\tmarketing\tI assumed Sales knew about the price change, and I should have checked.
"""
