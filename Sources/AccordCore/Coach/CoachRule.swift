/// One blame signal a rule found: the pattern it points to, how much it weighs, a cue for debugging
/// and tests (`"absolute:never"`), and what the reframe can reuse.
struct BlameSignal: Sendable {
    var pattern: BlamePattern
    var weight: Int
    var cue: String
    var context: ReframeContext
}

/// A statement a rule's examples use, with the speaker's side when it matters.
struct CoachExample: Sendable, ExpressibleByStringLiteral {
    var text: String
    var speaker: Role?

    init(_ text: String, speaker: Role? = nil) {
        self.text = text
        self.speaker = speaker
    }

    init(stringLiteral value: String) { self.init(value) }
}

/// One kind of blame signal, in its own file under `Coach/Rules/`, listed once in ``CoachRules/all``.
///
/// A rule reads an analysed statement (tokens, clauses, who is mentioned and in what part) and
/// returns the signals it finds. It carries its own examples: statements where it must fire and
/// close ones where it must not; `CoachRuleTests` checks every registered rule against them and fails
/// when a file in `Rules/` holds a rule that is not registered.
protocol CoachRule: Sendable {
    /// Statements on which the rule must return a signal.
    var fires: [CoachExample] { get }
    /// Close statements on which it must return none.
    var passes: [CoachExample] { get }
    /// The signals found in `analysis` (empty when none).
    func signals(in analysis: BlameAnalysis) -> [BlameSignal]
}
