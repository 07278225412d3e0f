#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which side of the table a person speaks for.
public enum Role: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case sales
    case marketing

    /// The other side.
    public var other: Role { self == .sales ? .marketing : .sales }
    /// "Sales" / "Marketing".
    public var label: String { self == .sales ? "Sales" : "Marketing" }
}

/// The people in a session: a sales lead and a marketing lead, or one person preparing solo.
public struct Participants: Sendable, Equatable, Codable {
    /// The sales lead's name (in solo mode, the solo person's name).
    public var sales: String
    /// The marketing lead's name (in solo mode, the solo person's name).
    public var marketing: String
    /// True when one person answers for both sides: nothing is agreed, items are drafts.
    public var solo: Bool

    public init(sales: String, marketing: String) {
        self.sales = sales
        self.marketing = marketing
        self.solo = false
    }

    /// One person preparing alone, answering for both sides.
    public init(solo name: String) {
        self.sales = name
        self.marketing = name
        self.solo = true
    }

    /// The name for a role.
    public func name(_ role: Role) -> String { role == .sales ? sales : marketing }

    /// How the prompt and transcript refer to a speaker: "Dana (Sales)", or "Dana (as Sales)" solo.
    public func display(_ role: Role) -> String {
        solo ? "\(name(role)) (as \(role.label))" : "\(name(role)) (\(role.label))"
    }

    /// Whether `other` names the same two leads (case-insensitive, either way round).
    public func isSamePair(as other: Participants) -> Bool {
        Set([sales.lowercased(), marketing.lowercased()]) == Set([other.sales.lowercased(), other.marketing.lowercased()])
    }

    /// The role a typed name (or "sales"/"marketing") refers to, case-insensitively.
    public func role(named text: String) -> Role? {
        let t = text.trimmingWhitespaceSet().lowercased()
        if t == "sales" || t == "s" { return .sales }
        if t == "marketing" || t == "m" { return .marketing }
        if !solo {
            if t == sales.lowercased() { return .sales }
            if t == marketing.lowercased() { return .marketing }
        }
        return nil
    }
}
