/// One letter of a R/A/C/I chart.
public enum RACILetter: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Responsible: does the work.
    case responsible = "R"
    /// Accountable: owns the outcome (exactly one side).
    case accountable = "A"
    /// Consulted before.
    case consulted = "C"
    /// Informed after.
    case informed = "I"

    /// R, A, C, I order.
    public static func < (a: RACILetter, b: RACILetter) -> Bool {
        order(a) < order(b)
    }

    static func order(_ l: RACILetter) -> Int {
        switch l {
        case .responsible: return 0
        case .accountable: return 1
        case .consulted: return 2
        case .informed: return 3
        }
    }

    /// The word: "Responsible"…
    public var word: String {
        switch self {
        case .responsible: return "Responsible"
        case .accountable: return "Accountable"
        case .consulted: return "Consulted"
        case .informed: return "Informed"
        }
    }
}

/// Which letters each side holds for one activity.
public struct RACIAssignment: Sendable, Equatable {
    /// Sales' letters.
    public var sales: Set<RACILetter>
    /// Marketing's letters.
    public var marketing: Set<RACILetter>

    /// An assignment.
    public init(sales: Set<RACILetter> = [], marketing: Set<RACILetter> = []) {
        self.sales = sales
        self.marketing = marketing
    }

    /// A side's letters.
    public func letters(_ role: Role) -> Set<RACILetter> { role == .sales ? sales : marketing }

    /// A side's letters in R-A-C-I order, as stored in a transcript field: "RA", "" for none.
    public func stored(_ role: Role) -> String { letters(role).sorted().map(\.rawValue).joined() }

    /// "Sales: R A, Marketing: C", with "–" for a side with no letters.
    public var summary: String {
        func show(_ r: Role) -> String {
            let s = letters(r).sorted().map(\.rawValue).joined(separator: " ")
            return s.isEmpty ? "–" : s
        }
        return "Sales: \(show(.sales)), Marketing: \(show(.marketing))"
    }

    /// As the existing transcript row type.
    public var row: RACIRow { RACIRow(sales: stored(.sales), marketing: stored(.marketing)) }
}
