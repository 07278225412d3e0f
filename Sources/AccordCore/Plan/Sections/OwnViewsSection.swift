/// Lines a speaker kept after the blame-free coach's nudge (`coachFlag` then `coachChoice(.keep)`).
/// They are never facts for leadership: they leave every fact section and are listed here, each
/// marked as its speaker's own view. The transcript keeps them as said.
public enum OwnViewsSection: PlanEntrySection {
    public static let key = "ownViews"
    public static let title = "In their own words"
    public static let summary = "Lines a speaker kept after the coach's nudge: that speaker's own view, not a fact both agreed."

    public static func build(_ input: PlanInput) -> [PlanEntry] { input.kept }

    /// "Lee’s own view".
    static func label(_ e: PlanEntry) -> String { "\(e.by ?? "Their")’s own view (kept after the coach’s nudge)" }

    public static func markdown(_ content: [PlanEntry], in plan: Plan) -> [String] {
        content.map { "- _\(PlanMarkdown.esc(label($0)))_: \(PlanMarkdown.esc($0.text).replacingText("\n", with: "\n  "))" }
    }

    public static func html(_ content: [PlanEntry], in plan: Plan) -> [String] {
        ["<ul class=\"views\">"]
            + content.map { "<li><span class=\"who\">\(PlanHTML.esc(label($0))): </span>\(PlanHTML.lines($0.text))</li>" } + ["</ul>"]
    }

    public static func preview(_ content: [PlanEntry], in plan: Plan) -> [ChatLine] {
        content.map { ChatLine(.captured, "  • \(label($0)): \($0.text.split(separator: "\n").first.map(String.init) ?? "")") }
    }
}

extension Plan {
    /// Lines kept after a coach nudge, each its speaker's own view.
    public var ownViews: [PlanEntry] { sections[OwnViewsSection.self] }
}
