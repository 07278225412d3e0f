#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A compact text preview of the plan for `/plan` inside a session: each registered section
/// under its own title (the same titles as every other format).
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
        for s in PlanSectionRegistry.all {
            let body = s.previewBody(plan)
            guard !body.isEmpty else { continue }
            out.append(ChatLine(ObjectIdentifier(s) == ObjectIdentifier(DisagreementsSection.self) ? .parked : .info, "\(s.title):"))
            out += body
        }
        return out
    }

    /// Agreed lines look agreed; everything else looks captured.
    static func kind(_ s: ItemStatus?) -> ChatLine.Kind { s == .agreed ? .agreed : .captured }

    /// ✓ agreed, ? proposed, ⏸ parked, • otherwise.
    static func mark(_ s: ItemStatus?) -> String {
        switch s {
        case .agreed: return "✓"
        case .proposed: return "?"
        case .parked: return "⏸"
        default: return "•"
        }
    }
}
