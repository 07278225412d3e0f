#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Roll-ups of records over a pair's sessions, for `accord report`: win/loss by segment and loss
/// reason, SLA figures over time, and the funnel by period. Pure: sessions in, values out.
public enum RecordRollup {
    /// One session as the roll-ups see it.
    public struct Session: Sendable {
        public var id: String
        public var started: String
        public var state: SessionState
        public init(id: String, started: String, state: SessionState) {
            self.id = id
            self.started = started
            self.state = state
        }
    }

    /// Records of the sessions (oldest first) that have all the named fields, with their session;
    /// parked records are left out (they are open disagreements, not facts).
    static func records(_ sessions: [Session], having names: [String]) -> [(session: Session, item: Item)] {
        sessions.sorted { ($0.started, $0.id) < ($1.started, $1.id) }.flatMap { s in
            s.state.items.filter { item in
                item.kind == .record && !item.parked && names.allSatisfy { n in item.recordFields.contains { $0.name == n } }
            }.map { (s, $0) }
        }
    }

    // MARK: - Win/loss

    /// Deals (records with `outcome` and `segment` fields) over the sessions.
    public static func winLoss(_ sessions: [Session]) -> WinLossReport {
        let deals = records(sessions, having: ["outcome", "segment"])
        var report = WinLossReport(
            sessions: Array(Set(deals.map(\.session.id))).sorted(), deals: 0, won: 0, lost: 0, noDecision: 0,
            winRate: nil, currency: nil, bySegment: [], lossReasons: [], competitors: [])
        var segments: [String: WinLossReport.Segment] = [:]
        var segmentOrder: [String] = []
        var reasons: [String: WinLossReport.Reason] = [:]
        var competitors: [String: WinLossReport.Competitor] = [:]
        for (_, item) in deals {
            guard let outcome = item.fields["outcome"].flatMap(DealOutcome.init(said:)) else { continue }
            let segment = item.fields["segment"] ?? "–"
            let size = item.fields["size"].flatMap(RecordValues.money)
            if report.currency == nil { report.currency = size?.currency }
            report.deals += 1
            if segments[segment] == nil {
                segments[segment] = .init(
                    segment: segment, deals: 0, won: 0, lost: 0, noDecision: 0, winRate: nil, wonValue: 0, lostValue: 0)
                segmentOrder.append(segment)
            }
            segments[segment]!.deals += 1
            switch outcome {
            case .won:
                report.won += 1
                segments[segment]!.won += 1
                segments[segment]!.wonValue += size?.amount ?? 0
            case .lost:
                report.lost += 1
                segments[segment]!.lost += 1
                segments[segment]!.lostValue += size?.amount ?? 0
            case .noDecision:
                report.noDecision += 1
                segments[segment]!.noDecision += 1
                segments[segment]!.lostValue += size?.amount ?? 0
            }
            if outcome != .won, let reason = reasonField(item).flatMap({ item.fields[$0] }) {
                reasons[reason, default: .init(reason: reason, count: 0, segments: [])].count += 1
                if let i = reasons[reason]!.segments.firstIndex(where: { $0.segment == segment }) {
                    reasons[reason]!.segments[i].count += 1
                } else {
                    reasons[reason]!.segments.append(.init(segment: segment, count: 1))
                }
            }
            if let competitor = item.fields["competitor"], !competitor.lowercased().hasPrefix("none") {
                let key = competitor.lowercased()
                competitors[key, default: .init(competitor: competitor, deals: 0, won: 0, lost: 0)].deals += 1
                if outcome == .won { competitors[key]!.won += 1 } else { competitors[key]!.lost += 1 }
            }
        }
        report.winRate = rate(report.won, report.won + report.lost)
        report.bySegment = segmentOrder.map { key in
            var s = segments[key]!
            s.winRate = rate(s.won, s.won + s.lost)
            return s
        }.sorted { ($0.deals, $1.segment) > ($1.deals, $0.segment) }
        report.lossReasons = reasons.values.map { r in
            var r = r
            r.segments.sort { ($0.count, $1.segment) > ($1.count, $0.segment) }
            return r
        }.sorted { ($0.count, $1.reason) > ($1.count, $0.reason) }
        report.competitors = competitors.values.sorted { ($0.deals, $1.competitor) > ($1.deals, $0.competitor) }
        return report
    }

    /// The field holding a deal's categorical reason: `main reason`, else the first choice field
    /// whose name mentions "reason".
    static func reasonField(_ item: Item) -> String? {
        if item.recordFields.contains(where: { $0.name == "main reason" }) { return "main reason" }
        return item.recordFields.first { $0.name.contains("reason") && $0.type.kind == .choice }?.name
    }

    /// Percent with one decimal, nil when there is nothing to divide by.
    static func rate(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? (Double(part) / Double(whole) * 1000).rounded() / 10 : nil
    }

    // MARK: - SLA

    /// SLA figures over time: each commitment (records with `commitment` and `target`, from sla
    /// sessions) with the actual numbers reviewed later (records with `commitment`, `agreed` and
    /// `actual`, from review sessions), matched by the commitment's words.
    public static func sla(_ sessions: [Session]) -> SLAReport {
        var lines: [SLAReport.Line] = []
        func index(_ commitment: String) -> Int {
            let key = RecordValues.fold(commitment)
            if let i = lines.firstIndex(where: { RecordValues.fold($0.commitment) == key }) { return i }
            lines.append(
                .init(commitment: commitment, side: nil, target: nil, lowerIsBetter: false, measuredBy: nil, agreedIn: nil, actuals: []))
            return lines.count - 1
        }
        for (session, item) in records(sessions, having: ["commitment", "target"]) {
            guard let commitment = item.fields["commitment"] else { continue }
            let i = index(commitment)
            lines[i].target = item.fields["target"].flatMap(RecordValues.number)
            lines[i].measuredBy = item.fields["measured by"]
            lines[i].lowerIsBetter = item.fields["better"].map { $0.lowercased().hasPrefix("lower") } ?? false
            lines[i].agreedIn = session.id
            lines[i].side =
                session.state.playbook.steps.indices.contains(item.step) ? session.state.playbook.steps[item.step].who.side : nil
        }
        for (session, item) in records(sessions, having: ["commitment", "agreed", "actual"]) {
            guard let commitment = item.fields["commitment"], let actual = item.fields["actual"].flatMap(RecordValues.number) else {
                continue
            }
            let agreed = item.fields["agreed"].flatMap(RecordValues.number)
            let i = index(commitment)
            let target = agreed ?? lines[i].target
            let lowerIsBetter = item.fields["better"].map { $0.lowercased().hasPrefix("lower") } ?? lines[i].lowerIsBetter
            let met = target.map { lowerIsBetter ? actual <= $0 : actual >= $0 }
            lines[i].actuals.append(
                .init(period: item.fields["period"] ?? "–", agreed: target, actual: actual, met: met, session: session.id))
        }
        return SLAReport(sessions: Array(Set(records(sessions, having: ["commitment"]).map(\.session.id))).sorted(), commitments: lines)
    }
}

/// A deal's outcome, read from a record's `outcome` value.
public enum DealOutcome: String, Sendable, Equatable, Codable, CaseIterable {
    case won, lost
    case noDecision = "no decision"

    /// "won", "Lost", "no decision", "no-decision".
    public init?(said: String) {
        switch RecordValues.fold(said) {
        case "won", "win", "closedwon": self = .won
        case "lost", "loss", "closedlost": self = .lost
        case "nodecision", "stalled": self = .noDecision
        default: return nil
        }
    }
}

/// `accord report winloss`: deals over the pair's sessions.
public struct WinLossReport: Sendable, Equatable, Codable {
    /// Sessions the deals came from.
    public var sessions: [String]
    public var deals: Int
    public var won: Int
    public var lost: Int
    public var noDecision: Int
    /// Won / (won + lost), percent; no-decision deals are counted apart.
    public var winRate: Double?
    /// The currency of the first deal size given (values are summed as they are).
    public var currency: String?
    /// Per segment, most deals first.
    public var bySegment: [Segment]
    /// Reasons of lost and no-decision deals, most frequent first, each by segment.
    public var lossReasons: [Reason]
    /// Competitors met, most deals first.
    public var competitors: [Competitor]

    public struct Segment: Sendable, Equatable, Codable {
        public var segment: String
        public var deals: Int
        public var won: Int
        public var lost: Int
        public var noDecision: Int
        public var winRate: Double?
        /// Sum of won deals' sizes.
        public var wonValue: Double
        /// Sum of lost and no-decision deals' sizes.
        public var lostValue: Double
    }

    public struct Reason: Sendable, Equatable, Codable {
        public var reason: String
        public var count: Int
        public var segments: [SegmentCount]
    }

    public struct SegmentCount: Sendable, Equatable, Codable {
        public var segment: String
        public var count: Int
    }

    public struct Competitor: Sendable, Equatable, Codable {
        public var competitor: String
        public var deals: Int
        public var won: Int
        public var lost: Int
    }
}

/// `accord report sla`: each SLA commitment with its target and the actuals reviewed over time.
public struct SLAReport: Sendable, Equatable, Codable {
    public var sessions: [String]
    public var commitments: [Line]

    public struct Line: Sendable, Equatable, Codable {
        public var commitment: String
        /// Whose commitment it is (from the step's `who:`), when one side.
        public var side: Role?
        public var target: Double?
        /// Whether a lower number meets the target (hours to follow up), from the `better` field.
        public var lowerIsBetter: Bool
        public var measuredBy: String?
        /// The session that agreed the target.
        public var agreedIn: String?
        /// Reviewed figures, oldest first.
        public var actuals: [Actual]
    }

    public struct Actual: Sendable, Equatable, Codable {
        public var period: String
        public var agreed: Double?
        public var actual: Double
        /// Whether the actual meets the agreed number (nil without one).
        public var met: Bool?
        public var session: String
    }
}

extension Answerer {
    /// The side, for `sales` and `marketing`.
    var side: Role? {
        switch self {
        case .sales: .sales
        case .marketing: .marketing
        case .each, .either: nil
        }
    }
}
