import Testing

@testable import AccordCore

/// Negated actions of the other side, frames with a slot for the other side, the speaker's frustration
/// aimed at them, contempt, and "their X" judgements — and the blame-free lines that share their words.
///
/// The positives are the rules' (the family's own test); the shipped coach, whose model decides, may
/// withdraw one (docs/coach.md, "Known limits"). The negatives hold for both.
@Suite struct CoachFramingTests {
    let coach = BlameCoach()
    let rules = BlameCoach(model: nil)

    @Test(arguments: [
        "Sales didn't call the attendees.",
        "Marketing failed to send the list.",
        "The reps won't use the new deck.",
        "Sales skipped the hand-off meeting.",
        "That's Marketing for you.",
        "Leave it to Sales to discount a won deal.",
        "Typical Sales.",
        "Sales being Sales, the notes are blank.",
        "I'm done chasing Marketing for the copy.",
        "I'm tired of the reps asking for last-minute slides.",
        "Their lead lists are always out of date.",
        "Marketing is all talk.",
        "We hit the target, no thanks to Sales.",
    ])
    func flagged(_ s: String) throws {
        let speaker: Role = s.contains("Marketing") ? .sales : .marketing
        let flag = try #require(rules.check(s, speaker: speaker), "expected a flag for: \(s)")
        #expect(flag.suggestion.contains("?"))
    }

    @Test(arguments: [
        "I didn't call the attendees.",  // own failure
        "Customers didn't respond to the second email.",  // customers as subject
        "The CRM never saves the campaign source.",  // system as subject
        "Sales never got the updated deck.",  // a lack, not an act
        "Marketing hasn't seen the new pricing yet.",
        "The reps said they couldn't find the battlecards.",  // reported speech
        "The list had no titles, so the reps couldn't prioritise.",  // consequence of a cause
        "The reps skipped two calls, and I'd like to understand what happened.",  // fact, then inquiry
        "Can Sales and I review the list together?",  // joint proposal
        "Let's leave it to Sales to pick the venue.",  // proposal, not the frame
        "I trust Sales to run the launch.",
        "I'm fed up with how long our approval takes.",  // frustration at a process
        "I felt frustrated when the list arrived late.",  // owned feeling about an event
        "My pitch was a joke that day.",  // self-criticism
        "Their feedback on the deck was detailed and helpful.",
        "Sales lost 3 deals to Acme in May.",  // numbers
    ])
    func leftAlone(_ s: String) {
        let speaker: Role = s.contains("Marketing") ? .sales : .marketing
        #expect(coach.check(s, speaker: speaker) == nil, "unexpected flag for: \(s) \(coach.check(s, speaker: speaker)?.cues ?? [])")
        #expect(rules.check(s, speaker: speaker) == nil, "the rules flag: \(s)")
    }

    @Test func negatedActionReframeDoesNotNameWhoFailed() throws {
        let flag = try #require(coach.check("Sales didn't call the attendees.", speaker: .marketing))
        #expect(flag.reason == "Names Sales as the ones who failed ('didn't call')")
        #expect(flag.suggestion == "Describe what happened without naming who failed, then ask Sales: what got in the way?")
    }
}
