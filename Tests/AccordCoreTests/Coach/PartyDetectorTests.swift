import Testing

@testable import AccordCore

/// Who a statement talks about: team names, sub-teams, pronouns and "you", relative to the speaker.
@Suite struct PartyDetectorTests {
    /// The other-side mentions of `text` said by `speaker`, as (label, team, part).
    private func others(_ text: String, _ speaker: Role) -> [(String, Role?, PartyMention.Part)] {
        BlameAnalysis(statement: text, speaker: speaker).mentions.filter { $0.side == .other }.map { ($0.label, $0.team, $0.part) }
    }

    @Test func teamNamesAndSubTeamsAreTheOtherSideOrTheSpeakersOwn() {
        let cases: [(String, Role, String, Role)] = [
            ("Marketing sent the list late.", .sales, "Marketing", .marketing),
            ("The reps skipped the webinar.", .marketing, "The reps", .sales),
            ("The field team ignored the playbook.", .marketing, "The field team", .sales),
            ("Their demand-gen folks changed the scoring.", .sales, "demand-gen folks", .marketing),
            // Sub-teams that name a side on their own.
            ("Demand gen burned the budget on clicks.", .sales, "Demand gen", .marketing),
            ("demand generation moved the launch again", .sales, "demand generation", .marketing),
            ("The AE didn't log the call.", .marketing, "The AE", .sales),
            ("An SDR booked the wrong contact.", .marketing, "SDR", .sales),
            ("PMM rewrote the deck without asking.", .sales, "PMM", .marketing),
            ("MOPs broke the routing rules.", .sales, "MOPs", .marketing),
            ("The ads team spent the budget.", .sales, "The ads team", .marketing),
            ("The social media team posted the wrong date.", .sales, "media team", .marketing),
        ]
        for (text, speaker, label, team) in cases {
            let found = others(text, speaker)
            #expect(found.contains { $0.0 == label && $0.1 == team && $0.2 == .agent }, "\(text): \(found)")
        }
    }

    @Test func theSpeakersOwnSubTeamIsNotTheOtherSide() {
        #expect(others("Demand gen burned the budget on clicks.", .marketing).isEmpty)
        #expect(others("The AE didn't log the call.", .sales).isEmpty)
        #expect(others("Our SDRs booked the wrong contacts.", .marketing).isEmpty)
    }

    @Test func wordsThatOnlyLookLikeTeamsAreNotMentions() {
        for text in [
            "Demand is down this quarter.", "We need to generate demand in the mid-market.", "The media coverage was good.",
            "The ads performed well in March.", "Paid leads converted at 4%.",
        ] {
            #expect(others(text, .sales).isEmpty, "\(text): \(others(text, .sales))")
        }
    }
}
