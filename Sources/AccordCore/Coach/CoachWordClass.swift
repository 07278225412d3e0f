/// A word list the coach tests tokens against, as one bit of a per-token mask (see docs/performance.md,
/// "The coach's speed", third pass). `BlameAnalysis` looks every token up once (``CoachWordClasses``)
/// and rules test a bit (`BlameAnalysis.has(_:_:)`) instead of hashing the token's text again.
///
/// The `Set<String>` of each class (``words``) stays the definition: `CoachWordClassTests` checks,
/// at every token of every labelled and generated statement, that each bit is `words.contains(text)`.
enum CoachWordClass: Int, CaseIterable, Sendable {
    // Read at every token by the analysis and the model's features.
    case negative, badOutcome, firstPerson, negation, clauseTrigger, discourse, determiner, adverb
    // Read at every token by rules (their own lists, or the words every branch starts from).
    case faultWord, insult, partyTrigger, deflectionTrigger, placedNoun, evaluationWord, inquiryWord
    case heldAccountableTrigger, counterfactualJudgementTrigger, faultPlacementTrigger, rhetoricalQuestionTrigger
    case exasperatedQuestionTrigger, sarcasticPraiseTrigger, contemptWord, forYouOpener
    // The first words of each phrase list (`PhraseIndex`'s `starts`).
    case sarcasmPhraseStart,
        judgementPhraseStart,
        causalLinkStart,
        absolutePhraseStart,
        rhetoricalPhraseStart,
        incompetenceIdiomStart,
        contemptPhraseStart,
        deicticStart,
        metaphorIdiomStart,
        labelStart,
        comparisonStart,
        frustrationPhraseStart,
        placementStart,
        praiseOpenerStart,
        turnStart,
        badAfterStart,
        slotOpenerStart,
        nothingNewStart,
        whyIntensifierStart,
        obligationStart,
        motiveStart,
        evaluationPhraseStart,
        judgementLexiconPhraseStart,
        sarcasmMarkerStart,
        disclaimerStart

    /// The class's members: the definition the bit stands for.
    var words: Set<String> {
        switch self {
        case .negative: SentimentLexicon.negatives
        case .badOutcome: CoachLexicon.badOutcomes
        case .firstPerson: CoachLexicon.firstPerson
        case .negation: CoachLexicon.negations
        case .clauseTrigger: CoachTokenizer.clauseTriggers
        case .discourse: BlameCoach.discourseWords
        case .determiner: CoachLexicon.determiners
        case .adverb: BlameCoach.adverbs
        case .faultWord: CoachLexicon.faultWords
        case .insult: CoachLexicon.insults
        case .partyTrigger: PartyDetector.triggers
        case .deflectionTrigger: DeflectionRule.triggers
        case .placedNoun: BlameNounRule.placedNouns
        case .evaluationWord: Set(JudgementLexicon.evaluationWords.keys)
        case .inquiryWord: BlameAnalysis.inquiryWords
        case .heldAccountableTrigger: HeldAccountableRule.triggers
        case .counterfactualJudgementTrigger: CounterfactualJudgementRule.triggers
        case .faultPlacementTrigger: FaultPlacementRule.triggers
        case .rhetoricalQuestionTrigger: RhetoricalQuestionRule.triggers
        case .exasperatedQuestionTrigger: ExasperatedQuestionRule.triggers
        case .sarcasticPraiseTrigger: SarcasticPraiseRule.triggers
        case .contemptWord: BlameAnalysis.contemptWords
        case .forYouOpener: BlameAnalysis.forYouOpeners
        case .sarcasmPhraseStart: Self.firstWords(CoachLexicon.sarcasmPhrases)
        case .judgementPhraseStart: Self.firstWords(CoachLexicon.judgementPhrases)
        case .causalLinkStart: Self.firstWords(CoachLexicon.causalLinks)
        case .absolutePhraseStart: Self.firstWords(CoachLexicon.absolutePhrases)
        case .rhetoricalPhraseStart: Self.firstWords(CoachLexicon.rhetoricalPhrases)
        case .incompetenceIdiomStart: Self.firstWords(CoachLexicon.incompetenceIdioms)
        case .contemptPhraseStart: Self.firstWords(BlameAnalysis.contemptPhrases)
        case .deicticStart: Self.firstWords(MetaphorRule.deictics)
        case .metaphorIdiomStart: Self.firstWords(MetaphorRule.idioms)
        case .labelStart: Self.firstWords(LabelRule.labels)
        case .comparisonStart: Self.firstWords(ComparisonRule.comparisons)
        case .frustrationPhraseStart: Self.firstWords(FrustrationRule.frustrationPhrases)
        case .placementStart: Self.firstWords(BlameNounRule.placements)
        case .praiseOpenerStart: Self.firstWords(SarcasticPraiseRule.praiseOpeners)
        case .turnStart: Self.firstWords(TimeFrameRule.turns)
        case .badAfterStart: Self.firstWords(TimeFrameRule.badAfter)
        case .slotOpenerStart: Self.firstWords(BlameAnalysis.slotOpeners)
        case .nothingNewStart: Self.firstWords(BlameAnalysis.nothingNew)
        case .whyIntensifierStart: Self.firstWords(ExasperatedQuestionRule.whyIntensifiers)
        case .obligationStart: Self.firstWords(DemandRule.obligations)
        case .motiveStart: Self.firstWords(MotiveRule.phrases)
        case .evaluationPhraseStart: Self.firstWords(JudgementLexicon.evaluationPhrases)
        case .judgementLexiconPhraseStart: Self.firstWords(JudgementLexicon.allPhrases.map(\.words))
        case .sarcasmMarkerStart: Self.firstWords(SarcasmOpenerRule.markers)
        case .disclaimerStart: Self.firstWords(DisclaimerRule.disclaimers)
        }
    }

    /// The words phrases of `list` start with.
    private static func firstWords(_ list: [[String]]) -> Set<String> { Set(list.compactMap(\.first)) }

    /// Classes read token by token (``isSet(in:at:)``), never as a list of positions: common words
    /// ("the", "and", "I") whose lists `BlameAnalysis.positions(_:)` does not keep.
    static let readByToken: [CoachWordClass] = [.badOutcome, .firstPerson, .negation, .clauseTrigger, .discourse, .determiner, .adverb]

    /// The bits of the classes whose positions `BlameAnalysis` keeps (all but ``readByToken``).
    static let positionsMask: UInt64 = readByToken.reduce(~UInt64(0)) { $0 & ~$1.bit }

    /// The class's bit in a token's mask.
    var bit: UInt64 {
        @inline(__always) get { 1 << UInt64(rawValue) }
    }

    /// Whether token `k` is in the class, given a statement's per-token masks (`BlameAnalysis.classes`):
    /// `words.contains(text)` of that token; false when `k` is out of range.
    @inline(__always)
    func isSet(in masks: [UInt64], at k: Int) -> Bool { k >= 0 && k < masks.count && masks[k] & bit != 0 }
}

/// Every word of every ``CoachWordClass`` with the mask of the classes it belongs to: one
/// `CoachWordSet` probe per token gives all of a token's classes.
struct CoachWordClasses: Sendable {
    /// The table of the built-in classes.
    static let table = CoachWordClasses(CoachWordClass.allCases.map(\.words))

    private let words: CoachWordSet
    private let masks: [UInt64]

    /// A table where bit `i` of a mask means membership of `classes[i]` (at most 64 classes).
    init(_ classes: [Set<String>]) {
        precondition(classes.count <= 64)
        let words = CoachWordSet(classes.flatMap { $0 })
        self.words = words
        // Each class's words find their member (the one `==` to them): bit `i` is `classes[i].contains(member)`.
        // (Asking every class about every member instead cost 56 M instructions at start-up.)
        var masks = [UInt64](repeating: 0, count: words.members.count)
        for (i, c) in classes.enumerated() {
            for w in c { masks[Int(words.ordinal(key: CoachWordKey.of(w), w)!)] |= 1 << UInt64(i) }
        }
        self.masks = masks
    }

    /// The mask of the word with key `key` and text `text` (0 when it belongs to no class).
    func mask(key: UInt64, _ text: String) -> UInt64 {
        words.ordinal(key: key, text).map { masks[Int($0)] } ?? 0
    }
}
