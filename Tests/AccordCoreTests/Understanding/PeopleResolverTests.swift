import Testing

@testable import AccordCore

@Suite("PeopleResolver and ParticipantRef")
struct PeopleResolverTests {
    let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")
    var ctx: UnderstandingContext { UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .sales) }

    @Test func storedFormsRoundTrip() {
        for ref in [ParticipantRef.sales, .marketing, .both, .other("Jamie from RevOps")] {
            #expect(ParticipantRef(stored: ref.stored, participants: pair) == ref)
        }
        #expect(ParticipantRef.other("@sales").stored == "sales")
    }

    @Test func oldTranscriptOwnersAreReadAsPeople() {
        let old = Participants(sales: "Dana", marketing: "Lee")
        #expect(ParticipantRef(stored: "Dana", participants: old) == .sales)
        #expect(ParticipantRef(stored: "Dana & Lee", participants: old) == .both)
        #expect(ParticipantRef(stored: "Dana and Lee", participants: old) == .both)
        #expect(ParticipantRef(stored: "lee", participants: old) == .marketing)
        #expect(ParticipantRef(stored: "Sam", participants: old) == .other("Sam"))
        #expect(ParticipantRef(stored: "", participants: old) == .other(""))
    }

    @Test func displayNamesAreCanonical() {
        #expect(ParticipantRef.marketing.displayName(pair) == "Tomás Okafor")
        #expect(ParticipantRef.both.displayName(pair) == "Priya Raman and Tomás Okafor")
        #expect(ParticipantRef.other("Jamie").displayName(pair) == "Jamie")
        let solo = Participants(solo: "Dana")
        #expect(ParticipantRef.sales.displayName(solo) == "Dana")
        #expect(ParticipantRef.marketing.displayName(solo) == "Marketing")
    }

    @Test func thirdPartiesNeedOneConfirmationAndLeadsDoNot() {
        #expect(ParticipantRef.other("Jamie").needsConfirmation)
        #expect(!ParticipantRef.both.needsConfirmation)
        guard case .ask(let q) = PeopleResolver.resolve("Jamie from RevOps", context: ctx) else {
            Issue.record("expected a confirmation")
            return
        }
        #expect(q.choices == [.other("Jamie from RevOps")])
        #expect(q.message.contains("Jamie from RevOps") && q.message.contains("e.g. `"))
    }

    @Test func includesAndRoles() {
        #expect(ParticipantRef.both.includes(.sales) && ParticipantRef.both.includes(.marketing))
        #expect(!ParticipantRef.sales.includes(.marketing))
        #expect(ParticipantRef(.marketing) == .marketing)
        #expect(ParticipantRef.both.role == nil)
    }

    @Test func asTargetsAreLeadsOnly() {
        #expect(PeopleResolver.speaker("tom", context: ctx) == .understood(.marketing))
        #expect(PeopleResolver.speaker("you", context: ctx) == .understood(.marketing))
        if case .refused(let r) = PeopleResolver.speaker("both", context: ctx) {
            #expect(r.message.contains("One person"))
        } else {
            Issue.record("both is not a speaker")
        }
    }
}
