/// A section that lists statements and items fed by steps with a `plan:` key (the story, the
/// ask, the hand-off agreement…). A conforming type declares `key`, `title`, `stepKey` and
/// `summary` (its schema description); building, rendering and the schema come from here.
public protocol PlanEntrySection: PlanSection where Content == [PlanEntry] {
    /// The schema's description of the section.
    static var summary: String { get }
}

extension PlanEntrySection {
    public static var empty: [PlanEntry] { [] }
    public static func isEmpty(_ content: [PlanEntry]) -> Bool { content.isEmpty }
    public static func build(_ input: PlanInput) -> [PlanEntry] { stepKey.map(input.entries) ?? [] }
    public static func markdown(_ content: [PlanEntry], in plan: Plan) -> [String] { PlanEntryRendering.markdown(content) }
    public static func html(_ content: [PlanEntry], in plan: Plan) -> [String] { PlanEntryRendering.html(content) }
    public static func preview(_ content: [PlanEntry], in plan: Plan) -> [ChatLine] { PlanEntryRendering.preview(content) }
    public static var schema: JSONValue { PlanSchema.array(of: "entry", summary) }
    /// Agreed items of the section, one CSV row each (statements are not agreed items).
    public static func csvRows(_ content: [PlanEntry], in plan: Plan) -> [PlanCSVRow] {
        content.filter { $0.status == .agreed }.map {
            PlanCSVRow(kind: .statement(section: key), text: $0.text, owner: "", due: "", status: .agreed, session: $0.session)
        }
    }
}

/// How lists of entries render, grouped under the steps they came from when there are several.
public enum PlanEntryRendering {
    /// Topics in first-seen order.
    static func topics(_ list: [PlanEntry]) -> [String] {
        var topics: [String] = []
        for e in list where !topics.contains(e.topic) { topics.append(e.topic) }
        return topics
    }

    /// Markdown bullets; `### topic` sub-headings when there are several topics.
    public static func markdown(_ list: [PlanEntry]) -> [String] {
        var out: [String] = []
        let topics = topics(list)
        for topic in topics {
            if topics.count > 1 {
                if !out.isEmpty { out.append("") }
                out.append("### \(PlanMarkdown.esc(topic))")
                out.append("")
            }
            for e in list where e.topic == topic {
                let text = PlanMarkdown.esc(e.text).replacingText("\n", with: "\n  ")
                if let note = attribution(e) {
                    out.append("- \(text) _(\(PlanMarkdown.esc(note)))_")
                } else {
                    out.append("- \(e.by.map { "\(PlanMarkdown.esc($0)): " } ?? "")\(text)")
                }
            }
        }
        return out
    }

    /// HTML lists; `<h3>` sub-headings when there are several topics.
    public static func html(_ list: [PlanEntry]) -> [String] {
        var h: [String] = []
        let topics = topics(list)
        for topic in topics {
            if topics.count > 1 { h.append("<h3>\(PlanHTML.esc(topic))</h3>") }
            h.append("<ul>")
            for e in list where e.topic == topic {
                if let note = attribution(e) {
                    h.append(
                        "<li>\(PlanHTML.lines(e.text)) <span class=\"\(e.status == .agreed ? "joint" : "tag")\">\(PlanHTML.esc(note))</span></li>"
                    )
                } else {
                    h.append("<li>\(e.by.map { "<span class=\"who\">\(PlanHTML.esc($0)): </span>" } ?? "")\(PlanHTML.lines(e.text))</li>")
                }
            }
            h.append("</ul>")
        }
        return h
    }

    /// How an item reads: "agreed by both · proposed by Dana" (joint, not one person's), "draft by
    /// Dana", "proposed by Dana, not yet agreed by both". Nil for a statement: it is shown as
    /// "Dana: …", in the speaker's name.
    public static func attribution(_ e: PlanEntry) -> String? {
        let by = e.by.map { " by \($0)" } ?? ""
        switch e.status {
        case .agreed: return "agreed by both" + (e.by.map { " · proposed by \($0)" } ?? "")
        case .proposed: return "proposed\(by), not yet agreed by both"
        case .draft: return "draft\(by), not yet agreed by both"
        case .parked: return "parked"
        case nil: return nil
        }
    }

    /// Up to six preview lines, first line of each entry.
    public static func preview(_ list: [PlanEntry]) -> [ChatLine] {
        var out: [ChatLine] = []
        for e in list.prefix(6) {
            let text = e.text.split(separator: "\n").first.map(String.init) ?? ""
            out.append(ChatLine(PlanPreview.kind(e.status), "  \(PlanPreview.mark(e.status)) \(e.by.map { "\($0): " } ?? "")\(text)"))
        }
        if list.count > 6 { out.append(ChatLine(.info, "  … and \(list.count - 6) more")) }
        return out
    }
}
