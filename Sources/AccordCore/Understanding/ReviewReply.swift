/// What a lead says about an earlier commitment in a review: a status, why, and a new date — in
/// one answer in any order, or across two.
public struct ReviewReply: Sendable, Equatable {
    /// Done, in progress, slipped, carried or dropped.
    public var status: ReviewStatus?
    /// Why (for a slip or a drop) or how it stands (in progress): the words, without the status and the date.
    public var reason: String?
    /// The new date, for a slip (or an in-progress item that names one).
    public var newDate: DateFound?
    /// A date that could be read two ways (03/04) or is vague.
    public var dateQuestion: Question<DateFound>?

    /// Nothing yet.
    public init(status: ReviewStatus? = nil, reason: String? = nil, newDate: DateFound? = nil) {
        self.status = status
        self.reason = reason
        self.newDate = newDate
    }

    /// What the review still needs before it can record this: a slip needs why and a new date, a
    /// drop needs why.
    public var missing: [ReviewPart] {
        guard let status else { return [.status] }
        var out: [ReviewPart] = []
        switch status {
        case .slipped:
            if (reason ?? "").isEmpty { out.append(.reason) }
            if newDate == nil { out.append(.date) }
        case .dropped:
            if (reason ?? "").isEmpty { out.append(.reason) }
        case .done, .inProgress, .carried:
            break
        }
        return out
    }

    /// The follow-up question for the first missing part, with one example.
    public var followUp: String? {
        guard let first = missing.first else { return nil }
        let have = [status.map { "\($0.label)" }, reason.map { "“\($0)”" }, newDate.map { "new date \($0.day.spoken)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let prefix = have.isEmpty ? "" : "Got it: \(have). "
        switch first {
        case .status:
            return
                "\(prefix)Done, in progress, slipped, carried forward or dropped? e.g. `slipped — the data came late; new date 20 February`"
        case .reason: return "\(prefix)What got in the way? A few words, blamelessly. e.g. `the first report came late`"
        case .date: return "\(prefix)And the new date? e.g. `20 February` — or say “carry forward”."
        }
    }

    /// `later` (a follow-up answer) laid over this one: it fills what is missing, a date never
    /// replaces a reason, a second reason is added to the first, a new date replaces the old one.
    public func merging(_ later: ReviewReply) -> ReviewReply {
        var m = self
        if let s = later.status { m.status = s }
        if let r = later.reason, !r.isEmpty {
            if let old = m.reason, !old.isEmpty, old != r { m.reason = "\(old); \(r)" } else { m.reason = r }
        }
        if let d = later.newDate {
            m.newDate = d
            m.dateQuestion = nil
        }
        if let q = later.dateQuestion { m.dateQuestion = q }
        return m
    }
}

/// A part of a review reply.
public enum ReviewPart: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Done, in progress, slipped, carried or dropped.
    case status
    /// Why (a slip or a drop).
    case reason
    /// The new date (a slip).
    case date
}
