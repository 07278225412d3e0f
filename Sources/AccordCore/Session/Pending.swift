/// What the session is waiting for: derived from the state, never stored.
public enum Pending: Sendable, Equatable {
    /// The session has not opened its first step yet.
    case notStarted
    /// An answer from `role` for the current step.
    case answer(Role)
    /// A missing field of an item (the facilitator chases it).
    case field(item: String, field: String, Role)
    /// `role` to agree to (or decline) an item.
    case agreement(item: String, Role)
    /// A R/A/C/I row for activity `row` of the current step.
    case raciRow(Int, Role)
    /// The status of a recapped commitment.
    case commitment(ref: String, Role)
    /// What got in the way / why, and the new date, after "slipped" or "dropped".
    case commitmentFollowUp(ref: String, status: ReviewStatus, Role)
    /// Keep or rephrase after a coach flag.
    case coachChoice(Role)
    /// The current step has nothing left to ask: the engine moves on.
    case stepDone
    /// The last step is done.
    case finished

    /// Who is expected to type.
    public var role: Role? {
        switch self {
        case .answer(let r), .field(_, _, let r), .agreement(_, let r), .raciRow(_, let r),
            .commitment(_, let r), .commitmentFollowUp(_, _, let r), .coachChoice(let r):
            return r
        case .notStarted, .stepDone, .finished:
            return nil
        }
    }
}

extension SessionState {
    /// What the session waits for now, including a pending coach choice.
    public var pending: Pending {
        if let c = pendingCoach, step != nil { return .coachChoice(c.speaker) }
        return basePending
    }

    /// What the session waits for, ignoring a pending coach choice.
    public var basePending: Pending {
        guard started else { return .notStarted }
        guard let step, !completed else { return .finished }
        if skippedSteps.contains(stepIndex) { return .stepDone }
        if let id = open.first, let item = item(id) {
            if let field = ItemRules.missingFields(item).first {
                return .field(item: id, field: field, item.by)
            }
            let waiting: Role = item.agreedBy.contains(item.by.other) ? item.by : item.by.other
            return .agreement(item: id, waiting)
        }
        return step.capture.kind.pending(step: step, state: self)
    }

    /// Who answers a step, in order.
    public func answerers(for step: Step) -> [Role] {
        switch step.who {
        case .sales: return [.sales]
        case .marketing: return [.marketing]
        case .each: return speaker == .marketing && turnsDone.isEmpty ? [.marketing, .sales] : [.sales, .marketing]
        case .either: return [speaker]
        }
    }

    func answerer(for step: Step) -> Role {
        switch step.who {
        case .sales: return .sales
        case .marketing: return .marketing
        case .each, .either: return speaker
        }
    }
}
