/// The blame-free coach: flags a statement that assigns fault to, or judges, the other person or team,
/// and suggests a what/how reframe. Pure and deterministic; no I/O.
///
/// It reads the structure of the statement rather than matching known sentences: it finds who is
/// talked about (the other team or its people, relative to the speaker when given) and whether they
/// are the agent, then adds up signals around them — fault and judgement words, absolutes, rhetorical
/// "why do they always…" questions, counterfactual "if they had…", causal "because of Marketing's…",
/// sarcasm. A score of 2 or more is flagged; below that, a small logistic-regression model over the
/// rule signals, structure, word n-grams and a sentiment lexicon (`CoachModel`) can still flag it when
/// it is confident. See docs/coach.md.
public struct BlameCoach: Sendable {
    /// The learned model consulted when the rules pass a statement (nil: the rules alone).
    public let model: CoachModel?

    /// Creates a coach with the built-in lexicon and the generated model (`CoachModel.trained`).
    public init() { model = .trained }

    /// Creates a coach with another model, or with the rules alone when `model` is nil (training and evaluation).
    public init(model: CoachModel?) { self.model = model }

    /// Checks one statement (a line may hold several sentences).
    /// - Parameters:
    ///   - statement: what was said or written.
    ///   - speaker: the speaker's side, when known: it decides whether "Sales" or "the reps" is the
    ///     speaker's own team (ownership) or the other side (possible blame), and whom "they" means.
    /// - Returns: a flag with a reason and a suggested reframe, or nil when the statement is blame-free.
    public func check(_ statement: String, speaker: Role? = nil) -> CoachFlag? {
        if let flag = BlameAnalysis(statement: statement, speaker: speaker).flag(model: model) { return flag }
        // With the model, each sentence may also be checked on its own (`CoachSentences`, as the
        // trainer chose); the rules alone already read every clause.
        guard let model, model.sentences != .none else { return nil }
        let sentences = CoachSentences.split(statement)
        guard sentences.count > 1 else { return nil }
        for sentence in sentences {
            let analysis = BlameAnalysis(statement: String(sentence), speaker: speaker)
            if model.sentences == .all, let flag = analysis.flag(model: model) { return flag }
            if model.sentences == .rulesLed, let flag = analysis.flag(model: model), flag.cues.allSatisfy({ !$0.hasPrefix("model:") }) {
                return flag
            }
        }
        return nil
    }

    /// Score at or above which a statement is flagged.
    static let threshold = 2

    // Word classes shared by the detector and the analysis.
    static let discourseWords: Set<String> = [
        "honestly", "frankly", "seriously", "obviously", "apparently", "clearly", "once", "again", "yet",
        "of", "course", "as", "usual", "always", "never", "and", "but", "so", "then", "also", "even", "just",
        "because", "if", "when", "that", "who", "which", "why", "how", "come", "the", "problem", "is",
        "was", "it's", "well", "plus", "meanwhile", "whereas", "while", "since", "unless", "until", "thanks",
        "to", "due", "sure", "look", "now", "still", "lately", "today", "yesterday", "this", "last",
        "every", "time", "quarter", "week", "month", "year", "typical", "cause", "&", "or",
        "does", "do", "did", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "can",
        "would", "wouldn't", "couldn't", "has", "have", "hasn't", "haven't", "are", "were", "somehow",
    ]
    static let adverbs: Set<String> = [
        "never", "always", "just", "only", "still", "really", "actually", "simply", "constantly", "again",
        "also", "even", "clearly", "obviously", "apparently", "often", "rarely", "barely", "hardly",
        "sometimes", "usually", "already", "ever", "totally", "completely", "basically", "literally",
        "once", "all",
    ]
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "don't", "doesn't", "didn't",
        "can", "can't", "could", "couldn't", "will", "won't", "would", "wouldn't", "should", "shouldn't",
        "must", "might", "may", "keeps", "keep", "kept", "need", "needs", "isn't", "aren't", "wasn't",
        "weren't", "hasn't", "haven't", "hadn't", "cannot", "refuse", "want", "wants",
    ]
    static let irregularPast: Set<String> = [
        "gave", "sent", "made", "took", "lost", "got", "did", "had", "went", "left", "kept", "told", "sold",
        "ran", "put", "let", "said", "thought", "brought", "wrote", "spent", "chose", "forgot", "broke",
        "threw", "knew", "saw", "drove", "held", "won", "met", "paid", "built", "bought", "came", "became",
        "began", "fell", "felt", "found", "heard", "hid", "hit", "led", "meant", "read", "set", "shut",
        "sat", "stood", "stole", "swore", "taught", "understood", "blew", "spoke", "drew", "grew", "wore", "rode",
        "flew", "forgave", "froze", "hung", "shook", "sang", "slept", "struck", "swept", "tore", "dropped", "screwed", "messed",
    ]
    static let particles: Set<String> = ["up", "over", "out", "back", "through", "in", "on", "off", "down"]
}
