import Testing

@testable import AccordCore

/// `EventRecord.forCommitments`, what a cold `commitments` reads (`RecordDetail.commitments`): it
/// keeps what the fold reads and drops the rest. The reader against this definition is in
/// `RecordOutlineTests`; the fold on it against the replay in `CommitmentFoldTests`.
@Suite struct CommitmentDetailTests {
    static func record(_ event: Event) -> EventRecord { EventRecord(seq: 7, at: "2026-11-22T10:00:07Z", batch: 3, event: event) }

    @Test func goalsActionsAndStatusChangesKeepTheirTextsAndTimes() {
        for kind in [Capture.goal, .action] {
            let proposed = Self.record(
                .itemProposed(id: "a1", kind: kind, by: .sales, text: "Call ten accounts", fields: ["owner": "Dana"]))
            #expect(proposed.forCommitments.event == proposed.event)
            #expect(proposed.forCommitments.at == "")
        }
        let update = Self.record(.commitmentUpdated(ref: "s/a1", status: .done, note: "sent", due: "2027-01-01"))
        #expect(update.forCommitments == update)
        let edited = Self.record(.itemEdited(item: "a1", text: "Call twelve", fields: ["due": "2027-02-01"]))
        #expect(edited.forCommitments.event == edited.event)
        let field = Self.record(.fieldSet(item: "a1", field: "due", value: "2027-03-01"))
        #expect(field.forCommitments.event == field.event)
    }

    @Test func answersOtherItemsAndTimesAreLeftOut() {
        let answer = Self.record(.answer(speaker: .marketing, text: "The webinar list came late"))
        #expect(answer.forCommitments == EventRecord(seq: 7, at: "", batch: 3, event: .answer(speaker: .marketing, text: "")))
        for kind in Capture.allCases where CommitmentKind(capture: kind) == nil {
            let item = Self.record(.itemProposed(id: "r1", kind: kind, by: .sales, text: "Leads sat for a week", fields: ["owner": "Lee"]))
            #expect(item.forCommitments.event == .itemProposed(id: "r1", kind: kind, by: .sales, text: "", fields: ["owner": "Lee"]))
        }
        // Every record keeps its place, its batch and its case; none keeps a time but a status change.
        for record in EventCase.allRecords {
            let kept = record.forCommitments
            #expect(kept.seq == record.seq && kept.batch == record.batch && EventCase(kept.event) == EventCase(record.event))
            #expect(kept.forCommitments == kept)
            if case .commitmentUpdated = record.event { #expect(kept.at == record.at) } else { #expect(kept.at == "") }
        }
    }
}
