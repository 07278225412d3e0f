/// A slide of the deck the two leads present together (`accord plan --format slides`).
public struct PlanSlide: Sendable, Equatable {
    /// Which part of the story this is (`story`, `ask`, or the section's key): what prep lines name.
    public var part: String
    /// The heading on the slide.
    public var title: String
    /// The part in a sentence ("roles and the hand-off"), for "who presents what".
    public var label: String
    /// Words that name this part in a "who presents" line ("goal", "hand-off"…), lower case.
    public var words: [String]
    /// The slide's body, as HTML lines (user text escaped with `PlanHTML.esc`).
    public var body: [String]

    /// A slide for `part`, named by `words` in the prep's "who presents" lines.
    public init(part: String, title: String, label: String, words: [String], body: [String]) {
        self.part = part
        self.title = title
        self.label = label
        self.words = words
        self.body = body
    }
}

/// The deck's slides and who presents each: the parts the prep session assigned (`plan:
/// presenters`), and for the rest, alternating voices so that both leads present.
public struct PlanPresentation: Sendable, Equatable {
    /// A slide and its presenter.
    public struct Turn: Sendable, Equatable {
        public var slide: PlanSlide
        /// Who presents it.
        public var presenter: Role
        /// Whether the prep session assigned it (false: alternated).
        public var assigned: Bool
    }

    /// The slides after the cover, in order.
    public var turns: [Turn]

    /// The deck for `plan`: the story, each section's slide (registry order), the ask.
    public init(_ plan: Plan) {
        var slides = [Self.story(plan)]
        for s in PlanSectionRegistry.all { if let slide = s.slideOf(plan) { slides.append(slide) } }
        slides.append(Self.ask(plan))
        let assigned = Self.assignments(plan, parts: slides)
        var turns: [Turn] = []
        // Unassigned parts alternate, starting with whoever was given fewer parts.
        let salesCount = assigned.values.filter { $0 == .sales }.count
        let marketingCount = assigned.values.filter { $0 == .marketing }.count
        var next: Role = salesCount <= marketingCount ? .sales : .marketing
        for slide in slides {
            if let who = assigned[slide.part] {
                turns.append(Turn(slide: slide, presenter: who, assigned: true))
                next = who == .sales ? .marketing : .sales
            } else {
                turns.append(Turn(slide: slide, presenter: next, assigned: false))
                next = next == .sales ? .marketing : .sales
            }
        }
        self.turns = turns
    }

    /// The parts each lead presents, in deck order: "the story, roles and hand-off".
    public func parts(of role: Role) -> [String] { turns.filter { $0.presenter == role }.map { $0.slide.label } }

    /// A lead's display name: their name, or their side when unknown (a solo draft).
    public static func name(_ role: Role, _ plan: Plan) -> String {
        let n = role == .sales ? plan.leads.sales : plan.leads.marketing
        return n ?? (role == .sales ? plan.leads.preparedBy ?? "Sales lead" : "Marketing lead")
    }

    /// Part → presenter, read from the presenters lines: "Lee: goals, roles and the hand-off".
    /// A line names a lead (by name, by side, or "me"/"I" for whoever wrote it), then parts.
    static func assignments(_ plan: Plan, parts: [PlanSlide]) -> [String: Role] {
        var out: [String: Role] = [:]
        for entry in plan.presenters {
            for line in entry.text.split(whereSeparator: \.isNewline).map(String.init) {
                let lower = line.lowercased()
                let head: String
                let rest: String
                if let colon = lower.firstIndex(where: { $0 == ":" || $0 == "—" }) {
                    head = String(lower[..<colon])
                    rest = String(lower[lower.index(after: colon)...])
                } else {
                    head = lower
                    rest = lower
                }
                guard let who = lead(in: head, plan: plan, writer: entry.role) ?? lead(in: lower, plan: plan, writer: entry.role) else {
                    continue
                }
                let tokens = rest.split { !$0.isLetter }.map(String.init)
                // A one-word key matches the start of a word ("roles", not "control"); a phrase or a
                // hyphenated key ("hand-off", "what we agreed") matches as written.
                func names(_ key: String) -> Bool {
                    key.allSatisfy(\.isLetter) ? tokens.contains { $0.hasPrefix(key) } : rest.contains(key)
                }
                for part in parts where part.words.contains(where: names) {
                    out[part.part] = who
                }
            }
        }
        return out
    }

    private static func lead(in text: String, plan: Plan, writer: Role?) -> Role? {
        let words = Set(text.split { !$0.isLetter }.map(String.init))
        for role in [Role.sales, .marketing] {
            if let n = role == .sales ? plan.leads.sales : plan.leads.marketing, words.contains(n.lowercased()) { return role }
        }
        if words.contains("sales") { return .sales }
        if words.contains("marketing") { return .marketing }
        if words.contains("me") || words.contains("i") { return writer }
        return nil
    }

    /// The opening: why, what we agreed, and the ask in a line.
    static func story(_ plan: Plan) -> PlanSlide {
        var body: [String] = []
        let why = plan.story.filter { $0.topic.lowercased().contains("why") }
        let what = plan.story.filter { !$0.topic.lowercased().contains("why") }
        if !why.isEmpty {
            body.append("<h3>Why</h3>")
            body += why.prefix(2).map { "<p>\(PlanHTML.lines($0.text))</p>" }
        }
        body.append("<h3>What we agreed</h3>")
        if let last = what.last {
            body.append("<p>\(PlanHTML.lines(last.text))</p>")
        } else {
            body.append("<p>\(PlanHTML.esc(PlanBrief.headline(plan)))</p>")
        }
        if let ask = plan.ask.first {
            body.append("<h3>Our ask</h3><p>\(PlanHTML.esc(ask.text))\(plan.ask.count > 1 ? " (and \(plan.ask.count - 1) more)" : "")</p>")
        }
        return PlanSlide(
            part: "story", title: "The story: why, what, our ask", label: "the story",
            words: ["story", "why", "what we agreed", "opening"], body: body)
    }

    /// The close: each ask of leadership, one per line.
    static func ask(_ plan: Plan) -> PlanSlide {
        let items =
            plan.ask.isEmpty
            ? ["<p class=\"who\">No ask noted yet: add one in a prep session.</p>"]
            : ["<ol class=\"asks\">"] + plan.ask.map { "<li>\(PlanHTML.lines($0.text))</li>" } + ["</ol>"]
        return PlanSlide(part: "ask", title: AskSection.title, label: "the ask", words: ["ask", "close", "closing"], body: items)
    }
}
