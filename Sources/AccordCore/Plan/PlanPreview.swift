import Foundation

/// A compact text preview of the plan for `/plan` inside a session.
public enum PlanPreview {
    /// The preview of the plan this session alone would produce, as chat lines.
    public static func lines(_ state: SessionState, now: Date = Date()) -> [ChatLine] {
        let source = PlanBuilder.Source(id: state.id, playbook: state.playbook.id, started: "", state: state)
        return lines(PlanBuilder.build([source], generated: now))
    }

    /// The preview of a plan.
    public static func lines(_ plan: Plan) -> [ChatLine] {
        var out = [ChatLine(.heading, "── Plan preview · \(plan.title) ──")]
        if plan.isDraft {
            out.append(ChatLine(.info, "DRAFT — not yet co-created. \(plan.draftReason ?? "")"))
        }
        out.append(ChatLine(.info, plan.summary))
        func kind(_ s: ItemStatus?) -> ChatLine.Kind { s == .agreed ? .agreed : .captured }
        func mark(_ s: ItemStatus?) -> String {
            switch s {
            case .agreed: return "✓"
            case .proposed: return "?"
            case .parked: return "⏸"
            default: return "•"
            }
        }
        if !plan.goals.isEmpty { out.append(ChatLine(.info, "Goals:")) }
        for g in plan.goals { out.append(ChatLine(kind(g.status), "  \(mark(g.status)) \(PlanText.goal(g))")) }
        if !plan.roles.isEmpty { out.append(ChatLine(.info, "Roles:")) }
        for r in plan.roles { out.append(ChatLine(kind(r.status), "  \(mark(r.status)) \(PlanText.role(r))")) }
        let sections: [(String, [PlanEntry])] = [("Hand-off", plan.handoff), ("Keeping score", plan.scorekeeping),
                                                 ("Learnings", plan.learnings), ("Story", plan.story), ("Ask", plan.ask),
                                                 ("Leadership questions", plan.questions)]
        for (title, list) in sections where !list.isEmpty {
            out.append(ChatLine(.info, "\(title):"))
            for e in list.prefix(6) {
                let text = e.text.split(separator: "\n").first.map(String.init) ?? ""
                out.append(ChatLine(kind(e.status), "  \(mark(e.status)) \(e.by.map { "\($0): " } ?? "")\(text)"))
            }
            if list.count > 6 { out.append(ChatLine(.info, "  … and \(list.count - 6) more")) }
        }
        let actions = plan.commitments.filter { $0.kind == .action }
        if !actions.isEmpty { out.append(ChatLine(.info, "Commitments:")) }
        for c in actions { out.append(ChatLine(kind(c.status), "  \(mark(c.status)) \(PlanText.commitment(c))")) }
        if !plan.disagreements.isEmpty { out.append(ChatLine(.parked, "Open disagreements:")) }
        for d in plan.disagreements {
            let why = [d.declinedBy.map { "declined by \($0)" }, d.reason].compactMap { $0 }.joined(separator: ": ")
            out.append(ChatLine(.parked, "  ⏸ \(d.text)\(why.isEmpty ? "" : " — \(why)")"))
        }
        return out
    }
}
