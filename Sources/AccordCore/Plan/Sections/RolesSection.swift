/// The R/A/C/I matrix: one row per activity, the newest row per activity wins (first-seen order).
public enum RolesSection: PlanSection {
    public static let key = "roles"
    public static let title = "Roles and responsibilities"
    public static let empty: [PlanRole] = []
    public static func isEmpty(_ content: [PlanRole]) -> Bool { content.isEmpty }

    public static func build(_ input: PlanInput) -> [PlanRole] {
        var roles: [PlanRole] = []
        var rowIndex: [String: Int] = [:]
        for source in input.sources {
            let state = source.state
            for item in state.items where item.kind == .raci && !item.parked {
                let row = PlanRole(
                    activity: item.text, sales: item.fields["sales"] ?? "", marketing: item.fields["marketing"] ?? "",
                    status: item.status(solo: state.solo), session: source.id)
                let key = item.text.lowercased()
                if let i = rowIndex[key] {
                    roles[i] = row
                } else {
                    rowIndex[key] = roles.count
                    roles.append(row)
                }
            }
        }
        return roles
    }

    /// The legend, the same words in every format.
    static let legend: [(String, String)] = [
        ("R", "Responsible: does the work"), ("A", "Accountable: owns the outcome (exactly one)"),
        ("C", "Consulted before"), ("I", "Informed after"),
    ]

    public static func markdown(_ content: [PlanRole], in plan: Plan) -> [String] {
        var out = ["| Activity | Sales | Marketing | Status |", "|---|---|---|---|"]
        for r in content {
            out.append(
                "| \(PlanMarkdown.cell(r.activity)) | \(r.sales.isEmpty ? "–" : r.sales) | \(r.marketing.isEmpty ? "–" : r.marketing) | \(PlanText.statusLabel(r.status) ?? "") |"
            )
        }
        out.append("")
        out.append(legend.map { "\($0.0) = \($0.1)" }.joined(separator: " · "))
        return out
    }

    public static func html(_ content: [PlanRole], in plan: Plan) -> [String] {
        let sales = plan.leads.sales.map { "Sales · \(PlanHTML.esc($0))" } ?? "Sales"
        let marketing = plan.leads.marketing.map { "Marketing · \(PlanHTML.esc($0))" } ?? "Marketing"
        var h = [
            "<table class=\"raci\"><thead><tr><th>Activity</th><th class=\"l\">\(sales)</th><th class=\"l\">\(marketing)</th></tr></thead><tbody>"
        ]
        for r in content {
            h.append(
                "<tr><td>\(PlanHTML.esc(r.activity))\(PlanHTML.tag(r.status))</td><td class=\"l\">\(pills(r.sales))</td><td class=\"l\">\(pills(r.marketing))</td></tr>"
            )
        }
        h.append("</tbody></table>")
        h.append(legendHTML)
        return h
    }

    /// The R/A/C/I legend as HTML.
    static var legendHTML: String {
        "<div class=\"legend\">" + legend.map { "<span><span class=\"pill \($0.0)\">\($0.0)</span> \($0.1)</span>" }.joined() + "</div>"
    }

    /// Letters as pills ("–" for none).
    static func pills(_ letters: String) -> String {
        letters.isEmpty ? "<span class=\"who\">–</span>" : letters.map { "<span class=\"pill \($0)\">\($0)</span>" }.joined()
    }

    public static func preview(_ content: [PlanRole], in plan: Plan) -> [ChatLine] {
        content.map { ChatLine(PlanPreview.kind($0.status), "  \(PlanPreview.mark($0.status)) \(PlanText.role($0))") }
    }

    /// Roles and the hand-off on one slide: who is accountable for what, and the hand-off in a line.
    public static func slide(_ content: [PlanRole], in plan: Plan) -> PlanSlide? {
        var body = html(content, in: plan)
        if let line = PlanBrief.handoffLine(plan) {
            body.append("<p class=\"handoff\"><strong>Hand-off:</strong> \(PlanHTML.esc(line))</p>")
        }
        return PlanSlide(
            part: key, title: "Roles and the hand-off", label: "roles and the hand-off",
            words: ["role", "hand-off", "handoff", "raci", "who owns"], body: body)
    }

    public static func csvRows(_ content: [PlanRole], in plan: Plan) -> [PlanCSVRow] {
        content.filter { $0.status == .agreed }.map {
            PlanCSVRow(
                kind: .role, text: PlanText.role($0), owner: PlanCSV.accountable($0, plan), due: "", status: .agreed, session: $0.session)
        }
    }

    public static let schema = PlanSchema.array(of: "role", "The R/A/C/I matrix; the newest row per activity wins.")
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "role",
            [
                "type": "object",
                "description": "One row of the R/A/C/I matrix.",
                "additionalProperties": false,
                "properties": [
                    "activity": ["type": "string", "description": "The activity, e.g. \"Lead scoring\"."],
                    "sales": [
                        "type": "string", "description": "Sales's letters in R-A-C-I order, e.g. \"RA\"; empty for none.",
                        "pattern": "^R?A?C?I?$",
                    ],
                    "marketing": [
                        "type": "string", "description": "Marketing's letters in R-A-C-I order; empty for none.", "pattern": "^R?A?C?I?$",
                    ],
                    "status": PlanSchema.itemStatus(),
                    "session": PlanSchema.sessionID,
                ],
                "required": ["activity", "sales", "marketing", "status", "session"],
            ]
        )
    ]
}

extension Plan {
    /// The R/A/C/I matrix, one row per activity.
    public var roles: [PlanRole] { sections[RolesSection.self] }
}
