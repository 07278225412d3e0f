/// Open disagreements: every declined or parked item and every parked topic, from every
/// session, with who proposed it, who declined it and why. Never dropped, shown even when empty.
public enum DisagreementsSection: PlanSection {
    public static let key = "disagreements"
    public static let title = "Open disagreements"
    public static let empty: [PlanDisagreement] = []
    /// Never skipped: "None: nothing is parked." says so.
    public static func isEmpty(_ content: [PlanDisagreement]) -> Bool { false }

    public static func build(_ input: PlanInput) -> [PlanDisagreement] {
        var out: [PlanDisagreement] = []
        for source in input.sources {
            let state = source.state
            for item in state.parkedItems {
                out.append(
                    PlanDisagreement(
                        kind: .item,
                        text: item.kind == .agreement
                            ? "Agreement: \(item.text)" : Facilitator(participants: state.participants).describe(item),
                        raisedBy: input.name(item.by, state), declinedBy: item.declinedBy.map { input.name($0, state) },
                        reason: item.parkReason.flatMap { $0.isEmpty ? nil : $0 }, topic: input.stepTitle(item.step, state),
                        session: source.id))
            }
            for topic in state.parkedTopics {
                out.append(
                    PlanDisagreement(
                        kind: .topic, text: topic.text, raisedBy: input.name(topic.by, state), declinedBy: nil,
                        reason: nil, topic: input.stepTitle(topic.step, state), session: source.id))
            }
        }
        return out
    }

    /// "proposed by Lee; declined by Dana: “why”; in “Step”", with `bold` around the decliner.
    static func who(_ d: PlanDisagreement, esc: (String) -> String, bold: (String) -> String = { $0 }, separator: String = "; ") -> String {
        var who: [String] = []
        if let r = d.raisedBy { who.append((d.kind == .topic ? "raised by " : "proposed by ") + esc(r)) }
        if let by = d.declinedBy {
            who.append("declined by \(bold(esc(by)))" + (d.reason.map { ": “\(esc($0))”" } ?? ""))
        } else if let reason = d.reason {
            who.append("parked: “\(esc(reason))”")
        }
        if !d.topic.isEmpty { who.append("in “\(esc(d.topic))”") }
        return who.joined(separator: separator)
    }

    /// How an open disagreement will be resolved: the next joint session takes it up.
    static func resolution(_ d: PlanDisagreement) -> String {
        d.kind == .topic ? "On the agenda of our next joint session" : "We take it up again together at our next joint session"
    }

    public static func markdown(_ content: [PlanDisagreement], in plan: Plan) -> [String] {
        if content.isEmpty { return ["None: nothing is parked."] }
        return content.map { d in
            let who = who(d, esc: PlanMarkdown.esc)
            return "- **\(PlanMarkdown.esc(d.text))**" + (who.isEmpty ? "" : " — " + who)
        }
    }

    public static func html(_ content: [PlanDisagreement], in plan: Plan) -> [String] {
        if content.isEmpty { return ["<p class=\"who\">None: nothing is parked.</p>"] }
        return content.map { d in
            "<div class=\"park\"><div class=\"what\">\(PlanHTML.esc(d.text))</div><div class=\"who\">"
                + "\(who(d, esc: PlanHTML.esc, bold: { "<strong>\($0)</strong>" }, separator: " · "))</div></div>"
        }
    }

    public static func preview(_ content: [PlanDisagreement], in plan: Plan) -> [ChatLine] {
        content.map { d in
            let why = [d.declinedBy.map { "declined by \($0)" }, d.reason].compactMap { $0 }.joined(separator: ": ")
            return ChatLine(.parked, "  ⏸ \(d.text)\(why.isEmpty ? "" : " — \(why)")")
        }
    }

    /// Open disagreements stay visible in the spreadsheet too: one row each, status `not agreed`,
    /// the owner column naming who raised it.
    public static func csvRows(_ content: [PlanDisagreement], in plan: Plan) -> [PlanCSVRow] {
        content.map { d in
            let why = [d.declinedBy.map { "declined by \($0)" }, d.reason].compactMap { $0 }.joined(separator: ": ")
            return PlanCSVRow(
                kind: .disagreement, text: d.text + (why.isEmpty ? "" : " (\(why))"), owner: d.raisedBy ?? "", due: "",
                status: .notAgreed, session: d.session)
        }
    }

    /// Open disagreements and how each will be resolved; shown even when there are none.
    public static func slide(_ content: [PlanDisagreement], in plan: Plan) -> PlanSlide? {
        var body: [String] = []
        if content.isEmpty { body.append("<p>None: nothing is parked.</p>") }
        for d in content.prefix(4) {
            body.append(
                "<div class=\"park\"><div class=\"what\">\(PlanHTML.esc(d.text))</div><div class=\"who\">"
                    + "\(who(d, esc: PlanHTML.esc, separator: " · "))</div><div class=\"resolve\">How we resolve it: \(resolution(d).lowercased()).</div></div>"
            )
        }
        if content.count > 4 { body.append("<p class=\"more\">+ \(content.count - 4) more in the plan</p>") }
        return PlanSlide(
            part: key, title: "Open disagreements and how we will resolve them", label: "open disagreements",
            words: ["disagree", "parked"], body: body)
    }

    public static let schema = PlanSchema.array(
        of: "disagreement", "Open disagreements: parked items and topics from every session, never dropped.")
    public static let schemaDefs: [(String, JSONValue)] = [
        (
            "disagreement",
            [
                "type": "object",
                "description": "An open disagreement: a declined or parked item, or a parked topic. Never dropped.",
                "additionalProperties": false,
                "properties": [
                    "kind": [
                        "type": "string", "enum": .array(PlanDisagreement.Kind.allCases.map { .string($0.rawValue) }),
                        "description": "item: a proposal declined or parked; topic: a free-standing topic parked with /park.",
                    ],
                    "text": ["type": "string", "description": "The item or topic."],
                    "raisedBy": ["type": "string", "description": "Who proposed the item or raised the topic."],
                    "declinedBy": ["type": "string", "description": "Who declined it."],
                    "reason": ["type": "string", "description": "Why, in their words."],
                    "topic": ["type": "string", "description": "Title of the step it came from."],
                    "session": PlanSchema.sessionID,
                ],
                "required": ["kind", "text", "topic", "session"],
            ]
        )
    ]
}

extension Plan {
    /// Parked items and topics: never dropped.
    public var disagreements: [PlanDisagreement] { sections[DisagreementsSection.self] }
}
