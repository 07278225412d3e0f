/// Everything a command needs from the process, decided once at start: the parsed invocation,
/// the output policy, where output goes, the environment, and how to read lines.
/// The executable builds it; tests can build one with `StringOutput` and `ScriptedLineReader`.
public struct CommandContext {
    public var invocation: Invocation
    public var policy: OutputPolicy
    /// Standard output.
    public var output: OutputSink
    /// Standard error.
    public var errors: OutputSink
    public var environment: [String: String]
    /// The working directory.
    public var cwd: String
    /// Makes the line reader for interactive prompts (libedit on a terminal, plain otherwise).
    public var makeLineReader: () -> LineReader
    /// A monotonic clock in seconds (Ctrl-C double press).
    public var now: () -> Double
    /// The wrap width now: follows the terminal when it is resized (the policy's width otherwise).
    public var currentWidth: () -> Int

    public init(
        invocation: Invocation,
        policy: OutputPolicy,
        output: OutputSink,
        errors: OutputSink,
        environment: [String: String],
        cwd: String,
        makeLineReader: @escaping () -> LineReader,
        now: @escaping () -> Double,
        currentWidth: (() -> Int)? = nil
    ) {
        self.invocation = invocation
        self.policy = policy
        self.output = output
        self.errors = errors
        self.environment = environment
        self.cwd = cwd
        self.makeLineReader = makeLineReader
        self.now = now
        let width = policy.width
        self.currentWidth = currentWidth ?? { width }
    }

    /// Styling matching the policy.
    public var style: Style { policy.style }

    /// The extra playbook directory: `--prompts`, else `ACCORD_PROMPTS`, made absolute.
    public var promptsDirectory: String? {
        guard let chosen = invocation.options.prompts ?? environment["ACCORD_PROMPTS"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return nil
        }
        return StoreLocation.absolute(chosen, environment: environment, cwd: cwd)
    }

    /// The store: `--dir`, `ACCORD_DIR`, a store found walking up, or the per-user default
    /// (reads the file system, never writes).
    public var storeLocation: StoreLocation {
        StoreLocation.locate(flag: invocation.options.dir, environment: environment, cwd: cwd)
    }

    /// "Today" (`YYYY-MM-DD`): `--today`, else `ACCORD_TODAY`, else nil (the clock). Throws a
    /// usage error when `ACCORD_TODAY` is not a date.
    public func today() throws -> String? {
        if let flag = invocation.options.today { return flag }
        guard let raw = environment["ACCORD_TODAY"], !raw.isEmpty else { return nil }
        guard CalendarDate.isValid(raw) else {
            throw AccordError.invalidValue(option: "ACCORD_TODAY", value: raw, expected: "a date YYYY-MM-DD")
        }
        return raw
    }

    /// `path` made absolute against the working directory (`~` expanded).
    public func absolutePath(_ path: String) -> String {
        StoreLocation.absolute(path, environment: environment, cwd: cwd)
    }
}
