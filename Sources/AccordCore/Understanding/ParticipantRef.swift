/// Who owns something, by identity rather than by the text typed: one of the two leads, both, or a
/// named third party not in the room ("Jamie from RevOps").
public enum ParticipantRef: Sendable, Hashable, Codable {
    /// The sales lead.
    case sales
    /// The marketing lead.
    case marketing
    /// Both leads, jointly.
    case both
    /// Someone outside the session, kept by name (accepted after one confirmation).
    case other(String)

    /// The side for a role.
    public init(_ role: Role) { self = role == .sales ? .sales : .marketing }

    /// The lead this names, when it is exactly one of the two.
    public var role: Role? {
        switch self {
        case .sales: return .sales
        case .marketing: return .marketing
        case .both, .other: return nil
        }
    }

    /// Whether the engine should confirm it once before storing ("Jamie from RevOps isn't in the room…").
    public var needsConfirmation: Bool {
        if case .other = self { return true }
        return false
    }

    /// Whether `role` is (one of) the owner(s).
    public func includes(_ role: Role) -> Bool {
        switch self {
        case .both: return true
        case .sales: return role == .sales
        case .marketing: return role == .marketing
        case .other: return false
        }
    }

    /// The canonical name to show: "Tomás Okafor", "Priya Raman and Tomás Okafor", "Jamie from RevOps".
    /// Solo: the solo person for their own side, the side's label for the absent counterpart.
    public func displayName(_ participants: Participants) -> String {
        switch self {
        case .sales: return participants.sales
        case .marketing: return participants.solo ? "Marketing" : participants.marketing
        case .both: return participants.solo ? "\(participants.sales) and Marketing" : "\(participants.sales) and \(participants.marketing)"
        case .other(let name): return name
        }
    }

    /// How it is written in a transcript field: "@sales", "@marketing", "@both", or the third party's
    /// name as typed (a leading "@" is dropped so it cannot be mistaken for a side).
    public var stored: String {
        switch self {
        case .sales: return "@sales"
        case .marketing: return "@marketing"
        case .both: return "@both"
        case .other(let name):
            var n = Substring(name)
            while n.first == "@" { n = n.dropFirst() }
            return String(n)
        }
    }

    /// Reads a stored owner: the "@…" forms, and OLD transcripts' display strings ("Dana",
    /// "Dana and Lee", "Dana & Lee", "both", "Sales") resolved against that session's participants.
    /// Anything else is a third party. Never asks: stored values are not re-confirmed.
    public init(stored text: String, participants: Participants) {
        let t = text.trimmed()
        switch t.lowercased() {
        case "@sales":
            self = .sales
            return
        case "@marketing":
            self = .marketing
            return
        case "@both":
            self = .both
            return
        default: break
        }
        if t.isEmpty {
            self = .other(t)
            return
        }
        if participants.solo, Token.fold(t) == Token.fold(participants.sales) {
            self = .sales
            return
        }
        if case .understood(let ref) = PeopleResolver.resolve(t, context: nil, participants: participants), !ref.needsConfirmation {
            self = ref
        } else {
            self = .other(t)
        }
    }
}
