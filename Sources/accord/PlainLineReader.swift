import AccordCore
import CTerminal

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from fd 0 without a line editor (pipes, files, `TERM=dumb`). Prompts are still
/// printed; when input is not a terminal the line read is echoed after the prompt so the output
/// reads like a conversation. Deterministic: this is how sessions are scripted.
final class PlainLineReader: LineReader {
    var completion: CompletionSource?
    let interruptedText = ""
    private let output: OutputSink
    private let echo: Bool
    private var splitter = LineSplitter()
    private var ended = false
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    init(output: OutputSink, echo: Bool) {
        self.output = output
        self.echo = echo
    }

    func read(prompt: String) -> LineInput {
        output.write(prompt)
        while true {
            if let line = splitter.nextLine() { return submitted(line) }
            if ended {
                if let last = splitter.finish() { return submitted(last) }
                output.write("\n")
                return .endOfInput
            }
            let count = buffer.withUnsafeMutableBytes { accord_interruptible_read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                splitter.append(buffer[0..<count])
            } else if count == 0 {
                ended = true
            } else if errno == EINTR {
                if accord_take_sigint() != 0 {
                    output.write("\n")
                    return .interrupted
                }
            } else {
                ended = true
            }
        }
    }

    func remember(_ line: String) {}

    private func submitted(_ line: String) -> LineInput {
        if echo { output.write(TerminalSafe.cleanLine(line) + "\n") }
        return .line(line)
    }
}
