#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The session loop `accord start` (`StartCommand`) and `accord resume` (`ResumeCommand`) share.
public enum SessionCommand {
    /// The shared loop.
    static func run(
        header: SessionHeader, records: [EventRecord], writer: TranscriptWriter, workspace: Workspace, reader: LineReader,
        state: SessionState? = nil, recap: [RecapItem] = [], finished: (SessionState) -> Void = { _ in }
    ) throws -> ExitCode {
        let context = workspace.context
        var printer: ChatPrinter { ChatPrinter(output: context.output, style: context.style, width: context.currentWidth()) }
        // /editor needs a terminal to open the editor on; with scripted input it says so.
        let answers = AnswerReader(
            EditorAnswers(
                reader, environment: context.environment, output: context.output,
                interactive: context.policy.inputIsTerminal))
        let completion = CompletionRegistry(commands: SessionEngine.commands.map(\.name) + [EditorAnswers.command])
        let who = header.participants
        completion.register(argumentsOf: "/as") { who.solo ? ["sales", "marketing"] : [who.sales, who.marketing] }
        reader.completion = completion
        var gate = InterruptGate(now: context.now)
        let runner = SessionRunner(
            header: header, records: records, engine: Workspace.engine, sink: writer,
            read: { prompt in
                let input = answers.read(prompt: styledPrompt(TerminalSafe.clean(prompt), participants: who, style: context.style))
                if case .line = input { gate.reset() }
                return input
            },
            show: { printer.print($0) }, state: state)
        runner.planPreview = { PlanPreview.lines($0) }
        runner.width = { context.currentWidth() }
        runner.onInterrupt = {
            let empty = answers.interruptedText.trimmingWhitespaceSet().isEmpty
            if gate.press(lineWasEmpty: empty) == .leave { return true }
            context.output.line(context.style.hint(InterruptGate.hint))
            return false
        }
        runner.onStepStart = { step, state in
            guard step.show == .plan else { return [] }
            return latestPlan(for: state.participants, workspace: workspace)
        }
        // The session's today: --today, else ACCORD_TODAY, else the clock (recorded by the runner).
        let today = try context.today() ?? CommitmentReport.todayString()
        // A failed write (disk full, I/O error) ends the run with the store's exit code (74).
        let result = try Workspace.mapStoreErrors { try runner.run(openCommitments: records.isEmpty ? recap : [], today: today) }
        finished(runner.state)
        if result == .completed {
            printer.print([ChatLine(.info, "Saved as \(header.id). The plan: accord plan \(header.id)")])
        }
        return .ok
    }

    /// The turn prompt ("Dana (Sales) › ") in bold, in the speaker's colour (blue for Sales, magenta
    /// for Marketing, as in `show` and `replay`), so whose turn it is stands out from the chat.
    static func styledPrompt(_ prompt: String, participants: Participants, style: Style) -> String {
        guard style.enabled else { return prompt }
        let body = prompt.reversed().drop(while: { $0 == " " }).reversed()
        let marketing = prompt.hasPrefix(TerminalSafe.clean(participants.display(.marketing)))
        return style.apply(marketing ? "1;35" : "1;34", String(body)) + String(repeating: " ", count: prompt.count - body.count)
    }

    /// Ask for the leads' names when they were not given on the command line.
    static func participants(_ request: StartRequest, reader: LineReader, context: CommandContext) throws -> Participants? {
        if let solo = request.solo { return Participants(solo: try validName(solo, role: "--solo")) }
        func ask(_ label: String, other: String? = nil) -> String? {
            for _ in 0..<3 {
                switch reader.read(prompt: "\(label) lead's name: ") {
                case .line(let text) where !text.trimmingWhitespaceSet().isEmpty:
                    let name = text.trimmingWhitespaceSet()
                    // Asked interactively: a clash with the other lead's name is asked again, not fatal.
                    if let other, name.lowercased() == other.lowercased() {
                        context.output.line("The Sales and Marketing leads need different names (to prepare alone, use --solo NAME).")
                        continue
                    }
                    guard name.count <= 80 else {
                        context.output.line("A name of at most 80 characters, please.")
                        continue
                    }
                    return name
                case .line, .interrupted: continue
                case .endOfInput: return nil
                }
            }
            return nil
        }
        guard let sales = try request.sales.map({ try validName($0, role: "--sales") }) ?? ask("Sales"),
            let marketing = try request.marketing.map({ try validName($0, role: "--marketing") }) ?? ask("Marketing", other: sales)
        else { return nil }
        guard sales.lowercased() != marketing.lowercased() else {
            throw AccordError.sameLeadNames
        }
        return Participants(sales: sales, marketing: marketing)
    }

    static func validName(_ raw: String, role: String) throws -> String {
        // Nothing to trim when both ends are ASCII and not white space (Foundation's trimming costs
        // ~0.35 M instructions a call on its first use); otherwise Foundation decides.
        func plainEnd(_ s: Unicode.Scalar?) -> Bool { s.map { $0.isASCII && !(0x09...0x0D).contains($0.value) && $0 != " " } ?? false }
        let name =
            plainEnd(raw.unicodeScalars.first) && plainEnd(raw.unicodeScalars.last)
            ? raw : raw.trimmingSpacesAndNewlines()
        guard !name.isEmpty else { throw AccordError.invalidValue(option: role, value: raw, expected: "a name") }
        guard name.count <= 80 else {
            throw AccordError.invalidValue(option: role, value: String(name.prefix(20)) + "…", expected: "a name of at most 80 characters")
        }
        return name
    }

    /// The latest plan of the pair, for a prep step that shows it.
    static func latestPlan(for participants: Participants, workspace: Workspace) -> [ChatLine] {
        guard let sessions = try? PlanCommand.latestSessions(for: participants, workspace: workspace), !sessions.isEmpty else {
            return [ChatLine(.info, "(No completed co-created session yet: there is no agreed plan to start from.)")]
        }
        return PlanPreview.lines(PlanBuilder.build(sessions: sessions, generated: Date()))
    }
}
