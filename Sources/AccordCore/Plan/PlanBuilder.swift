#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Builds a `Plan` from replayed sessions.
///
/// Rules: only items both leads agreed count as agreed; in a solo session everything is a draft.
/// Later sessions (by start time) override earlier ones where they overlap: the newest session
/// with goals supplies the goals, the newest row per activity wins in the R/A/C/I matrix, and in
/// a section (`plan: handoff`, `plan: learnings`…) a newer session of the same playbook replaces
/// what an older one said there, while different playbooks add to it.
/// Commitments and open disagreements accumulate across all sessions and are never dropped; a
/// commitment's progress is the latest review update for it among the sessions given.
public enum PlanBuilder {
    /// One session as the builder sees it.
    typealias Source = PlanInput.Source

    /// The plan for `sessions` (any order), as of `generated`.
    public static func build(sessions: [(header: SessionHeader, state: SessionState)], generated: Date) -> Plan {
        build(
            sessions.map { Source(id: $0.header.id, playbook: $0.header.playbook, started: $0.header.started, state: $0.state) },
            generated: generated)
    }

    static func build(_ input: [Source], generated: Date) -> Plan {
        let sources = input.enumerated().sorted {
            ($0.element.started, $0.element.id, $0.offset) < ($1.element.started, $1.element.id, $1.offset)
        }
        .map(\.element)
        let date = Self.day(generated)
        let coCreated = sources.last { !$0.state.solo }
        let soloAuthor = sources.last { $0.state.solo }?.state.participants.sales
        let leads = PlanLeads(
            sales: coCreated?.state.participants.sales, marketing: coCreated?.state.participants.marketing,
            preparedBy: soloAuthor)
        // A solo session drafts the whole plan when it captured commitments (goals, roles, actions)
        // or when no session is co-created; a solo prep next to co-created sessions only adds
        // its story, ask and questions, each marked as a draft by its author.
        let soloCommits = sources.contains { s in s.state.solo && s.state.items.contains { Self.commits($0.kind) } }
        let anySolo = soloCommits || (coCreated == nil && !sources.isEmpty)
        let anyAgreed = sources.contains { s in s.state.agreedItems.contains { $0.kind != .agreement } }
        var draftReason: String?
        if sources.isEmpty {
            draftReason = "No sessions yet."
        } else if anySolo {
            draftReason = "Prepared solo: nothing in it is agreed until both leads are in the room."
        } else if !anyAgreed {
            draftReason = "Nothing is agreed by both leads yet."
        }
        let status: PlanStatus = draftReason == nil ? .coCreated : .draft

        let titles = sources.compactMap { $0.state.title?.trimmingWhitespaceSet() }.filter { !$0.isEmpty }
        var uniqueTitles: [String] = []
        for t in titles where !uniqueTitles.contains(t) { uniqueTitles.append(t) }
        let names = [leads.sales, leads.marketing].compactMap { $0 }
        let title =
            uniqueTitles.isEmpty
            ? "Sales & Marketing plan: " + (names.isEmpty ? (soloAuthor ?? "draft") : names.joined(separator: " & "))
            : uniqueTitles.joined(separator: " · ")

        var input = PlanInput(
            sources: sources, today: date,
            plan: Plan(
                title: title, date: date, generated: Self.timestamp(generated), leads: leads, status: status,
                draftReason: draftReason, summary: "",
                sessions: sources.map {
                    PlanSession(
                        id: $0.id, playbook: $0.playbook, playbookTitle: $0.state.playbook.title, title: $0.state.title,
                        started: $0.started, completed: $0.state.completed, solo: $0.state.solo)
                },
                signOff: [
                    PlanSignature(role: .sales, name: leads.sales ?? ""), PlanSignature(role: .marketing, name: leads.marketing ?? ""),
                ]))
        for section in PlanSectionRegistry.all { section.buildInto(&input) }
        var plan = input.plan
        plan.summary = summary(plan)
        return plan
    }

    /// Whether items of this kind are commitments the two leads make together (a solo one drafts the plan).
    static func commits(_ kind: Capture) -> Bool {
        switch kind {
        case .goal, .raci, .action: return true
        default: return false
        }
    }

    /// "Dana (Sales) and Lee (Marketing) agreed 3 joint goals, …".
    static func summary(_ plan: Plan) -> String {
        let counted: Set<ItemStatus> = plan.isDraft ? [.draft, .proposed, .agreed] : [.agreed]
        let goals = plan.goals.filter { counted.contains($0.status) }.count
        let roles = plan.roles.filter { counted.contains($0.status) }.count
        let commitments = plan.commitments.filter { counted.contains($0.status) }.count
        let open = plan.disagreements.count
        let parts =
            "\(PlanText.count(goals, "joint goal")), \(PlanText.count(roles, "role")) assigned, "
            + "\(PlanText.count(commitments, "commitment")) and \(PlanText.count(open, "open disagreement"))."
        if plan.isDraft {
            let who = plan.leads.preparedBy ?? plan.leads.display
            return "Draft by \(who), not yet co-created: " + parts
        }
        return "\(plan.leads.display) agreed: " + parts
    }

    static func day(_ date: Date) -> String {
        UTCTime.day(date)
    }

    static func timestamp(_ date: Date) -> String {
        UTCTime.iso(date)
    }
}
