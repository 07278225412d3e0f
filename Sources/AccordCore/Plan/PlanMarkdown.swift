/// The plan as Markdown (the default format of `accord plan`).
///
/// Every user-supplied string is escaped: `<` and `>` become `&lt;` and `&gt;` (so `<script>` shows
/// as text and never as a tag; `&` stays readable in a terminal), and `|` is escaped in table cells.
public enum PlanMarkdown {
    /// The Markdown text, ending with a newline.
    public static func render(_ plan: Plan) -> String {
        var out: [String] = []
        out.append("# \(esc(plan.title))")
        out.append("")
        var meta: [String] = []
        if let s = plan.leads.sales { meta.append("**Sales:** \(esc(s))") }
        if let m = plan.leads.marketing { meta.append("**Marketing:** \(esc(m))") }
        if plan.leads.sales == nil, let p = plan.leads.preparedBy { meta.append("**Prepared by:** \(esc(p)) (solo)") }
        meta.append("**Date:** \(plan.date)")
        meta.append("**Status:** " + (plan.isDraft ? "DRAFT — not yet co-created" : "co-created by both leads"))
        out.append(meta.joined(separator: " · "))
        out.append("")
        if plan.isDraft {
            out.append(
                "> **DRAFT — not yet co-created.** \(esc(plan.draftReason ?? "")) Items below are drafts until both leads agree them.")
            out.append("")
        }
        out += PlanBriefRendering.markdown(PlanBrief(plan), plan: plan)
        out.append("")
        out.append(esc(plan.summary))

        for s in PlanSectionRegistry.all where !s.isEmpty(in: plan) {
            section(s.title, into: &out)
            out += s.markdownBody(plan)
        }

        section("Sessions this plan draws on", into: &out)
        for s in plan.sessions {
            let flags = [s.completed ? "completed" : "not finished", s.solo ? "solo" : nil].compactMap { $0 }.joined(separator: ", ")
            out.append(
                "- \(String(s.started.prefix(10))) · \(esc(s.playbookTitle))\(s.title.map { " — " + esc($0) } ?? "") (\(flags)) `\(s.id)`")
        }

        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, into out: inout [String]) {
        out.append("")
        out.append("## \(title)")
        out.append("")
    }

    /// Escapes `<` and `>` so no user text becomes an HTML tag.
    static func esc(_ s: String) -> String {
        s.replacingText("<", with: "&lt;").replacingText(">", with: "&gt;")
    }

    /// A table cell: escaped, `|` escaped, one line.
    static func cell(_ s: String) -> String {
        esc(s).replacingText("|", with: "\\|").replacingText("\n", with: " ")
    }
}
