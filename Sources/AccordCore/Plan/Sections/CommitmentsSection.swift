/// Commitments: the goals, then every action from every session, with owner, due date and the
/// progress the latest later review gave it. Built after `GoalsSection`.
public enum CommitmentsSection: PlanSection {
    public static let key = "commitments"
    public static let title = "Commitments"
    public static let empty: [PlanCommitment] = []
    public static func isEmpty(_ content: [PlanCommitment]) -> Bool { content.isEmpty }

    public static func build(_ input: PlanInput) -> [PlanCommitment] {
        var actions: [PlanCommitment] = []
        for source in input.sources {
            for item in source.state.items where item.kind == .action && !item.parked {
                actions.append(
                    commitment(
                        item, kind: .action, owner: item.fields["owner"].map(source.state.participants.ownerName(stored:)),
                        due: item.fields["due"], source: source, input: input))
            }
        }
        // Goals are commitments too.
        let goals = input.plan.goals.compactMap { g -> PlanCommitment? in
            guard let source = input.sources.first(where: { $0.id == g.session }),
                let item = source.state.item(String(g.ref.dropFirst(g.session.count + 1)))
            else { return nil }
            return commitment(item, kind: .goal, owner: g.owner, due: g.date, source: source, input: input)
        }
        return goals + actions
    }

    /// A commitment with its progress from the latest review update among the sessions.
    private static func commitment(
        _ item: Item, kind: CommitmentKind, owner: String?, due: String?, source: PlanInput.Source,
        input: PlanInput
    ) -> PlanCommitment {
        let ref = "\(source.id)/\(item.id)"
        var progress = CommitmentProgress.open
        var note: String?
        var newDue = due
        for later in input.sources {
            if let update = later.state.latestUpdate[ref] {
                progress = CommitmentProgress(update.status)
                note = update.note.isEmpty ? nil : update.note
                if let d = update.due { newDue = d }
            }
        }
        let overdue = !progress.isFinished && PlanText.isDate(newDue) && (newDue ?? "") < input.today
        let plain = FieldParser.stripKeyed(item.text)
        let text = due.map { FieldParser.removingDate(plain, $0) } ?? plain
        return PlanCommitment(
            ref: ref, kind: kind, text: text, owner: owner, due: newDue, progress: progress, overdue: overdue,
            note: note, status: item.status(solo: source.state.solo), session: source.id)
    }

    /// "done", "in progress (overdue)": the progress as read in every format.
    static func progressText(_ c: PlanCommitment) -> String { c.overdue ? "overdue (\(c.progress.label))" : c.progress.label }

    public static func markdown(_ content: [PlanCommitment], in plan: Plan) -> [String] {
        var out = ["| Commitment | Owner | Due | Progress | Status |", "|---|---|---|---|---|"]
        for c in content {
            let progress = progressText(c) + (c.note.map { ": " + $0 } ?? "")
            out.append(
                "| \(PlanMarkdown.cell((c.kind == .goal ? "Goal: " : "") + c.text)) | \(PlanMarkdown.cell(c.owner ?? "")) | "
                    + "\(PlanMarkdown.cell(c.due ?? "")) | \(PlanMarkdown.cell(progress)) | \(PlanText.statusLabel(c.status) ?? "") |")
        }
        return out
    }

    public static func html(_ content: [PlanCommitment], in plan: Plan) -> [String] {
        var h: [String] = []
        h += PlanSVG.timelineBlock(content, today: plan.date)
        h.append("<table><thead><tr><th>Commitment</th><th>Owner</th><th>Due</th><th>Progress</th></tr></thead><tbody>")
        for c in content {
            let note = c.note.map { "<div class=\"who\">\(PlanHTML.esc($0))</div>" } ?? ""
            h.append(
                "<tr><td>\(c.kind == .goal ? "<span class=\"who\">Goal · </span>" : "")\(PlanHTML.esc(c.text))\(PlanHTML.tag(c.status))</td>"
                    + "<td>\(PlanHTML.esc(c.owner ?? ""))</td><td class=\"nw\">\(PlanHTML.esc(c.due ?? ""))</td>"
                    + "<td><span class=\"progress \(PlanHTML.progressClass(c))\">\(PlanHTML.esc(progressText(c)))</span>\(note)</td></tr>")
        }
        h.append("</tbody></table>")
        return h
    }

    public static func preview(_ content: [PlanCommitment], in plan: Plan) -> [ChatLine] {
        content.filter { $0.kind == .action }.map {
            ChatLine(PlanPreview.kind($0.status), "  \(PlanPreview.mark($0.status)) \(PlanText.commitment($0))")
        }
    }

    public static func slide(_ content: [PlanCommitment], in plan: Plan) -> PlanSlide? {
        let body = PlanSVG.timelineBlock(content, today: plan.date)
        guard !body.isEmpty else { return nil }
        return PlanSlide(
            part: key, title: "Commitments timeline", label: "the commitments", words: ["commitment", "timeline", "action"], body: body)
    }

    public static func csvRows(_ content: [PlanCommitment], in plan: Plan) -> [PlanCSVRow] {
        content.filter { $0.status == .agreed }.map {
            PlanCSVRow(
                kind: .commitment($0.kind), text: $0.text, owner: $0.owner ?? "", due: $0.due ?? "",
                status: $0.overdue ? .overdue : .progress($0.progress), session: $0.session)
        }
    }

    public static let schema = PlanSchema.array(
        of: "commitment", "Goals, then actions from every session, with progress from later review sessions.")
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "commitment",
            [
                "type": "object",
                "description": "A commitment: an action, or a goal, with owner, due date and progress.",
                "additionalProperties": false,
                "properties": [
                    "ref": [
                        "type": "string",
                        "description": "Commitment reference: <sessionId>/<itemId>; review sessions update it by this reference.",
                    ],
                    "kind": [
                        "type": "string", "enum": .array(CommitmentKind.allCases.map { .string($0.rawValue) }),
                        "description": "An action from an action step, or a joint goal.",
                    ],
                    "text": ["type": "string", "description": "The commitment as typed."],
                    "owner": ["type": "string", "description": "Owner(s)."],
                    "due": ["type": "string", "description": "Due date, YYYY-MM-DD (a later review's new date when it slipped)."],
                    "progress": [
                        "type": "string", "enum": .array(CommitmentProgress.allCases.map { .string($0.rawValue) }),
                        "description": "Where it stands after the latest review among the plan's sessions.",
                    ],
                    "overdue": ["type": "boolean", "description": "Not done or dropped, and past its due date on the plan's date."],
                    "note": ["type": "string", "description": "The latest review note (why it slipped or was dropped)."],
                    "status": PlanSchema.itemStatus(),
                    "session": PlanSchema.sessionID,
                ],
                "required": ["ref", "kind", "text", "progress", "overdue", "status", "session"],
            ]
        )
    ]
}

extension Plan {
    /// Goals, then actions, with owner, due date and progress.
    public var commitments: [PlanCommitment] { sections[CommitmentsSection.self] }
}
