import Testing

@testable import AccordCore

@Suite struct CoachSentencesTests {
    @Test func splitsAfterSentenceEndsFollowedBySpace() {
        #expect(
            CoachSentences.split("We closed 5 deals last month. Marketing's leads are junk!  Why?! Fine…  ok")
                == ["We closed 5 deals last month.", "Marketing's leads are junk!", "Why?!", "Fine…", "ok"])
    }

    @Test func keepsNumbersAbbreviationsWithoutSpaceAndSingleSentencesWhole() {
        #expect(CoachSentences.split("Conversion fell to 2.5% in Q3") == ["Conversion fell to 2.5% in Q3"])
        #expect(CoachSentences.split("see the dashboard (v1.2)") == ["see the dashboard (v1.2)"])
        #expect(CoachSentences.split("Sales never calls back.") == ["Sales never calls back."])
    }

    @Test func dropsPiecesWithoutALetter() {
        #expect(CoachSentences.split("... !! 42.") == [])
        #expect(CoachSentences.split("") == [])
        #expect(CoachSentences.split("Thanks. :) ") == ["Thanks."])
    }

    /// The trainer chooses whether sentences are checked on their own (`CoachModel.sentences`, from
    /// the out-of-author figures); each mode does what it says.
    @Test func eachSentenceModeDoesWhatItSays() {
        var model = CoachModel.trained
        let line = "We closed 5 deals last month. Marketing's leads are junk."
        #expect(BlameCoach(model: model).check("Marketing's leads are junk.") != nil)
        model.sentences = .rulesLed
        #expect(BlameCoach(model: model).check(line) != nil)
        #expect(BlameCoach(model: model).check("We closed 5 deals last month. Thanks to the case study from Marketing.") == nil)
        model.sentences = .all
        #expect(BlameCoach(model: model).check(line) != nil)
        // The rules alone read every clause of the line already.
        #expect(BlameCoach(model: nil).check(line) != nil)
    }
}
