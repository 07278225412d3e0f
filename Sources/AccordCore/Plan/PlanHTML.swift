/// The plan as one self-contained HTML page: inline CSS and SVG, no scripts, no external fetches.
///
/// Well-formed XHTML-compatible markup (quoted attributes, self-closed void elements), so it also
/// parses as XML. Every user-supplied string is escaped (`&`, `<`, `>`, `"`, `'`). Reads well on a
/// projector and prints on A4 or Letter (`@page { size: auto; margin: 15mm }`).
public enum PlanHTML {
    /// The HTML page.
    public static func render(_ plan: Plan) -> String {
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\" />")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        h.append("<title>\(esc(plan.title))</title>")
        h.append("<style>\n\(PlanHTMLStyle.css)\n</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<main>")
        header(plan, into: &h)
        entries("The story", plan.story, into: &h)
        entries("Our ask of leadership", plan.ask, into: &h)
        goals(plan, into: &h)
        entries("How we keep score", plan.scorekeeping, into: &h)
        roles(plan, into: &h)
        entries("Hand-off agreement", plan.handoff, into: &h)
        commitments(plan, into: &h)
        entries("Facts and context", plan.context, into: &h)
        entries("What we learned", plan.learnings, into: &h)
        entries("Acknowledgements", plan.acknowledgements, into: &h)
        entries("Questions leadership may ask", plan.questions, into: &h)
        disagreements(plan, into: &h)
        if !plan.counterpartQuestions.isEmpty {
            h.append("<section id=\"counterpart\"><h2>Questions to take to your counterpart</h2><ul>")
            h += plan.counterpartQuestions.map { "<li>\(esc($0))</li>" }
            h.append("</ul></section>")
        }
        footer(plan, into: &h)
        h.append("</main>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    private static func header(_ plan: Plan, into h: inout [String]) {
        h.append("<header class=\"top\">")
        h.append("<div class=\"eyebrow\">Sales &amp; Marketing plan</div>")
        h.append("<h1>\(esc(plan.title))</h1>")
        var meta: [String] = []
        if let s = plan.leads.sales { meta.append("<span>Sales <strong>\(esc(s))</strong></span>") }
        if let m = plan.leads.marketing { meta.append("<span>Marketing <strong>\(esc(m))</strong></span>") }
        if plan.leads.sales == nil, let p = plan.leads.preparedBy { meta.append("<span>Prepared by <strong>\(esc(p))</strong> (solo)</span>") }
        meta.append("<span>\(esc(plan.date))</span>")
        meta.append(plan.isDraft ? "<span class=\"badge draft\">Draft</span>" : "<span class=\"badge co\">Co-created</span>")
        h.append("<div class=\"meta\">\(meta.joined())</div>")
        h.append("</header>")
        if plan.isDraft {
            h.append("<div class=\"banner\" role=\"note\">DRAFT — not yet co-created. <span>\(esc(plan.draftReason ?? "")) Everything below is a draft until both leads agree it.</span></div>")
        }
        h.append("<p class=\"summary\">\(esc(plan.summary))</p>")
        let counted: Set<ItemStatus> = plan.isDraft ? [.draft, .proposed, .agreed] : [.agreed]
        let stats: [(Int, String, String)] = [
            (plan.goals.filter { counted.contains($0.status) }.count, "joint goals", ""),
            (plan.roles.filter { counted.contains($0.status) }.count, "roles assigned", ""),
            (plan.commitments.filter { counted.contains($0.status) }.count, "commitments", ""),
            (plan.disagreements.count, "open disagreements", plan.disagreements.isEmpty ? "" : " open"),
        ]
        guard stats.contains(where: { $0.0 > 0 }) else { return }
        h.append("<div class=\"stats\">" + stats.map { "<div class=\"stat\($0.2)\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined() + "</div>")
    }

    private static func goals(_ plan: Plan, into h: inout [String]) {
        guard !plan.goals.isEmpty else { return }
        h.append("<section id=\"goals\"><h2>Joint goals</h2>")
        for g in plan.goals {
            h.append("<div class=\"goal\">")
            h.append("<div class=\"what\">\(esc(g.metric ?? g.text))\(tag(g.status))</div>")
            if let svg = PlanSVG.goalBar(baseline: g.baseline, target: g.target) {
                h.append(svg)
            } else if g.baseline != nil || g.target != nil {
                h.append("<div class=\"fallback\">\(esc(g.baseline ?? "?")) → <strong>\(esc(g.target ?? "?"))</strong></div>")
            }
            var facts: [String] = []
            if g.metric != nil, g.metric != g.text, g.baseline == nil || g.target == nil { facts.append(esc(g.text)) }
            if let d = g.date { facts.append("by <strong>\(esc(d))</strong>") }
            if let o = g.owner { facts.append("owner <strong>\(esc(o))</strong>") }
            facts.append("proposed by \(esc(g.proposedBy))")
            if g.status == .agreed { facts.append("agreed by both") }
            h.append("<div class=\"facts\">\(facts.joined(separator: " · "))</div>")
            h.append("</div>")
        }
        h.append("</section>")
    }

    private static func roles(_ plan: Plan, into h: inout [String]) {
        guard !plan.roles.isEmpty else { return }
        let sales = plan.leads.sales.map { "Sales · \(esc($0))" } ?? "Sales"
        let marketing = plan.leads.marketing.map { "Marketing · \(esc($0))" } ?? "Marketing"
        h.append("<section id=\"roles\"><h2>Roles and responsibilities</h2>")
        h.append("<table class=\"raci\"><thead><tr><th>Activity</th><th class=\"l\">\(sales)</th><th class=\"l\">\(marketing)</th></tr></thead><tbody>")
        for r in plan.roles {
            h.append("<tr><td>\(esc(r.activity))\(tag(r.status))</td><td class=\"l\">\(pills(r.sales))</td><td class=\"l\">\(pills(r.marketing))</td></tr>")
        }
        h.append("</tbody></table>")
        h.append("<div class=\"legend\"><span><span class=\"pill R\">R</span> Responsible: does the work</span>"
            + "<span><span class=\"pill A\">A</span> Accountable: owns the outcome (exactly one)</span>"
            + "<span><span class=\"pill C\">C</span> Consulted before</span><span><span class=\"pill I\">I</span> Informed after</span></div>")
        h.append("</section>")
    }

    private static func pills(_ letters: String) -> String {
        letters.isEmpty ? "<span class=\"who\">–</span>" : letters.map { "<span class=\"pill \($0)\">\($0)</span>" }.joined()
    }

    private static func commitments(_ plan: Plan, into h: inout [String]) {
        guard !plan.commitments.isEmpty else { return }
        h.append("<section id=\"commitments\"><h2>Commitments</h2>")
        if let svg = PlanSVG.timeline(plan.commitments, today: plan.date) {
            h.append(svg)
            h.append("<div class=\"legend\">" + [("#2f6fde", "open"), ("#b7791f", "in progress / slipped"), ("#c53030", "overdue"),
                                                ("#1f8a5b", "done"), ("#9aa1ad", "dropped")]
                .map { "<span><span class=\"dot\" style=\"background: \($0.0)\"></span>\($0.1)</span>" }.joined() + "</div>")
        }
        h.append("<table><thead><tr><th>Commitment</th><th>Owner</th><th>Due</th><th>Progress</th></tr></thead><tbody>")
        for c in plan.commitments {
            let progress = c.overdue ? "overdue (\(esc(c.progress.label)))" : esc(c.progress.label)
            let note = c.note.map { "<div class=\"who\">\(esc($0))</div>" } ?? ""
            h.append("<tr><td>\(c.kind == .goal ? "<span class=\"who\">Goal · </span>" : "")\(esc(c.text))\(tag(c.status))</td><td>\(esc(c.owner ?? ""))</td>"
                + "<td class=\"nw\">\(esc(c.due ?? ""))</td><td><span class=\"progress\" style=\"color: \(progressColour(c))\">\(progress)</span>\(note)</td></tr>")
        }
        h.append("</tbody></table></section>")
    }

    /// Colour of a commitment's state: done green, dropped grey, overdue red, in progress amber, open blue.
    static func progressColour(_ c: PlanCommitment) -> String {
        switch c.progress {
        case .done: return "#1f8a5b"
        case .dropped: return "#9aa1ad"
        case .open, .inProgress, .slipped, .carried:
            if c.overdue { return "#c53030" }
            return c.progress == .open ? "#2f6fde" : "#b7791f"
        }
    }

    private static func disagreements(_ plan: Plan, into h: inout [String]) {
        h.append("<section id=\"disagreements\"><h2>Open disagreements</h2>")
        if plan.disagreements.isEmpty { h.append("<p class=\"who\">None: nothing is parked.</p>") }
        for d in plan.disagreements {
            var who: [String] = []
            if let r = d.raisedBy { who.append((d.kind == "topic" ? "raised by " : "proposed by ") + esc(r)) }
            if let by = d.declinedBy { who.append("declined by <strong>\(esc(by))</strong>" + (d.reason.map { ": “\(esc($0))”" } ?? "")) }
            else if let reason = d.reason { who.append("parked: “\(esc(reason))”") }
            if !d.topic.isEmpty { who.append("in “\(esc(d.topic))”") }
            h.append("<div class=\"park\"><div class=\"what\">\(esc(d.text))</div><div class=\"who\">\(who.joined(separator: " · "))</div></div>")
        }
        h.append("</section>")
    }

    private static func entries(_ title: String, _ list: [PlanEntry], into h: inout [String]) {
        guard !list.isEmpty else { return }
        h.append("<section><h2>\(esc(title))</h2>")
        var topics: [String] = []
        for e in list where !topics.contains(e.topic) { topics.append(e.topic) }
        for topic in topics {
            if topics.count > 1 { h.append("<h3>\(esc(topic))</h3>") }
            h.append("<ul>")
            for e in list where e.topic == topic {
                let who = e.by.map { "<span class=\"who\">\(esc($0)): </span>" } ?? ""
                h.append("<li>\(who)\(lines(e.text))\(tag(e.status))</li>")
            }
            h.append("</ul>")
        }
        h.append("</section>")
    }

    private static func footer(_ plan: Plan, into h: inout [String]) {
        h.append("<section class=\"sources\"><h3>Sessions this plan draws on</h3><ul>")
        for s in plan.sessions {
            let flags = [s.completed ? "completed" : "not finished", s.solo ? "solo" : nil].compactMap { $0 }.joined(separator: ", ")
            h.append("<li>\(esc(String(s.started.prefix(10)))) · \(esc(s.playbookTitle))\(s.title.map { " — " + esc($0) } ?? "") (\(flags)) <code>\(esc(s.id))</code></li>")
        }
        h.append("</ul><p>Generated by Accord on \(esc(plan.generated)).</p></section>")
        h.append("<section id=\"signoff\" class=\"keep\"><h2>Sign-off</h2><div class=\"sign\">")
        for s in plan.signOff {
            h.append("<div><strong>\(s.name.isEmpty ? "&#160;" : esc(s.name))</strong><br />\(s.role.label) lead · signature and date</div>")
        }
        h.append("</div></section>")
    }

    /// A small label for anything not agreed by both.
    private static func tag(_ status: ItemStatus?) -> String {
        switch status {
        case .draft: return "<span class=\"tag\">draft</span>"
        case .proposed: return "<span class=\"tag\">not yet agreed</span>"
        default: return ""
        }
    }

    private static func lines(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { esc(String($0)) }.joined(separator: "<br />")
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`; drops control characters other than tab and newline
    /// (they are not allowed in XML).
    public static func esc(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\n", "\t": out.append(u)
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.append(u)
            }
        }
        return String(out)
    }
}
