/// The plan as one self-contained HTML page: inline CSS and SVG, no scripts, no external fetches.
///
/// Well-formed XHTML-compatible markup (quoted attributes, self-closed void elements), so it also
/// parses as XML. Every user-supplied string is escaped (`&`, `<`, `>`, `"`, `'`). Reads well on a
/// projector and prints on A4 or Letter (`@page { size: auto; margin: 15mm }`).
public enum PlanHTML {
    /// The HTML page: the one-page brief for leadership, then the full plan as an appendix that
    /// starts on a new page when printed.
    public static func render(_ plan: Plan) -> String {
        page(plan, body: PlanBriefRendering.html(PlanBrief(plan), plan: plan) + appendix(plan))
    }

    /// A page holding only the brief (what prints on the first page of `render`).
    public static func renderBrief(_ plan: Plan) -> String {
        page(plan, body: PlanBriefRendering.html(PlanBrief(plan), plan: plan))
    }

    private static func page(_ plan: Plan, body: [String]) -> String {
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
        h += body
        h.append("</main>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// The full plan: every registered section, then the sessions it draws on.
    private static func appendix(_ plan: Plan) -> [String] {
        var h = ["<div class=\"appendix\" id=\"appendix\">"]
        header(plan, into: &h)
        for s in PlanSectionRegistry.all where !s.isEmpty(in: plan) {
            h.append("<section id=\"\(s.key)\"><h2>\(esc(s.title))</h2>")
            h += s.htmlBody(plan)
            h.append("</section>")
        }
        footer(plan, into: &h)
        h.append("</div>")
        return h
    }

    /// "Sales Dana · Marketing Lee · 2026-12-10 · Co-created", as spans.
    static func metaLine(_ plan: Plan) -> String {
        var meta: [String] = []
        if let s = plan.leads.sales { meta.append("<span>Sales <strong>\(esc(s))</strong></span>") }
        if let m = plan.leads.marketing { meta.append("<span>Marketing <strong>\(esc(m))</strong></span>") }
        if plan.leads.sales == nil, let p = plan.leads.preparedBy {
            meta.append("<span>Prepared by <strong>\(esc(p))</strong> (solo)</span>")
        }
        meta.append("<span>\(esc(plan.date))</span>")
        meta.append(plan.isDraft ? "<span class=\"badge draft\">Draft</span>" : "<span class=\"badge co\">Co-created</span>")
        return meta.joined()
    }

    private static func header(_ plan: Plan, into h: inout [String]) {
        h.append("<header class=\"top\">")
        h.append("<div class=\"eyebrow\">Appendix: the full plan</div>")
        h.append("<h1>\(esc(plan.title))</h1>")
        h.append("<div class=\"meta\">\(metaLine(plan))</div>")
        h.append("</header>")
        if plan.isDraft {
            h.append(
                "<div class=\"banner\" role=\"note\">DRAFT — not yet co-created. <span>\(esc(plan.draftReason ?? "")) Everything below is a draft until both leads agree it.</span></div>"
            )
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
        h.append(
            "<div class=\"stats\">" + stats.map { "<div class=\"stat\\($0.2)\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined()
                + "</div>")
    }

    /// CSS class of a commitment's state (`overdue`, `done`, `dropped`, `moving`, `open`).
    static func progressClass(_ c: PlanCommitment) -> String {
        switch c.progress {
        case .done: return "done"
        case .dropped: return "dropped"
        case .open, .inProgress, .slipped, .carried: return c.overdue ? "overdue" : (c.progress == .open ? "open" : "moving")
        }
    }

    private static func footer(_ plan: Plan, into h: inout [String]) {
        h.append("<section class=\"sources\"><h3>Sessions this plan draws on</h3><ul>")
        for s in plan.sessions {
            let flags = [s.completed ? "completed" : "not finished", s.solo ? "solo" : nil].compactMap { $0 }.joined(separator: ", ")
            h.append(
                "<li>\(esc(String(s.started.prefix(10)))) · \(esc(s.playbookTitle))\(s.title.map { " — " + esc($0) } ?? "") (\(flags)) <code>\(esc(s.id))</code></li>"
            )
        }
        h.append("</ul><p>Generated by Accord on \(esc(plan.generated)).</p></section>")
    }

    /// A small label for anything not agreed by both.
    static func tag(_ status: ItemStatus?) -> String {
        switch status {
        case .draft: return "<span class=\"tag\">draft</span>"
        case .proposed: return "<span class=\"tag\">not yet agreed</span>"
        default: return ""
        }
    }

    static func lines(_ s: String) -> String {
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
