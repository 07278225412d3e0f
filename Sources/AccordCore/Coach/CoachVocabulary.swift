/// Every word the coach looks a token up in, as one ``CoachWordSet``: the words of every
/// ``CoachWordClass``, the tokenizer's misspellings and their spellings, and the trained model's
/// words. The tokenizer probes it once per word (docs/performance.md, "Cost per answer, sixth pass"),
/// and the entry it finds (``CoachToken/entry``) gives what three lookups used to:
///
/// - the token's text, a member `String` shared by every token of that word instead of one built per
///   token, and the spelling that replaces a misspelling (``replacements``);
/// - the word's ``CoachWordClass`` mask (``masks``), which `BlameAnalysis` reads per token;
/// - the word's number in the trained model (``modelWords``), which `CoachModel.score` reads.
///
/// Each table is checked against the lookup it replaces by `CoachVocabularyTests`.
struct CoachVocabulary: Sendable {
    /// The vocabulary of the built-in classes, spellings and `CoachModel.trained`.
    static let shared = CoachVocabulary(
        classes: CoachWordClasses.table, classWords: CoachWordClass.allCases.map(\.words), spellings: CoachTokenizer.spellings,
        model: CoachModel.trained.table.words)

    /// The words; an entry is a member's ordinal.
    let words: CoachWordSet
    /// Per entry: ``CoachWordKey/of(_:)`` of the member.
    let keys: [UInt64]
    /// Per entry: the member's class mask (`CoachWordClasses.mask`).
    let masks: [UInt64]
    /// Per entry: the entry of the spelling that replaces the member (`CoachTokenizer.spellings`), or -1.
    let replacements: [Int32]
    /// Per entry: the member's word number in the model's words, or -1.
    let modelWords: [Int32]

    init(classes: CoachWordClasses, classWords: [Set<String>], spellings: [String: String], model: CoachWordSet) {
        let words = CoachWordSet(classWords.flatMap { $0 } + spellings.keys + spellings.values + model.members)
        self.words = words
        let keys = words.members.map(CoachWordKey.of)
        self.keys = keys
        masks = zip(words.members, keys).map { classes.mask(key: $1, $0) }
        replacements = words.members.map { m in spellings[m].map { words.ordinal(key: CoachWordKey.of($0), $0)! } ?? -1 }
        modelWords = zip(words.members, keys).map { model.ordinal(key: $1, $0) ?? -1 }
        let markTexts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        self.markTexts = markTexts
        punctuationTokens = (0..<128).map { (b: UInt8) -> CoachToken in
            let entry = words.ordinal(key: CoachWordKey.punctuation, markTexts[Int(b)]) ?? -1
            // Its text is its mark (`CoachTokens.text(_:)` reads `markTexts`); NUL is never a token.
            return CoachToken(
                key: CoachWordKey.punctuation, entry: entry, textIndex: -1, rawIndex: -1, possessive: false, isPunctuation: true, mark: b)
        }
    }

    /// The punctuation token of each ASCII byte (its entry looked up once; a byte that is not clause
    /// punctuation has one too, never used): the tokenizer's byte path appends these.
    let punctuationTokens: [CoachToken]
    /// The text of each ASCII byte as a one-byte `String`: the text of a token whose ``CoachToken/mark`` it is.
    let markTexts: [String]

    /// The entry of `text` (whose key is `key`), or -1 when the coach knows no such word.
    func entry(key: UInt64, _ text: String) -> Int32 { words.ordinal(key: key, text) ?? -1 }
}
