/// One R/A/C/I row: which letters each side holds for an activity.
///
/// Typed as `sales: R, marketing: A C` (also `S: RA / M: CI`, or the leads' names). Exactly one
/// side is Accountable.
public struct RACIRow: Sendable, Equatable {
    /// Letters for Sales, in R-A-C-I order ("RA").
    public var sales: String
    /// Letters for Marketing.
    public var marketing: String

    /// Parse and validate a row for `activity`; the failure is what the facilitator says.
    public static func parse(_ text: String, activity: String, participants: Participants) -> Result<RACIRow, FieldProblem> {
        var letters: [Role: Set<Character>] = [:]
        var current: Role?
        let cleaned = text.map { ",;/|=:".contains($0) ? " " : $0 }
        for word in String(cleaned).split(separator: " ").map(String.init) {
            if let role = participants.role(named: word) ?? roleWord(word) {
                current = role
                letters[role, default: []] = letters[role, default: []]
                continue
            }
            guard let role = current else {
                return .failure(FieldProblem(message: "Say which side holds which letters, e.g. `sales: R, marketing: A C`."))
            }
            for ch in word.uppercased() where ch != "-" {
                guard "RACI".contains(ch) else {
                    return .failure(FieldProblem(message: "Only the letters R, A, C and I: e.g. `sales: R, marketing: A C`."))
                }
                letters[role, default: []].insert(ch)
            }
        }
        guard !letters.isEmpty else {
            return .failure(FieldProblem(message: "Say which side holds which letters, e.g. `sales: R, marketing: A C`."))
        }
        let accountable = letters.filter { $0.value.contains("A") }.count
        if accountable == 0 {
            return .failure(FieldProblem(message: "Every activity needs exactly one Accountable (A). Who is accountable for \(activity)?"))
        }
        if accountable > 1 {
            return .failure(
                FieldProblem(
                    message:
                        "Only one side can be Accountable (A) for \(activity) — you marked both. Who holds it? The other can be R, C or I.")
            )
        }
        func ordered(_ set: Set<Character>?) -> String { String("RACI".filter { set?.contains($0) ?? false }) }
        return .success(RACIRow(sales: ordered(letters[.sales]), marketing: ordered(letters[.marketing])))
    }

    static func roleWord(_ word: String) -> Role? {
        switch word.lowercased() {
        case "sales", "s", "sales:": return .sales
        case "marketing", "mkt", "m": return .marketing
        default: return nil
        }
    }
}
