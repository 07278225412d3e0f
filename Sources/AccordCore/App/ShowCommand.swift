#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `accord show SESSION [--json]`.
public enum ShowCommand {
    /// Print a whole session, readable.
    public static func show(_ session: String, json: Bool, workspace: Workspace) throws -> ExitCode {
        let file = try workspace.read(session)
        let out = workspace.context.output
        if json {
            struct Doc: Encodable {
                var header: SessionHeader
                var records: [EventRecord]
                var warnings: [String]
                var damage: String?
            }
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            out.write(
                String(
                    decoding: try enc.encode(Doc(header: file.header, records: file.records, warnings: file.warnings, damage: file.damage)),
                    as: UTF8.self) + "\n")
            return file.damage == nil ? .ok : .dataError
        }
        // Written in pieces of about 64 KB, not one write() per line (a 10,000-event session is
        // some 20,000 lines).
        let buffered = BufferedOutput(out)
        let printer = ChatPrinter(output: buffered, style: workspace.context.style, width: workspace.context.policy.width)
        let state = Workspace.state(of: file)
        printer.print(TranscriptPlayback.banner(header: file.header, state: state))
        for group in TranscriptPlayback.groups(header: file.header, records: file.records) { printer.print(group.lines) }
        buffered.flush()
        return damaged(file, workspace)
    }

    static func damaged(_ file: TranscriptFile, _ workspace: Workspace) -> ExitCode {
        guard let damage = file.damage else { return .ok }
        workspace.context.errors.line("accord: \(TerminalSafe.clean(damage)) — the rest of this session cannot be read")
        return .dataError
    }

    /// Seconds since the epoch for an ISO 8601 UTC time.
    static func seconds(_ iso: String) -> Double? {
        (try? Date.ISO8601FormatStyle().parse(iso))?.timeIntervalSince1970
    }
}

/// Collects output and hands it on in pieces of about 64 KB (call `flush` at the end).
final class BufferedOutput: OutputSink {
    private let inner: OutputSink
    private var pending = ""
    init(_ inner: OutputSink) { self.inner = inner }
    func write(_ text: String) {
        pending += text
        if pending.utf8.count >= 64 * 1024 { flush() }
    }
    func flush() {
        guard !pending.isEmpty else { return }
        inner.write(pending)
        pending = ""
    }
}
