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
            out.append("> **DRAFT — not yet co-created.** \(esc(plan.draftReason ?? "")) Items below are drafts until both leads agree them.")
            out.append("")
        }
        out.append(esc(plan.summary))

        entries("The story", plan.story, into: &out)
        entries("Our ask of leadership", plan.ask, into: &out)

        if !plan.goals.isEmpty {
            section("Joint goals", into: &out)
            out.append("| Goal | Baseline → target | By | Owner | Proposed by | Status |")
            out.append("|---|---|---|---|---|---|")
            for g in plan.goals {
                let move = [g.baseline, g.target].compactMap { $0 }.map(cell).joined(separator: " → ")
                out.append("| \(cell(g.metric ?? g.text)) | \(move) | \(cell(g.date ?? "")) | \(cell(g.owner ?? "")) | \(cell(g.proposedBy)) | \(PlanText.statusLabel(g.status) ?? "") |")
            }
        }
        entries("How we keep score", plan.scorekeeping, into: &out)

        if !plan.roles.isEmpty {
            section("Roles and responsibilities", into: &out)
            out.append("| Activity | Sales | Marketing | Status |")
            out.append("|---|---|---|---|")
            for r in plan.roles {
                out.append("| \(cell(r.activity)) | \(r.sales.isEmpty ? "–" : r.sales) | \(r.marketing.isEmpty ? "–" : r.marketing) | \(PlanText.statusLabel(r.status) ?? "") |")
            }
            out.append("")
            out.append("R = Responsible (does the work) · A = Accountable (owns the outcome; exactly one) · C = Consulted · I = Informed")
        }
        entries("Hand-off agreement", plan.handoff, into: &out)

        if !plan.commitments.isEmpty {
            section("Commitments", into: &out)
            out.append("| Commitment | Owner | Due | Progress | Status |")
            out.append("|---|---|---|---|---|")
            for c in plan.commitments {
                let progress = c.progress.label + (c.overdue ? " (overdue)" : "") + (c.note.map { ": " + $0 } ?? "")
                out.append("| \(cell((c.kind == .goal ? "Goal: " : "") + c.text)) | \(cell(c.owner ?? "")) | \(cell(c.due ?? "")) | \(cell(progress)) | \(PlanText.statusLabel(c.status) ?? "") |")
            }
        }
        entries("Facts and context", plan.context, into: &out)
        entries("What we learned", plan.learnings, into: &out)
        entries("Acknowledgements", plan.acknowledgements, into: &out)
        entries("Questions leadership may ask", plan.questions, into: &out)

        section("Open disagreements", into: &out)
        if plan.disagreements.isEmpty {
            out.append("None: nothing is parked.")
        }
        for d in plan.disagreements {
            var line = "- **\(esc(d.text))**"
            var who: [String] = []
            if let r = d.raisedBy { who.append((d.kind == "topic" ? "raised by " : "proposed by ") + esc(r)) }
            if let by = d.declinedBy { who.append("declined by \(esc(by))" + (d.reason.map { ": “\(esc($0))”" } ?? "")) }
            else if let reason = d.reason { who.append("parked: “\(esc(reason))”") }
            if !d.topic.isEmpty { who.append("in “\(esc(d.topic))”") }
            if !who.isEmpty { line += " — " + who.joined(separator: "; ") }
            out.append(line)
        }

        if !plan.counterpartQuestions.isEmpty {
            section("Questions to take to your counterpart", into: &out)
            out += plan.counterpartQuestions.map { "- \(esc($0))" }
        }

        section("Sessions this plan draws on", into: &out)
        for s in plan.sessions {
            let flags = [s.completed ? "completed" : "not finished", s.solo ? "solo" : nil].compactMap { $0 }.joined(separator: ", ")
            out.append("- \(String(s.started.prefix(10))) · \(esc(s.playbookTitle))\(s.title.map { " — " + esc($0) } ?? "") (\(flags)) `\(s.id)`")
        }

        section("Sign-off", into: &out)
        for s in plan.signOff {
            out.append("- \(s.role.label) lead: \(s.name.isEmpty ? "________________" : esc(s.name)) — signature ________________ date __________")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, into out: inout [String]) {
        out.append("")
        out.append("## \(title)")
        out.append("")
    }

    /// A section of entries, grouped under the steps they came from when there are several.
    private static func entries(_ title: String, _ list: [PlanEntry], into out: inout [String]) {
        guard !list.isEmpty else { return }
        section(title, into: &out)
        var topics: [String] = []
        for e in list where !topics.contains(e.topic) { topics.append(e.topic) }
        for topic in topics {
            if topics.count > 1 {
                if out.last != "" { out.append("") }
                out.append("### \(esc(topic))")
                out.append("")
            }
            for e in list where e.topic == topic {
                let status = e.status == .agreed || e.status == nil ? "" : " _(\(PlanText.statusLabel(e.status) ?? ""))_"
                let who = e.by.map { "\(esc($0)): " } ?? ""
                out.append("- \(who)\(esc(e.text).replacingOccurrences(of: "\n", with: "\n  "))\(status)")
            }
        }
    }

    /// Escapes `<` and `>` so no user text becomes an HTML tag.
    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A table cell: escaped, `|` escaped, one line.
    private static func cell(_ s: String) -> String {
        esc(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
