#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The one-page brief for leadership that heads the HTML and Markdown plan: what we agreed in one
/// sentence, the joint goals, the ask, the top commitments, the hand-off in one line, what is still
/// open, who presents what, and the sign-off. Lists are capped so the page never overflows; what
/// does not fit is counted as "+ N more in the appendix".
public struct PlanBrief: Sendable, Equatable {
    /// Caps that keep the brief on one A4 or Letter page.
    public static let maxGoals = 4, maxAsk = 3, maxCommitments = 5, maxDisagreements = 2

    /// A lead and the parts they present.
    public struct Presenter: Sendable, Equatable {
        public var role: Role
        public var name: String
        public var parts: [String]
    }

    /// What we agreed, in one sentence.
    public var headline: String
    public var goals: [PlanGoal]
    public var moreGoals: Int
    /// The ask of leadership.
    public var ask: [PlanEntry]
    public var moreAsk: Int
    /// Who wrote the ask when it comes from a solo prep ("prepared by Dana; Lee to confirm").
    public var askNote: String?
    /// Unfinished commitments: overdue first, then by due date.
    public var commitments: [PlanCommitment]
    public var moreCommitments: Int
    /// The hand-off agreement in one line.
    public var handoff: String?
    /// Counts for "still open".
    public var totalCommitments: Int, openCommitments: Int, overdueCommitments: Int
    public var disagreements: [PlanDisagreement]
    public var moreDisagreements: Int
    public var presenters: [Presenter]
    public var signOff: [PlanSignature]

    /// The brief of `plan`.
    public init(_ plan: Plan) {
        headline = Self.headline(plan)
        goals = Array(plan.goals.prefix(Self.maxGoals))
        moreGoals = max(plan.goals.count - Self.maxGoals, 0)
        ask = Array(plan.ask.prefix(Self.maxAsk))
        moreAsk = max(plan.ask.count - Self.maxAsk, 0)
        let soloAsk = plan.ask.contains { e in plan.sessions.contains { $0.id == e.session && $0.solo } }
        if soloAsk, let author = plan.ask.first?.by {
            let other = [plan.leads.sales, plan.leads.marketing].compactMap { $0 }.first { $0 != author }
            askNote = "Prepared by \(author) in a solo prep" + (other.map { "; \($0) to confirm" } ?? "")
        }
        let counted = plan.commitments.filter { $0.status != .parked }
        let unfinished = counted.filter { !$0.progress.isFinished }.sorted {
            ($0.overdue ? 0 : 1, $0.due ?? "9999", $0.kind == .action ? 0 : 1) < (
                $1.overdue ? 0 : 1, $1.due ?? "9999", $1.kind == .action ? 0 : 1
            )
        }
        commitments = Array(unfinished.prefix(Self.maxCommitments))
        moreCommitments = max(unfinished.count - Self.maxCommitments, 0)
        totalCommitments = counted.count
        openCommitments = unfinished.count
        overdueCommitments = unfinished.filter(\.overdue).count
        handoff = Self.handoffLine(plan)
        disagreements = Array(plan.disagreements.prefix(Self.maxDisagreements))
        moreDisagreements = max(plan.disagreements.count - Self.maxDisagreements, 0)
        let deck = PlanPresentation(plan)
        presenters = [Role.sales, .marketing].map { Presenter(role: $0, name: PlanPresentation.name($0, plan), parts: deck.parts(of: $0)) }
        signOff = plan.signOff
    }

    /// "Dana (Sales) and Lee (Marketing) agreed 3 joint goals by 2027-03-31, who does what in 9
    /// funnel activities, and 6 commitments to get there."
    public static func headline(_ plan: Plan) -> String {
        let counted: Set<ItemStatus> = plan.isDraft ? [.draft, .proposed, .agreed] : [.agreed]
        let goals = plan.goals.filter { counted.contains($0.status) }
        let roles = plan.roles.filter { counted.contains($0.status) }.count
        let commitments = plan.commitments.filter { counted.contains($0.status) }.count
        let dates = Set(goals.compactMap(\.date))
        var parts: [String] = []
        if !goals.isEmpty { parts.append(PlanText.count(goals.count, "joint goal") + (dates.count == 1 ? " by \(dates.first!)" : "")) }
        if roles > 0 {
            parts.append(
                "who does what in \(PlanText.count(roles, "funnel activity").replacingText("activitys", with: "activities"))")
        }
        if commitments > 0 { parts.append(PlanText.count(commitments, "commitment") + " to get there") }
        let what =
            parts.isEmpty
            ? "nothing yet" : parts.count < 3 ? PlanText.list(parts) : parts.dropLast().joined(separator: ", ") + ", and " + parts.last!
        if plan.isDraft {
            let who = plan.leads.preparedBy ?? plan.leads.display
            return "Draft by \(who), not yet agreed by both leads: \(what)."
        }
        let a = plan.leads.sales.map { "\($0) (Sales)" } ?? "Sales"
        let b = plan.leads.marketing.map { "\($0) (Marketing)" } ?? "Marketing"
        return "\(a) and \(b) agreed \(what)."
    }

    /// The hand-off agreement in one line: the sales-ready definition and the follow-up promise
    /// when the hand-off section has them, else its first two lines.
    public static func handoffLine(_ plan: Plan) -> String? {
        let list = plan.handoff.filter { $0.status == nil || $0.status == .agreed }
        guard !list.isEmpty else { return nil }
        let definition = list.first { $0.text.lowercased().contains("sales-ready") } ?? list[0]
        let promise =
            list.first { $0 != definition && ($0.topic.lowercased().contains("follow") || $0.text.lowercased().contains("within")) }
            ?? list.first { $0 != definition }
        var lines: [String] = []
        for entry in [definition, promise].compactMap({ $0 }) {
            let first = entry.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            var text = first.trimming(charactersIn: ". ")
            if !lines.isEmpty { text = text.prefix(1).lowercased() + text.dropFirst() }
            lines.append(text)
        }
        let line = lines.joined(separator: "; ")
        return line + "."
    }
}
