/// The brief in Markdown and HTML (see `PlanBrief`).
enum PlanBriefRendering {
    /// "+ 2 more in the appendix", or nil.
    static func more(_ n: Int) -> String? { n > 0 ? "+ \(n) more in the appendix" : nil }

    /// "3 of 6 commitments still open (1 overdue) · 1 open disagreement".
    static func stillOpen(_ b: PlanBrief) -> String {
        var s = "\(b.openCommitments) of \(PlanText.count(b.totalCommitments, "commitment")) still open"
        if b.overdueCommitments > 0 { s += " (\(b.overdueCommitments) overdue)" }
        let d = b.disagreements.count + b.moreDisagreements
        return s + " · " + PlanText.count(d, "open disagreement")
    }

    /// "by 2027-03-31 · owner Dana & Lee · agreed by both".
    static func goalFacts(_ g: PlanGoal) -> [String] {
        [g.date.map { "by \($0)" }, g.owner.map { "owner \($0)" }, PlanText.statusLabel(g.status)].compactMap { $0 }
    }

    /// "Dana (Sales): the story, roles and the hand-off".
    static func presenter(_ p: PlanBrief.Presenter) -> String {
        "\(p.name) (\(p.role.label)): " + (p.parts.isEmpty ? "nothing yet" : p.parts.joined(separator: "; "))
    }

    // MARK: Markdown

    static func markdown(_ b: PlanBrief, plan: Plan) -> [String] {
        let e = PlanMarkdown.esc
        var out = ["## Brief for leadership", "", "**What we agreed:** \(e(b.headline))", ""]
        if !b.goals.isEmpty {
            out.append("**Joint goals**")
            out.append("")
            for g in b.goals {
                // The move, unless the goal's name already says it ("… from 18% to 25%").
                let name = g.metric ?? g.text
                let said = g.target.map { name.contains($0) } ?? false
                let move = said ? "" : [g.baseline, g.target].compactMap { $0 }.map(e).joined(separator: " → ")
                out.append(
                    "- \(e(g.metric ?? g.text))" + (move.isEmpty ? "" : ": \(move)") + " (\(e(goalFacts(g).joined(separator: ", "))))")
            }
            if let m = more(b.moreGoals) { out.append("- \(m)") }
            out.append("")
        }
        if !b.ask.isEmpty {
            out.append("**Our ask of leadership**" + (b.askNote.map { " _(\(e($0)))_" } ?? ""))
            out.append("")
            out += b.ask.enumerated().map { "\($0.offset + 1). \(e($0.element.text).replacingText("\n", with: " "))" }
            if let m = more(b.moreAsk) { out.append("- \(m)") }
            out.append("")
        }
        if !b.commitments.isEmpty {
            out.append("**Top commitments**")
            out.append("")
            out.append("| Commitment | Owner | Due | Progress |")
            out.append("|---|---|---|---|")
            for c in b.commitments {
                out.append(
                    "| \(PlanMarkdown.cell(c.text)) | \(PlanMarkdown.cell(c.owner ?? "")) | \(PlanMarkdown.cell(c.due ?? "")) | \(CommitmentsSection.progressText(c)) |"
                )
            }
            if let m = more(b.moreCommitments) {
                out.append("")
                out.append(m)
            }
            out.append("")
        }
        if let h = b.handoff { out += ["**Hand-off:** \(e(h))", ""] }
        out.append("**Still open:** \(e(stillOpen(b)))")
        for d in b.disagreements { out.append("- \(e(d.text)) — \(DisagreementsSection.who(d, esc: e))") }
        if let m = more(b.moreDisagreements) { out.append("- \(m)") }
        out.append("")
        out.append("**Who presents what:** " + b.presenters.map { e(presenter($0)) }.joined(separator: " · "))
        out.append("")
        out.append("**Sign-off:**")
        out.append("")
        for s in b.signOff {
            out.append(
                "- \(s.role.label) lead: \(s.name.isEmpty ? "________________" : e(s.name)) — signature ________________ date __________")
        }
        out.append("")
        out.append("---")
        out.append("")
        out.append("# Appendix: the full plan")
        return out
    }

    // MARK: HTML

    static func html(_ b: PlanBrief, plan: Plan) -> [String] {
        let e = PlanHTML.esc
        var h = ["<section class=\"brief\" id=\"brief\">"]
        h.append("<header class=\"top\"><div class=\"eyebrow\">Brief for leadership · \(e(plan.date))</div>")
        h.append("<h1>\(e(plan.title))</h1>")
        h.append("<div class=\"meta\">\(PlanHTML.metaLine(plan))</div></header>")
        if plan.isDraft {
            h.append("<div class=\"banner\" role=\"note\">DRAFT — not yet co-created. <span>\(e(plan.draftReason ?? ""))</span></div>")
        }
        h.append("<p class=\"headline\">\(e(b.headline))</p>")
        if !b.goals.isEmpty {
            h.append("<h2>Joint goals</h2><div class=\"bgoals\">")
            for g in b.goals {
                h.append(
                    "<div class=\"bgoal\"><div class=\"name\">\(e(g.metric ?? g.text))</div>\(GoalsSection.bar(g, width: 360))"
                        + "<div class=\"facts\">\(e(goalFacts(g).joined(separator: " · ")))</div></div>")
            }
            h.append("</div>")
            if let m = more(b.moreGoals) { h.append("<p class=\"more\">\(m)</p>") }
        }
        h.append("<div class=\"cols\"><div>")
        h.append("<h2>Our ask of leadership</h2>")
        if b.ask.isEmpty {
            h.append("<p class=\"who\">No ask noted yet.</p>")
        } else {
            h.append("<ol class=\"asks\">" + b.ask.map { "<li><div class=\"clamp\">\(e($0.text))</div></li>" }.joined() + "</ol>")
            if let note = b.askNote { h.append("<p class=\"who\">\(e(note))</p>") }
            if let m = more(b.moreAsk) { h.append("<p class=\"more\">\(m)</p>") }
        }
        h.append("</div><div>")
        h.append("<h2>Hand-off</h2><p class=\"clamp3\">\(e(b.handoff ?? "Not agreed yet."))</p>")
        h.append("<h2>Who presents what</h2><ul class=\"plain\">")
        h += b.presenters.map {
            "<li><strong>\(e($0.name))</strong> <span class=\"who\">(\($0.role.label))</span>: \(e($0.parts.isEmpty ? "nothing yet" : $0.parts.joined(separator: "; ")))</li>"
        }
        h.append("</ul></div></div>")
        h.append("<h2>Top commitments</h2>")
        if b.commitments.isEmpty {
            h.append("<p class=\"who\">Nothing open.</p>")
        } else {
            h.append(
                "<table class=\"btable\"><thead><tr><th>Commitment</th><th>Owner</th><th>Due</th><th>Progress</th></tr></thead><tbody>")
            for c in b.commitments {
                h.append(
                    "<tr><td><div class=\"clamp1\">\(c.kind == .goal ? "<span class=\"who\">Goal · </span>" : "")\(e(c.text))</div></td><td class=\"nw\">\(e(c.owner ?? ""))</td>"
                        + "<td class=\"nw\">\(e(c.due ?? ""))</td><td class=\"nw\"><span class=\"progress \(PlanHTML.progressClass(c))\">\(e(CommitmentsSection.progressText(c)))</span></td></tr>"
                )
            }
            h.append("</tbody></table>")
            if let m = more(b.moreCommitments) { h.append("<p class=\"more\">\(m)</p>") }
        }
        h.append("<h2>Still open</h2><p>\(e(stillOpen(b)))</p>")
        if !b.disagreements.isEmpty {
            // One disagreement gets two lines (who and why); several get one line each.
            let clamp = b.disagreements.count == 1 ? "clamp" : "clamp1"
            h.append(
                "<ul class=\"plain\">"
                    + b.disagreements.map {
                        "<li class=\"\(clamp)\"><strong>\(e($0.text))</strong> <span class=\"who\">\(DisagreementsSection.who($0, esc: e, separator: " · "))</span></li>"
                    }.joined() + "</ul>")
        }
        if let m = more(b.moreDisagreements) { h.append("<p class=\"more\">\(m)</p>") }
        h.append("<div class=\"sign\">")
        for s in b.signOff {
            h.append("<div><strong>\(s.name.isEmpty ? "&#160;" : e(s.name))</strong><br />\(s.role.label) lead · signature and date</div>")
        }
        h.append("</div>")
        h.append("</section>")
        return h
    }
}
