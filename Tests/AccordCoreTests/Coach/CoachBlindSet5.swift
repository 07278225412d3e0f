/// Blind set 5 for the blame-free coach: 20 blame and 20 blame-free statements in the style of the
/// shared corpus, written after the blind-set-4 changes and before the detector was ever run on them.
/// It was NOT tuned on afterwards: its first score (docs/coach.md) is the honest estimate of behaviour
/// on new wording.
let coachBlindSet5TSV = """
# label\tspeaker\ttext
blame\tsales\tMarketing never loops us in before a campaign goes live.
blame\tmarketing\tThe reps didn't bother reading the battlecards we built.
blame\tsales\tMarketing couldn't hit a launch date if their lives depended on it.
blame\tmarketing\tSales forgot to mention the discount to the finance team.
blame\tsales\tTheir webinars are a waste of everyone's afternoon.
blame\tmarketing\tHonestly, what do you expect from a team that lives on commission?
blame\tsales\tThe content team has no clue what a CFO cares about.
blame\tmarketing\tThe account managers keep sitting on hot leads for a week.
blame\tsales\tI've had it with Marketing rewriting our proposals.
blame\tmarketing\tSales treats every MQL like it's a cold call list.
blame\tsales\tAnother quarter, another batch of fake leads from Marketing.
blame\tmarketing\tThe reps missed half the follow-ups from the roadshow.
blame\tsales\tMarketing's personas are pure fiction.
blame\tmarketing\tOf course Sales wants more leads; they never work the ones they have.
blame\tsales\tMarketing spent the event budget on swag nobody wanted.
blame\tmarketing\tSales wouldn't return a single call from our events team.
blame\tsales\tTrust the brand team to pick fonts over facts.
blame\tmarketing\tThe sales reps are too busy playing golf to log their meetings.
blame\tsales\tYou people have never carried a quota.
blame\tmarketing\tSales didn't even open the lead list we sent on Monday.
ok\tsales\tI didn't prepare the reps well enough for the new pricing.
ok\tmarketing\tOur landing page had a broken form for a week, and I didn't notice.
ok\tsales\tProspects didn't reply to the follow-up sequence.
ok\tmarketing\tThe event app never synced with the CRM.
ok\tsales\tMarketing delivered 140 leads last month, up from 90.
ok\tmarketing\tCould Sales and I write the next case study together?
ok\tsales\tI felt let down when the launch slipped, and I should have said so earlier.
ok\tmarketing\tSales asked for shorter emails, and the open rate went up.
ok\tsales\tWe ignored the early signs that the segment was cooling.
ok\tmarketing\tI'm sick of our own approval queue; let's cut a step.
ok\tsales\tThe reps couldn't demo because the sandbox was down.
ok\tmarketing\tBuyers won't commit before the budget cycle.
ok\tsales\tLet's define together what a hot lead looks like.
ok\tmarketing\tSales hasn't received the new battlecards yet; I'll send them today.
ok\tsales\tMy forecast was wishful thinking, and I'll be more careful next quarter.
ok\tmarketing\tThe reps reported that customers find the price page confusing.
ok\tsales\tWhat could Marketing and I change so leads arrive with a phone number?
ok\tmarketing\tTheir team closed three of the five deals we sourced in June.
ok\tsales\tI missed the content review and the brochure went out without my input.
ok\tmarketing\tThe trade show was a waste of money, and choosing it was my call.
"""
