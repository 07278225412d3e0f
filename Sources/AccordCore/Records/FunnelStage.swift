/// The stages of the shared funnel, in order: the common language of the `sla` playbook.
///
/// Marketing owns the stages up to `mql`; the hand-off is the step from `mql` to `salesAccepted`,
/// where Sales accepts (or rejects, with a reason) what Marketing sends.
public enum FunnelStage: String, Sendable, Equatable, Hashable, Codable, CaseIterable, Comparable {
    case lead
    case mql
    case salesAccepted = "sales-accepted"
    case sql
    case opportunity
    case won

    /// How the stage is written in the plan ("MQL", "Sales-accepted").
    public var label: String {
        switch self {
        case .lead: "Lead"
        case .mql: "MQL"
        case .salesAccepted: "Sales-accepted"
        case .sql: "SQL"
        case .opportunity: "Opportunity"
        case .won: "Won"
        }
    }

    /// Whether the stage is Marketing's side of the hand-off.
    public var isMarketing: Bool { self <= .mql }

    /// The last stage before the hand-off to Sales.
    public static let handOffAfter: FunnelStage = .mql

    /// The stage a typed or stored word names: "MQL", "sales accepted", "SAL", "SQLs", "opps", "closed won".
    public init?(said: String) {
        var key = RecordValues.fold(said)
        if key.count > 3, key.hasSuffix("s") { key.removeLast() }
        switch key {
        case "lead", "inquiry", "inquirie": self = .lead
        case "mql", "marketingqualified", "marketingqualifiedlead": self = .mql
        case "salesaccepted", "sal", "accepted", "salesacceptedlead": self = .salesAccepted
        case "sql", "salesqualified", "salesqualifiedlead": self = .sql
        case "opportunity", "opportunitie", "opp", "pipeline": self = .opportunity
        case "won", "closedwon", "customer", "win", "deal": self = .won
        default: return nil
        }
    }

    public static func < (a: FunnelStage, b: FunnelStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
