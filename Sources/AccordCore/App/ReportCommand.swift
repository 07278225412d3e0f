#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `accord report` rolls up.
public enum ReportKind: String, Sendable, Equatable, CaseIterable {
    /// Deals from win/loss records: win rate by segment, loss reasons by frequency and segment.
    case winloss
    /// Funnel records by period: counts, conversion between stages, the hand-off, the trend.
    case funnel
    /// SLA commitments with the actual numbers reviewed over time.
    case sla
}

/// `accord report winloss|funnel|sla [--json]`: records rolled up over all the completed sessions
/// of the pair of the most recent completed co-created session.
public enum ReportCommand {
    public static func run(_ kind: ReportKind, json: Bool, workspace: Workspace) throws -> ExitCode {
        let sessions = try pairSessions(workspace)
        let out = workspace.context.output
        let style = workspace.context.style
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func write<T: Encodable>(_ value: T) throws { out.write(String(decoding: try enc.encode(value), as: UTF8.self) + "\n") }
        let rollup = sessions.map { RecordRollup.Session(id: $0.header.id, started: $0.header.started, state: $0.state) }
        switch kind {
        case .winloss:
            let report = RecordRollup.winLoss(rollup)
            if json { try write(report) } else { out.write(text(report, style: style)) }
        case .funnel:
            let funnel = PlanBuilder.build(sessions: sessions, generated: Date()).funnel
            if json { try write(funnel) } else { out.write(text(funnel, style: style)) }
        case .sla:
            let report = RecordRollup.sla(rollup)
            if json { try write(report) } else { out.write(text(report, style: style)) }
        }
        return .ok
    }

    /// Every completed co-created session of the pair of the most recent one, oldest first.
    static func pairSessions(_ workspace: Workspace) throws -> [(header: SessionHeader, state: SessionState)] {
        let done = try Workspace.mapStoreErrors { try workspace.store.list() }.filter { $0.status == .completed && !$0.participants.solo }
        guard let pair = done.last?.participants else { return [] }
        return try done.filter { $0.participants.isSamePair(as: pair) }.map { s in
            let file = try Workspace.mapStoreErrors { try workspace.store.read(id: s.id) }
            return (file.header, Workspace.state(of: file))
        }
    }

    // MARK: - Text

    static func percent(_ value: Double?) -> String { value.map { RecordValues.format($0) + "%" } ?? "–" }

    /// The win/loss roll-up as text.
    public static func text(_ r: WinLossReport, style: Style) -> String {
        guard r.deals > 0 else {
            return "No win/loss records yet. Review deals together: accord start winloss --sales NAME --marketing NAME\n"
        }
        var out =
            "Win/loss across \(r.sessions.count) session\(r.sessions.count == 1 ? "" : "s"): \(r.deals) deals, \(r.won) won, \(r.lost) lost, "
            + "\(r.noDecision) no decision. Win rate \(percent(r.winRate)) (won of won + lost).\n\n"
        out += Table.render(
            header: ["SEGMENT", "DEALS", "WON", "LOST", "NO DECISION", "WIN RATE", "WON VALUE", "LOST VALUE"],
            rows: r.bySegment.map { s in
                [
                    TerminalSafe.clean(s.segment), String(s.deals), String(s.won), String(s.lost), String(s.noDecision), percent(s.winRate),
                    Money(amount: s.wonValue, currency: r.currency).display, Money(amount: s.lostValue, currency: r.currency).display,
                ]
            }, style: style)
        if !r.lossReasons.isEmpty {
            out += "\n" + style.bold("Why we lost (lost and no-decision deals), most frequent first:") + "\n"
            let width = r.lossReasons.map { TextWrap.visibleWidth($0.reason) }.max() ?? 0
            for reason in r.lossReasons {
                let by = reason.segments.map { "\(TerminalSafe.clean($0.segment)) \($0.count)" }.joined(separator: ", ")
                out +=
                    "  \(TerminalSafe.clean(reason.reason))\(String(repeating: " ", count: width - TextWrap.visibleWidth(reason.reason)))  \(reason.count)  (\(by))\n"
            }
        }
        if !r.competitors.isEmpty {
            out += "\n" + style.bold("Competitors met:") + "\n"
            for c in r.competitors {
                out += "  \(TerminalSafe.clean(c.competitor)): \(c.deals) deals, \(c.won) won, \(c.lost) lost or undecided\n"
            }
        }
        return out
    }

    /// The funnel by period as text.
    public static func text(_ funnel: PlanFunnel, style: Style) -> String {
        guard let now = funnel.periods.last else {
            return "No funnel numbers yet. Put them on the table in goals, sla or review (stage, count, period).\n"
        }
        var out =
            "Funnel, \(TerminalSafe.clean(now.period))"
            + (funnel.periods.count > 1
                ? ", with \(funnel.periods.count - 1) earlier period\(funnel.periods.count == 2 ? "" : "s") for the trend" : "") + ":\n\n"
        var rows: [[String]] = []
        for stage in FunnelSection.trendStages(funnel) {
            rows.append([stage.label] + funnel.periods.map { FunnelSection.trendCell($0, stage) })
            if stage == FunnelStage.handOffAfter { rows.append(["── hand-off ──"] + funnel.periods.map { _ in "" }) }
        }
        out += Table.render(header: ["STAGE"] + funnel.periods.map { TerminalSafe.clean($0.period).uppercased() }, rows: rows, style: style)
        out += "(count, and in brackets the conversion from the stage before)\n"
        return out
    }

    /// The SLA figures over time as text.
    public static func text(_ r: SLAReport, style: Style) -> String {
        guard !r.commitments.isEmpty else {
            return "No SLA commitments yet. Agree one together: accord start sla --sales NAME --marketing NAME\n"
        }
        var out = style.bold("SLA commitments and the numbers reviewed since:") + "\n"
        for line in r.commitments {
            let side = line.side.map { "\($0.label): " } ?? ""
            let target =
                line.target.map { "target \(RecordValues.format($0))\(line.lowerIsBetter ? " or fewer" : "")" } ?? "no target agreed"
            out += "\n  \(side)\(TerminalSafe.clean(line.commitment)), \(target)\n"
            if let m = line.measuredBy { out += "    measured by: \(TerminalSafe.clean(m))\n" }
            if line.actuals.isEmpty { out += "    no actual numbers reviewed yet\n" }
            for a in line.actuals {
                let mark = a.met.map { $0 ? style.green("met") : style.yellow("missed") } ?? ""
                out +=
                    "    \(TerminalSafe.clean(a.period)): \(RecordValues.format(a.actual))"
                    + (a.agreed.map { " against \(RecordValues.format($0))" } ?? "") + " \(mark)\n"
            }
        }
        return out
    }
}
