import CoachEvaluation
import Foundation
import Testing

@testable import AccordCore

/// The coach's generated model: up to date with its training data and code, deterministic, and
/// combined with the rules as documented (rules first; the model only adds flags, with a reframe).
@Suite struct CoachModelTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Coach
            .deletingLastPathComponent()  // AccordCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// Fails when train.tsv, dev.tsv, the coach's sources or the trainer changed after the last
    /// `scripts/train-coach` (the fingerprint is recorded in `CoachModel+Generated.swift`).
    @Test func generatedModelIsUpToDate() {
        #expect(
            CoachModel.generatedFingerprint == CoachModelFingerprint.compute(root: Self.packageRoot),
            "CoachModel+Generated.swift is stale: run scripts/train-coach")
        #expect(CoachModel.generatedSchemaVersion == CoachFeatures.schemaVersion, "feature schema changed: run scripts/train-coach")
        #expect(!CoachModel.trained.weights.isEmpty)
        #expect(CoachModel.trained.threshold > 0.5 && CoachModel.trained.threshold < 1)
    }

    @Test func fingerprintCoversTheTrainingDataAndTheFeatureCode() throws {
        let root = TestScratch.url("fingerprint")
        let data = root.appendingPathComponent("Tests/AccordCoreTests/Coach/Data")
        let coach = root.appendingPathComponent("Sources/AccordCore/Coach")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: coach, withIntermediateDirectories: true)
        try "blame\tsales\tMarketing's leads are junk.\n".write(
            to: data.appendingPathComponent("train.tsv"), atomically: true, encoding: .utf8)
        try "struct A {}\n".write(to: coach.appendingPathComponent("CoachFeatures.swift"), atomically: true, encoding: .utf8)
        let first = CoachModelFingerprint.compute(root: root)
        #expect(CoachModelFingerprint.compute(root: root) == first)
        // The generated file itself is not an input.
        try "// weights\n".write(to: coach.appendingPathComponent("CoachModel+Generated.swift"), atomically: true, encoding: .utf8)
        #expect(CoachModelFingerprint.compute(root: root) == first)
        try "blame\tsales\tMarketing's leads are junk!\n".write(
            to: data.appendingPathComponent("train.tsv"), atomically: true, encoding: .utf8)
        let second = CoachModelFingerprint.compute(root: root)
        #expect(second != first)
        try "struct B {}\n".write(to: coach.appendingPathComponent("CoachFeatures.swift"), atomically: true, encoding: .utf8)
        #expect(CoachModelFingerprint.compute(root: root) != second)
    }

    @Test func sameStatementSameVerdict() {
        let statements = [
            "Every webinar they run is a glorified pitch nobody attends.", "We never logged the call outcomes.",
            "thanks sales, the feedback was spot on", "The reps have the attention span of a goldfish.",
        ]
        for s in statements {
            let a = BlameCoach().check(s, speaker: .marketing)
            let b = BlameCoach().check(s, speaker: .marketing)
            #expect(a == b)
            #expect(
                CoachModel.trained.probability(of: s, speaker: .marketing) == CoachModel.trained.probability(of: s, speaker: .marketing))
        }
    }

    /// The coach's path (`score`, feature numbers, no names) against the definition (`logit` of the
    /// named features): the same log-odds bit for bit, and the same features with a weight.
    static func expectScoreIsTheNamedLogit(_ model: CoachModel, _ text: String, _ speaker: Role?) {
        let a = BlameAnalysis(statement: text, speaker: speaker)
        let signals = a.ruleSignals()
        let named = CoachFeatures.features(a, signals: signals)
        let score = model.score(a, signals: signals)
        #expect(score.logit.bitPattern == model.logit(named).bitPattern, "\(text)")
        let weighted = named.filter { model.weights[$0.key] != nil }.sorted { $0.key < $1.key }
        #expect(score.features.map { model.table.names[Int($0.number)] } == weighted.map(\.key), "\(text)")
        #expect(score.features.map(\.value) == weighted.map(\.value), "\(text)")
    }

    @Test func theScoreIsTheLogitOfTheNamedFeatures() {
        let roles: [Role?] = [nil, .sales, .marketing]
        let sentence =
            "On 12 March the webinar had 340 sign-ups, the hand-off list went out with company names only, and the first follow-up calls started on 29 March. "
        let long = ["Went well 1: " + String(repeating: sentence, count: 33)]
        let inputs = CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(1_000, ascii: false) + long
        for (i, text) in inputs.enumerated() { Self.expectScoreIsTheNamedLogit(.trained, text, roles[i % 3]) }
        // A model of its own: non-ASCII and canonically equivalent words, a rule, a placeholder bigram.
        let small = CoachModel(
            bias: 0.25,
            weights: [
                "u:café": 0.5, "b:<other> ignored": 1.25, "u:k": -0.125, "rule:OtherAgentRule": 0.75, "s:other": 0.3, "rules:one": -0.2,
                "lex:negative": 0.4, "b:the café": 0.6, "u:<num>": 0.01,
            ], threshold: 0.9)
        for text in ["Sales ignored the cafe\u{301} again.", "Sales ignored the café, 3 times", "\u{212A} was useless", "k k k"] {
            for role in roles { Self.expectScoreIsTheNamedLogit(small, text, role) }
        }
    }

    /// Each placeholder's number is the lookup of its text among the model's words.
    @Test func thePlaceholdersAreNumberedByTheirText() {
        let small = CoachModel(bias: 0, weights: ["u:<num>": 1, "b:<other> late": 1, "u:?": 1, "u:late": 1], threshold: 0.5)
        for t in [CoachModel.trained.table, small.table] {
            for w in CoachFeatures.NormalisedWords.Word.allCases {
                #expect(t.placeholders[w.rawValue] == (t.words.ordinal(key: CoachWordKey.of(w.text), w.text) ?? -1), "\(w.text)")
            }
        }
        #expect(small.table.placeholders.filter { $0 >= 0 }.count == 3)
        #expect(CoachModel.trained.table.placeholders.filter { $0 >= 0 }.count >= 4)
    }

    @Test func theWeightTableIsReadLineByLine() {
        // The definition: the lines and the last tab found Character by Character.
        func plain(_ table: String) -> [String: Double] {
            var weights: [String: Double] = [:]
            for line in table.split(separator: "\n") {
                guard let tab = line.lastIndex(of: "\t"), let w = Double(line[line.index(after: tab)...]) else { continue }
                weights[String(line[..<tab])] = w
            }
            return weights
        }
        let generated = CoachModel.generatedWeightTable
        #expect(CoachModel.weights(table: generated) == plain(generated))
        #expect(CoachModel.weights(table: generated).count > 1_000)
        let odd = "a\t1\nno tab\nb\tx\n\nc d\t-0.5\nu:café\t2\ta\t3\na\t4\n\t5\nend\t6"
        #expect(CoachModel.weights(table: odd) == plain(odd))
        // The trained model's table (built from the file's lines, in order) is the one its weights give.
        let t = CoachModel.trained.table
        let u = CoachModel.Table(CoachModel.trained.weights)
        #expect(t.names == u.names && t.weights == u.weights && t.isWord == u.isWord && t.rules == u.rules)
        #expect(t.unigrams == u.unigrams && t.bigrams == u.bigrams && t.words.members == u.words.members)
        #expect(t.rules.contains { $0 >= 0 } && t.structure.contains { $0 >= 0 })
    }

    /// The bigram table holds exactly the `b:` features of the names: each found by its two words'
    /// numbers, and no other pair.
    @Test func theBigramTableIsTheBigramFeatures() {
        let t = CoachModel.trained.table
        var pairs = Set<UInt64>()
        for (i, name) in t.names.enumerated() where name.hasPrefix("b:") {
            let words = name.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard words.count == 2, let a = t.words.ordinal(key: CoachWordKey.of(words[0]), words[0]),
                let b = t.words.ordinal(key: CoachWordKey.of(words[1]), words[1])
            else { continue }
            let pair = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
            pairs.insert(pair)
            #expect(t.bigrams[pair] == Int32(i), "\(name)")
        }
        #expect(pairs.count > 1_000)
        var rng = SystemRandomNumberGenerator()
        let n = UInt32(t.words.members.count)
        for _ in 0..<20_000 {
            let pair = UInt64(UInt32.random(in: 0..<n, using: &rng)) << 32 | UInt64(UInt32.random(in: 0..<n, using: &rng))
            if !pairs.contains(pair) { #expect(t.bigrams[pair] == nil) }
        }
    }

    @Test func theModelOnlyAddsFlagsToTheRules() {
        // A model that flags nothing leaves the rules' verdicts; one that flags everything flags all.
        let never = BlameCoach(model: CoachModel(bias: -50, weights: [:], threshold: 0.9))
        let always = BlameCoach(model: CoachModel(bias: 50, weights: [:], threshold: 0.9))
        let rulesOnly = BlameCoach(model: nil)
        for s in ["Sales never follows up on the leads we send them.", "I didn't ask Sales what they needed."] {
            #expect(never.check(s, speaker: .marketing) == rulesOnly.check(s, speaker: .marketing))
            #expect(always.check(s, speaker: .marketing) != nil)
        }
        // A flag by the rules keeps the rules' reason, whatever the model says.
        let ruled = "Sales never follows up on the leads we send them."
        #expect(always.check(ruled, speaker: .marketing) == rulesOnly.check(ruled, speaker: .marketing))
    }

    @Test func aModelOnlyFlagGivesAWhatHowReframeFromItsStrongestCue() throws {
        // Nothing in the rules fires on this statement; a model weighting its words does.
        let statement = "The reps use our decks as paperweights."
        #expect(BlameCoach(model: nil).check(statement, speaker: .marketing) == nil)
        let model = CoachModel(bias: -1, weights: ["u:paperweights": 3, "b:<other> use": 1, "u:our": 0.5], threshold: 0.8)
        let flag = try #require(BlameCoach(model: model).check(statement, speaker: .marketing))
        #expect(flag.cues.contains("model-cue:paperweights"))
        #expect(flag.cues.contains { $0.hasPrefix("model:0.9") })
        #expect(flag.reason == "Describes Sales negatively rather than what happened", "\(flag.reason)")
        #expect(flag.suggestion.contains("ask Sales") && flag.suggestion.contains("what"))
        // Only content words are shown as the cue.
        #expect(CoachModel.isContentWord("goldfish") && CoachModel.isContentWord("paperweights"))
        #expect(!CoachModel.isContentWord("and") && !CoachModel.isContentWord("<other>") && !CoachModel.isContentWord("their"))
        let stopWordHeavy = CoachModel(bias: -1, weights: ["u:as": 5, "u:paperweights": 1], threshold: 0.8)
        let cue = try #require(BlameCoach(model: stopWordHeavy).check(statement, speaker: .marketing)).cues
        #expect(cue.contains("model-cue:paperweights") && !cue.contains("model-cue:as"))
        // A cue from the sentiment lexicon is quoted in the reason.
        let lexical = "The reps use our decks as paperweights, a disgrace."
        let quoting = CoachModel(bias: -1, weights: ["u:disgrace": 4], threshold: 0.8)
        #expect(BlameCoach(model: nil).check(lexical, speaker: .marketing) == nil)
        let reason = try #require(BlameCoach(model: quoting).check(lexical, speaker: .marketing)).reason
        #expect(reason.contains("('disgrace')"), "\(reason)")
        // Below the threshold: no flag.
        #expect(
            BlameCoach(model: CoachModel(bias: -5, weights: model.weights, threshold: 0.8)).check(statement, speaker: .marketing) == nil)
    }

    @Test func logisticRegressionFitsASeparableProblemTheSameWayEveryTime() {
        // Feature 0 marks blame, feature 1 is noise on both sides.
        let rows: [LogisticRegression.Row] = [[(0, 1), (1, 1)], [(0, 1)], [(1, 1)], [], [(0, 1)], [(1, 1)]]
        let labels = [true, true, false, false, true, false]
        let a = LogisticRegression.fit(rows: rows, labels: labels, featureCount: 2, lambda: 0.01, iterations: 300)
        let b = LogisticRegression.fit(rows: rows, labels: labels, featureCount: 2, lambda: 0.01, iterations: 300)
        #expect(a.weights == b.weights && a.bias == b.bias)
        #expect(a.weights[0] > 1 && abs(a.weights[1]) < a.weights[0] / 4)
        for (row, label) in zip(rows, labels) { #expect((LogisticRegression.sigmoid(a.logit(row)) > 0.5) == label) }
        // Stronger regularisation shrinks the weights.
        let c = LogisticRegression.fit(rows: rows, labels: labels, featureCount: 2, lambda: 1, iterations: 300)
        #expect(abs(c.weights[0]) < abs(a.weights[0]))
        #expect(LogisticRegression.sigmoid(800) == 1 && LogisticRegression.sigmoid(-800) == 0)
    }
}
