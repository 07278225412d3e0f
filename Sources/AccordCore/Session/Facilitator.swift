#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the facilitator says: the words of each step, the question for whatever is pending, and the
/// summaries. Shared by the live session, `show` and `replay`, so all three read the same.
public struct Facilitator: Sendable {
    public let participants: Participants

    public init(participants: Participants) { self.participants = participants }

    /// The prompt before the cursor: whose turn it is.
    public func prompt(for pending: Pending, state: SessionState) -> String {
        let role = pending.role ?? state.speaker
        if participants.solo, state.step?.who == .either { return "\(participants.sales) › " }
        return "\(participants.display(role)) › "
    }

    /// The words of a step, with `{sales}` and `{marketing}` filled in.
    public func words(of step: Step) -> String {
        step.prompt
            .replacingText("{sales}", with: participants.sales)
            .replacingText("{marketing}", with: participants.marketing)
    }

    /// The step heading.
    public func heading(index: Int, state: SessionState) -> String {
        let step = state.playbook.steps[index]
        return "── Step \(index + 1) of \(state.playbook.steps.count) · \(step.title) ──"
    }

    /// The question for what is pending now (shown when it changes).
    public func ask(_ pending: Pending, state: SessionState) -> [ChatLine] {
        guard let step = state.step else { return [] }
        switch pending {
        case .answer, .raciRow, .commitment, .commitmentFollowUp:
            return step.capture.kind.ask(pending, step: step, state: state, facilitator: self)
        case .field(let id, let field, _):
            guard let item = state.item(id) else { return [] }
            return [ChatLine(.facilitator, item.kind.kind.question(for: field, item: item, participants: participants))]
        case .agreement(let id, let role):
            guard let item = state.item(id) else { return [] }
            return item.kind.kind.askAgreement(item, role: role, facilitator: self)
        case .coachChoice:
            return [ChatLine(.facilitator, "Press Enter to keep it as written, or type a rephrased version.")]
        case .notStarted, .stepDone, .finished:
            return []
        }
    }

    /// One item as a sentence for agreement questions and summaries.
    public func describe(_ item: Item) -> String {
        item.kind.kind.describe(item, participants: participants)
    }

    /// The status block for `/status` and `/who`.
    public func status(_ state: SessionState) -> [ChatLine] {
        var lines: [ChatLine] = []
        if participants.solo {
            lines.append(
                ChatLine(.info, "Solo prep: \(participants.sales) (drafts only — nothing is agreed until you both are in the room)."))
        } else {
            lines.append(ChatLine(.info, "Sales: \(participants.sales) · Marketing: \(participants.marketing)"))
        }
        if let role = state.pending.role { lines.append(ChatLine(.info, "Keyboard: \(participants.display(role))")) }
        if state.step != nil {
            lines.append(
                ChatLine(
                    .info, "Step \(state.stepIndex + 1) of \(state.playbook.steps.count): \(state.playbook.steps[state.stepIndex].title)"))
        } else if state.completed {
            lines.append(ChatLine(.info, "Session complete."))
        }
        let label = participants.solo ? "drafts" : "agreed"
        let count = participants.solo ? state.items.filter { !$0.parked }.count : state.agreedCount
        lines.append(ChatLine(.info, "\(label): \(count) · parked: \(state.parkedCount) · notes: \(state.notes.count)"))
        for (n, item) in state.numberedItems.enumerated() {
            let mark: String
            switch item.status(solo: state.solo) {
            case .agreed: mark = "✓"
            case .parked: mark = "⏸"
            case .draft, .proposed: mark = "·"
            }
            lines.append(ChatLine(.info, "  \(n + 1). \(mark) \(describe(item))"))
        }
        if !state.numberedItems.isEmpty { lines.append(ChatLine(.info, "  (/edit N changes one: /edit 2 target 30%)")) }
        return lines
    }

    /// The closing summary: what was agreed and what was parked.
    public func summary(_ state: SessionState) -> [ChatLine] {
        var lines = [ChatLine(.heading, "── \(state.playbook.title): done ──")]
        let kept = state.items.filter { !$0.parked && $0.kind != .agreement }
        if participants.solo {
            lines.append(ChatLine(.info, "DRAFT — not yet co-created: nothing here is agreed until you both are in the room."))
            // Grouped by where each item goes in the plan, so the ask for leadership is not mistaken
            // for a question to the counterpart.
            let groups: [(label: String, sections: Set<PlanStepKey?>)] = [
                ("The ask of leadership", [AskSection.stepKey]), ("Questions leadership may ask", [QuestionsSection.stepKey]),
                ("Take these to your counterpart", [CounterpartSection.stepKey]), ("Who presents what", [PresentersSection.stepKey]),
            ]
            func section(_ item: Item) -> PlanStepKey? {
                item.step < state.playbook.steps.count ? state.playbook.steps[item.step].plan : nil
            }
            let grouped = Set(groups.flatMap(\.sections))
            let others = kept.filter { !grouped.contains(section($0)) }
            for (label, sections) in groups + [(others.isEmpty ? "" : "Drafts", [])] {
                let items = sections.isEmpty ? others : kept.filter { sections.contains(section($0)) }
                guard !items.isEmpty else { continue }
                lines.append(ChatLine(.info, "\(label) (\(items.count)):"))
                lines += items.map { ChatLine(.captured, "  • \(describe($0))") }
            }
        } else {
            let agreed = state.agreedItems.filter { $0.kind != .agreement }
            lines.append(ChatLine(.agreed, agreed.isEmpty ? "Agreed by both: nothing yet." : "Agreed by both (\(agreed.count)):"))
            lines += agreed.map { ChatLine(.agreed, "  ✓ \(describe($0))") }
        }
        let parked =
            state.parkedItems.map { describe($0) + ($0.parkReason.map { $0.isEmpty ? "" : " — \($0)" } ?? "") }
            + state.parkedTopics.map(\.text)
        lines.append(ChatLine(.parked, parked.isEmpty ? "Parking lot: empty." : "Parking lot — open, to come back to (\(parked.count)):"))
        lines += parked.map { ChatLine(.parked, "  ⏸ \($0)") }
        if !state.commitmentUpdates.isEmpty {
            let updates = state.latestUpdate
            var counts: [ReviewStatus: Int] = [:]
            for u in updates.values { counts[u.status, default: 0] += 1 }
            let parts = ReviewStatus.summaryOrder.compactMap { key in counts[key].map { "\($0) \(key.label)" } }
            lines.append(ChatLine(.info, "Commitments reviewed (\(updates.count)): " + parts.joined(separator: ", ") + "."))
        }
        return lines
    }
}
