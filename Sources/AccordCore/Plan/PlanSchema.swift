/// The plan's JSON Schema (draft 2020-12), generated from the plan's core fields and the
/// registered sections. `docs/plan.schema.json` is this text; a test fails when they differ.
public enum PlanSchema {
    /// The whole schema, as printed into `docs/plan.schema.json` (ends with a newline).
    public static var text: String { document.pretty() + "\n" }

    /// The schema document.
    public static var document: JSONValue {
        let sections = PlanSectionRegistry.all
        var properties = head
        for s in sections { properties.append((s.key, s.schema)) }
        properties += tail
        var defs: [(String, JSONValue)] = [("entry", entry)]
        for s in sections {
            for d in s.schemaDefs where !defs.contains(where: { $0.0 == d.0 }) { defs.append(d) }
        }
        defs.append(("session", session))
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(Plan.schemaID),
            "title": "Accord plan",
            "description":
                "The plan a Sales lead and a Marketing lead present upward, as produced by `accord plan --format json`: what both agreed across one or more sessions, the open disagreements, and whether it is co-created or a solo draft.",
            "type": "object",
            "additionalProperties": false,
            "required": .array(properties.map(\.0).filter { $0 != "draftReason" }.map(JSONValue.string)),
            "properties": .object(properties),
            "$defs": .object(defs),
        ]
    }

    /// The description of a session id, shared by every item.
    static let sessionID: JSONValue = ["type": "string", "description": "Id of the source session (YYYYMMDD-HHMMSS-xxxxxx)."]
    /// A lead's side.
    static func role(_ description: String) -> JSONValue {
        ["type": "string", "enum": ["sales", "marketing"], "description": .string(description)]
    }
    /// An item's agreement status.
    static func itemStatus(_ extra: String = "") -> JSONValue {
        [
            "type": "string", "enum": ["agreed", "proposed", "draft", "parked"],
            "description": .string(
                "Agreement status: agreed (by both leads), proposed (not yet agreed by both), draft (solo session), parked." + extra),
        ]
    }
    /// An array of `#/$defs/NAME`.
    static func array(of def: String, _ description: String) -> JSONValue {
        ["type": "array", "description": .string(description), "items": ["$ref": .string("#/$defs/\(def)")]]
    }

    /// A statement or list item (`PlanEntry`), shared by every `PlanEntrySection`.
    static let entry: JSONValue = [
        "type": "object",
        "description": "A statement or list item in a plan section.",
        "additionalProperties": false,
        "properties": [
            "text": ["type": "string", "description": "The words as typed (may contain newlines)."],
            "by": ["type": "string", "description": "Name of who said it."],
            "role": role("The speaker's side."),
            "topic": ["type": "string", "description": "Title of the playbook step it came from, e.g. \"What went well\"."],
            "status": itemStatus(" Absent for a statement nobody was asked to agree to (a free-text answer, a personal list)."),
            "session": sessionID,
        ],
        "required": ["text", "topic", "session"],
    ]

    private static let head: [(String, JSONValue)] = [
        ("schema", ["const": .string(Plan.schemaID), "description": "Identifies this format."]),
        ("version", ["const": 1, "description": "Format version."]),
        ("title", ["type": "string", "description": "Session titles joined with \" · \", or \"Sales & Marketing plan: <names>\"."]),
        (
            "date",
            [
                "type": "string", "description": "The day the plan was generated, YYYY-MM-DD (UTC); overdue is judged against it.",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            ]
        ),
        ("generated", ["type": "string", "description": "When the plan was generated, ISO 8601 UTC."]),
        (
            "leads",
            [
                "type": "object",
                "description": "The two leads. In a solo draft with no co-created session, only preparedBy is known.",
                "additionalProperties": false,
                "properties": [
                    "sales": ["type": "string", "description": "The sales lead's name."],
                    "marketing": ["type": "string", "description": "The marketing lead's name."],
                    "preparedBy": ["type": "string", "description": "Who prepared a solo session among the sources."],
                ],
                "required": [],
            ]
        ),
        (
            "status",
            [
                "type": "string", "enum": ["co-created", "draft"],
                "description":
                    "co-created: both leads agreed its contents; draft: not yet co-created (a solo source session, or nothing agreed by both).",
            ]
        ),
        ("draftReason", ["type": "string", "description": "Why the plan is a draft; absent when co-created."]),
        (
            "summary",
            ["type": "string", "description": "One generated sentence: joint goals, roles assigned, commitments, open disagreements."]
        ),
        (
            "sessions",
            array(of: "session", "The sessions the plan draws on, oldest first. Later sessions override earlier ones where they overlap.")
        ),
    ]

    private static let tail: [(String, JSONValue)] = [
        (
            "signOff",
            [
                "type": "array",
                "description": "One sign-off line per lead, Sales first.",
                "items": [
                    "type": "object",
                    "description": "A sign-off line.",
                    "additionalProperties": false,
                    "properties": [
                        "role": role("The lead's side."),
                        "name": ["type": "string", "description": "The lead's name; empty when not known (solo draft)."],
                    ],
                    "required": ["role", "name"],
                ],
            ]
        )
    ]

    private static let session: JSONValue = [
        "type": "object",
        "description": "A session the plan draws on.",
        "additionalProperties": false,
        "properties": [
            "id": sessionID,
            "playbook": ["type": "string", "description": "Playbook id: goals, roles, retro, review, prep, or a custom one."],
            "playbookTitle": ["type": "string", "description": "Playbook title."],
            "title": ["type": "string", "description": "Session title, when one was given."],
            "started": ["type": "string", "description": "Start time, ISO 8601 UTC."],
            "completed": ["type": "boolean", "description": "Whether the session's last step is done."],
            "solo": ["type": "boolean", "description": "Whether one person answered for both sides (everything in it is a draft)."],
        ],
        "required": ["id", "playbook", "playbookTitle", "started", "completed", "solo"],
    ]
}
