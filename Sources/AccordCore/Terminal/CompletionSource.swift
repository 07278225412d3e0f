/// Supplies Tab-completion candidates. Pluggable: the home shell, a running session and later
/// features (playbook names, session ids) each add their own providers to a `CompletionRegistry`.
public protocol CompletionSource: AnyObject {
    /// Candidates that complete `word`, the word under the cursor, given the whole `line` so far.
    func completions(line: String, word: String) -> [String]
}

/// Completes slash commands, then each command's arguments from a provider registered for it.
public final class CompletionRegistry: CompletionSource {
    /// Slash commands offered, with their leading slash ("/help").
    public var commands: [String]
    /// Argument providers by command ("/start" → playbook ids).
    private var argumentProviders: [String: () -> [String]] = [:]

    public init(commands: [String] = []) { self.commands = commands }

    /// Register where the arguments of `command` come from (called at completion time).
    public func register(argumentsOf command: String, _ provider: @escaping () -> [String]) {
        argumentProviders[command] = provider
    }

    public func completions(line: String, word: String) -> [String] {
        let trimmed = line.drop(while: { $0 == " " })
        if !trimmed.contains(" ") {
            guard word.hasPrefix("/") || word.isEmpty && trimmed.isEmpty else { return [] }
            return commands.filter { $0.hasPrefix(word) }.sorted()
        }
        let command = String(trimmed.prefix(while: { $0 != " " }))
        guard let provider = argumentProviders[command] else { return [] }
        return provider().filter { $0.hasPrefix(word) }.sorted()
    }
}
