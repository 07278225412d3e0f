/// Joint goals: metric, baseline → target, date, owner, who proposed, status. From the newest
/// session with goals (goal items of agreement steps; any step's goals when none agreed).
public enum GoalsSection: PlanSection {
    public static let key = "goals"
    public static let title = "Joint goals"
    public static let empty: [PlanGoal] = []
    public static func isEmpty(_ content: [PlanGoal]) -> Bool { content.isEmpty }

    public static func build(_ input: PlanInput) -> [PlanGoal] {
        var goals: [PlanGoal] = []
        for source in input.sources {
            let state = source.state
            let all = state.items.filter { $0.kind == .goal && !$0.parked }
            let agreedSteps = all.filter { $0.step < state.playbook.steps.count && state.playbook.steps[$0.step].agree }
            let items = agreedSteps.isEmpty ? all : agreedSteps
            if !items.isEmpty { goals = items.map { goal($0, source: source, input: input) } }
        }
        return goals
    }

    private static func goal(_ item: Item, source: PlanInput.Source, input: PlanInput) -> PlanGoal {
        let f = item.fields
        // The owner and date have columns of their own: the text drops ", owner X" and "by DATE".
        let text = f["date"].map { FieldParser.removingDate(FieldParser.stripKeyed(item.text), $0) } ?? FieldParser.stripKeyed(item.text)
        // An honest "unknown" baseline (stored as "unknown") reads "baseline to establish" in every format.
        let baseline = f["baseline"].map { Baseline.isUnknown($0) ? "baseline to establish" : $0 }
        return PlanGoal(
            ref: "\(source.id)/\(item.id)", text: text, metric: f["metric"], baseline: baseline, target: f["target"],
            date: f["date"], owner: f["owner"].map(source.state.participants.ownerName(stored:)),
            proposedBy: input.name(item.by, source.state), proposedByRole: item.by,
            status: item.status(solo: source.state.solo), session: source.id)
    }

    public static func markdown(_ content: [PlanGoal], in plan: Plan) -> [String] {
        var out = ["| Goal | Baseline → target | By | Owner | Proposed by | Status |", "|---|---|---|---|---|---|"]
        for g in content {
            let move = [g.baseline, g.target].compactMap { $0 }.map(PlanMarkdown.cell).joined(separator: " → ")
            out.append(
                "| \(PlanMarkdown.cell(g.metric ?? g.text)) | \(move) | \(PlanMarkdown.cell(g.date ?? "")) | \(PlanMarkdown.cell(g.owner ?? "")) | "
                    + "\(PlanMarkdown.cell(g.proposedBy)) | \(PlanText.statusLabel(g.status) ?? "") |")
        }
        return out
    }

    public static func html(_ content: [PlanGoal], in plan: Plan) -> [String] {
        var h: [String] = []
        for g in content {
            h.append("<div class=\"goal\">")
            h.append("<div class=\"what\">\(PlanHTML.esc(g.metric ?? g.text))\(PlanHTML.tag(g.status))</div>")
            h.append(bar(g))
            var facts: [String] = []
            if g.metric != nil, g.metric != g.text, g.baseline == nil || g.target == nil { facts.append(PlanHTML.esc(g.text)) }
            if let d = g.date { facts.append("by <strong>\(PlanHTML.esc(d))</strong>") }
            if let o = g.owner { facts.append("owner <strong>\(PlanHTML.esc(o))</strong>") }
            facts.append(
                g.status == .agreed
                    ? "agreed by both · proposed by \(PlanHTML.esc(g.proposedBy))" : "proposed by \(PlanHTML.esc(g.proposedBy))")
            h.append("<div class=\"facts\">\(facts.joined(separator: " · "))</div>")
            h.append("</div>")
        }
        return h
    }

    /// The goal's baseline → target bar, or its text fallback ("" when neither is known).
    static func bar(_ g: PlanGoal, width: Double = 600) -> String {
        if let svg = PlanSVG.goalBar(baseline: g.baseline, target: g.target, width: width) { return svg }
        if g.baseline != nil || g.target != nil {
            return "<div class=\"fallback\">\(PlanHTML.esc(g.baseline ?? "?")) → <strong>\(PlanHTML.esc(g.target ?? "?"))</strong></div>"
        }
        return ""
    }

    public static func preview(_ content: [PlanGoal], in plan: Plan) -> [ChatLine] {
        content.map { ChatLine(PlanPreview.kind($0.status), "  \(PlanPreview.mark($0.status)) \(PlanText.goal($0))") }
    }

    public static func slide(_ content: [PlanGoal], in plan: Plan) -> PlanSlide? {
        var body: [String] = []
        for g in content.prefix(4) {
            body.append(
                "<div class=\"goal\"><div class=\"what\">\(PlanHTML.esc(g.metric ?? g.text))\(PlanHTML.tag(g.status))</div>\(bar(g))"
                    + "<div class=\"facts\">\([g.date.map { "by " + PlanHTML.esc($0) }, g.owner.map { "owner " + PlanHTML.esc($0) }, g.status == .agreed ? "agreed by both" : nil].compactMap { $0 }.joined(separator: " · "))</div></div>"
            )
        }
        if content.count > 4 { body.append("<p class=\"more\">+ \(content.count - 4) more in the plan</p>") }
        return PlanSlide(part: key, title: title, label: "the goals", words: ["goal"], body: body)
    }

    public static func csvRows(_ content: [PlanGoal], in plan: Plan) -> [PlanCSVRow] { [] }  // goals are rows of the commitments

    public static let schema = PlanSchema.array(of: "goal", "Joint goals, from the newest session that has goals.")
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "goal",
            [
                "type": "object",
                "description": "A joint goal.",
                "additionalProperties": false,
                "properties": [
                    "ref": ["type": "string", "description": "Commitment reference: <sessionId>/<itemId>."],
                    "text": ["type": "string", "description": "The goal as typed."],
                    "metric": ["type": "string", "description": "What is measured."],
                    "baseline": ["type": "string", "description": "Where the metric stands now, e.g. \"18%\"."],
                    "target": ["type": "string", "description": "Where it should be, e.g. \"25%\"."],
                    "date": ["type": "string", "description": "Target date, YYYY-MM-DD."],
                    "owner": ["type": "string", "description": "Owner(s) as given, e.g. \"Dana & Lee\"."],
                    "proposedBy": ["type": "string", "description": "Name of the lead who proposed it."],
                    "proposedByRole": PlanSchema.role("Side of the lead who proposed it."),
                    "status": PlanSchema.itemStatus(),
                    "session": PlanSchema.sessionID,
                ],
                "required": ["ref", "text", "proposedBy", "proposedByRole", "status", "session"],
            ]
        )
    ]
}

extension Plan {
    /// Joint goals.
    public var goals: [PlanGoal] { sections[GoalsSection.self] }
}
