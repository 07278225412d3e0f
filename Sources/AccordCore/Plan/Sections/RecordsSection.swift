/// Structured records (`capture: record` steps): one table per playbook step, with the field
/// definitions the step declared. Records accumulate across sessions (two win/loss reviews give one
/// table of both sessions' deals); parked records stay under open disagreements. Funnel records
/// (a `stage` and a `count`) are drawn by `FunnelSection` instead.
public enum RecordsSection: PlanSection {
    public static let key = "records"
    public static let title = "Records"
    public static let empty: [PlanRecordTable] = []
    public static func isEmpty(_ content: [PlanRecordTable]) -> Bool { content.isEmpty }

    public static func build(_ input: PlanInput) -> [PlanRecordTable] {
        var tables: [PlanRecordTable] = []
        for source in input.sources {
            let state = source.state
            for (index, step) in state.playbook.steps.enumerated() where step.capture == .record && !FunnelSection.isFunnel(step.fields) {
                let rows = state.items(inStep: index).filter { $0.kind == .record && !$0.parked }.map { item in
                    PlanRecord(
                        values: Dictionary(
                            uniqueKeysWithValues: step.fields.compactMap { f in
                                item.fields[f.name].map { (f.name, RecordValues.display($0, as: f.type, participants: state.participants)) }
                            }),
                        by: input.name(item.by, state), status: item.status(solo: state.solo), session: source.id)
                }
                guard !rows.isEmpty else { continue }
                if let i = tables.firstIndex(where: { $0.playbook == source.playbook && $0.step == step.title }) {
                    tables[i].fields = step.fields
                    tables[i].records += rows
                } else {
                    tables.append(
                        PlanRecordTable(
                            playbook: source.playbook, playbookTitle: state.playbook.title, step: step.title,
                            fields: step.fields, records: rows))
                }
            }
        }
        return tables
    }

    /// Tables with at most this many fields are HTML tables; wider records are cards.
    static let tableWidth = 5

    public static func markdown(_ content: [PlanRecordTable], in plan: Plan) -> [String] {
        var out: [String] = []
        for table in content {
            if !out.isEmpty { out.append("") }
            out.append("### \(table.playbookTitle): \(table.step)")
            out.append("")
            let names = table.fields.map(\.name)
            out.append("| " + (names.map(PlanMarkdown.cell) + ["Status"]).joined(separator: " | ") + " |")
            out.append("|" + String(repeating: "---|", count: names.count + 1))
            for r in table.records {
                out.append(
                    "| "
                        + (names.map { PlanMarkdown.cell(r.values[$0] ?? "") } + [PlanText.statusLabel(r.status) ?? ""]).joined(
                            separator: " | ") + " |")
            }
        }
        return out
    }

    public static func html(_ content: [PlanRecordTable], in plan: Plan) -> [String] {
        var h = [style]
        for table in content {
            h.append("<h3>\(PlanHTML.esc(table.playbookTitle)): \(PlanHTML.esc(table.step))</h3>")
            if table.fields.count <= tableWidth {
                h.append(
                    "<table class=\"records\"><thead><tr>" + table.fields.map { "<th>\(PlanHTML.esc($0.name))</th>" }.joined()
                        + "</tr></thead><tbody>")
                for r in table.records {
                    let cells = table.fields.enumerated().map { i, f in
                        "<td>\(PlanHTML.esc(r.values[f.name] ?? "–"))\(i == 0 ? PlanHTML.tag(r.status) : "")</td>"
                    }
                    h.append("<tr>" + cells.joined() + "</tr>")
                }
                h.append("</tbody></table>")
            } else {
                h.append("<div class=\"cards\">")
                for r in table.records {
                    let head = table.fields.first.map { r.values[$0.name] ?? "" } ?? ""
                    h.append("<div class=\"card\"><div class=\"what\">\(PlanHTML.esc(head))\(PlanHTML.tag(r.status))</div><dl>")
                    for f in table.fields.dropFirst() {
                        guard let v = r.values[f.name] else { continue }
                        h.append("<dt>\(PlanHTML.esc(f.name))</dt><dd>\(PlanHTML.esc(v))</dd>")
                    }
                    h.append("</dl></div>")
                }
                h.append("</div>")
            }
        }
        return h
    }

    /// The section's own styles (kept here, with the section).
    static let style =
        "<style>.cards { display: grid; grid-template-columns: repeat(2, 1fr); gap: 12px; margin: 0 0 12px; } "
        + ".card { border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; break-inside: avoid; page-break-inside: avoid; } "
        + ".card .what { font-weight: 600; font-size: 17px; margin-bottom: 4px; } .card dl { margin: 0; font-size: 14px; } "
        + ".card dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; margin-top: 6px; } "
        + ".card dd { margin: 0; }</style>"

    public static func preview(_ content: [PlanRecordTable], in plan: Plan) -> [ChatLine] {
        content.flatMap { table in
            [ChatLine(.info, "  \(table.step) (\(table.records.count)):")]
                + table.records.map { r in
                    let parts = table.fields.compactMap { f in r.values[f.name] }.prefix(4)
                    return ChatLine(PlanPreview.kind(r.status), "    \(PlanPreview.mark(r.status)) \(parts.joined(separator: " · "))")
                }
        }
    }

    public static let schema = PlanSchema.array(
        of: "recordTable",
        "Structured records from capture: record steps: one table per playbook step, with the fields the step declared. Funnel records are under funnel."
    )
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "recordTable",
            [
                "type": "object",
                "description": "The records of one playbook step across the plan's sessions.",
                "additionalProperties": false,
                "properties": [
                    "playbook": ["type": "string", "description": "Playbook id, e.g. \"winloss\"."],
                    "playbookTitle": ["type": "string", "description": "Playbook title."],
                    "step": ["type": "string", "description": "Title of the step that captured the records."],
                    "fields": [
                        "type": "array", "description": "The fields as the step declares them, in order.",
                        "items": ["$ref": "#/$defs/recordField"],
                    ],
                    "records": ["type": "array", "items": ["$ref": "#/$defs/record"]],
                ],
                "required": ["playbook", "playbookTitle", "step", "fields", "records"],
            ]
        ),
        (
            "recordField",
            [
                "type": "object",
                "description": "A field declaration: name, type, required, example, quote.",
                "additionalProperties": false,
                "properties": [
                    "name": ["type": "string", "description": "The field's name, also its key in a record's values."],
                    "type": ["type": "string", "enum": .array(RecordFieldKind.allCases.map { .string($0.rawValue) })],
                    "choices": ["type": "array", "items": ["type": "string"], "description": "The listed values of a choice field."],
                    "required": ["type": "boolean"],
                    "example": ["type": "string"],
                    "quote": [
                        "type": "boolean",
                        "description":
                            "Present and true when the field holds someone else's words (the buyer's, in a win/loss record); the blame-free coach does not read it.",
                    ],
                ],
                "required": ["name", "type", "required"],
            ]
        ),
        (
            "record",
            [
                "type": "object",
                "description":
                    "One record: normalised values by field name (number \"1240\", percent \"18%\", money \"€120,000\", date YYYY-MM-DD, a person's name, list items joined by \"; \").",
                "additionalProperties": false,
                "properties": [
                    "values": ["type": "object", "additionalProperties": ["type": "string"]],
                    "by": ["type": "string", "description": "Who typed it."],
                    "status": PlanSchema.itemStatus(),
                    "session": PlanSchema.sessionID,
                ],
                "required": ["values", "by", "status", "session"],
            ]
        ),
    ]
}

/// The records of one playbook step.
public struct PlanRecordTable: Sendable, Equatable, Codable {
    /// Playbook id.
    public var playbook: String
    /// Playbook title.
    public var playbookTitle: String
    /// Step title.
    public var step: String
    /// The fields, as the newest session's step declares them.
    public var fields: [RecordField]
    /// Records, oldest session first.
    public var records: [PlanRecord]
}

/// One record in the plan.
public struct PlanRecord: Sendable, Equatable, Codable {
    /// Normalised values by field name.
    public var values: [String: String]
    /// Who typed it.
    public var by: String
    /// Agreed, proposed, draft.
    public var status: ItemStatus
    /// Source session id.
    public var session: String
}

extension Plan {
    /// Structured records, one table per playbook step.
    public var records: [PlanRecordTable] { sections[RecordsSection.self] }
}
