#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord replay SESSION [--speed N]`.
public enum ReplayCommand {
    /// Step through a session: Enter shows the next step, q stops; `speed` plays it by itself.
    public static func run(
        _ session: String, speed: Double?, workspace: Workspace,
        sleep: (Double) -> Void = { sleepSeconds($0) }
    ) throws -> ExitCode {
        let file = try workspace.read(session)
        let context = workspace.context
        let printer = ChatPrinter(output: context.output, style: context.style, width: context.policy.width)
        printer.print(TranscriptPlayback.banner(header: file.header, state: Workspace.state(of: file)))
        let groups = TranscriptPlayback.groups(header: file.header, records: file.records)
        var stepping = speed == nil
        let reader = stepping ? context.makeLineReader() : nil
        if stepping { printer.print([ChatLine(.info, "Enter: next · a: play the rest · q: stop")]) }
        var previous: Double?
        for (i, group) in groups.enumerated() {
            if i > 0, stepping, let reader {
                switch reader.read(prompt: "[\(i)/\(groups.count - 1)] ") {
                case .line(let text):
                    let t = text.trimmingWhitespaceSet().lowercased()
                    if t == "q" || t == "quit" || t == "/quit" { return .ok }
                    if t == "a" { stepping = false }
                case .interrupted: return .ok
                case .endOfInput: stepping = false
                }
            } else if let speed, let time = ShowCommand.seconds(group.at) {
                if let previous { sleep(min(max(0, time - previous) / max(speed, 0.001), 2)) }
                previous = time
            }
            printer.print(group.lines)
        }
        return ShowCommand.damaged(file, workspace)
    }
}
