// accord-coach-train: fits the coach's logistic-regression model (docs/coach.md) and writes
// Sources/AccordCore/Coach/CoachModel+Generated.swift. Run through scripts/train-coach.
//
// Fits on train.tsv only. The L2 strength, the rules' floor, the sentence mode and the probability
// threshold are chosen out of author (each `# group:` of train.tsv predicted by a model fitted without
// it), precision first: see `allChoices`. dev.tsv is only reported. Deterministic: same inputs, same file.
// Usage: accord-coach-train [--root DIR] [--check] [--report] | --dump FILE
//   --dump    print the features of every statement of a labelled TSV file as JSON lines (a diagnostic
//             for trying other learners on the same features); trains nothing
//   --check   write nothing; exit 1 when the generated file differs from what training produces now
//   --report  print the out-of-author figures of every candidate and held-out author
// Exit: 0 written (or up to date), 1 stale (--check), 2 bad usage or unreadable data.
import AccordCore
import CoachEvaluation
import Dispatch
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("accord-coach-train: \(message)\n".utf8))
    exit(2)
}

var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
var check = false
var report = false
var dumpPath: String?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--root":
        guard let v = args.next() else { fail("--root needs a directory") }
        root = URL(fileURLWithPath: v)
    case "--check": check = true
    case "--report": report = true
    case "--dump":
        guard let v = args.next() else { fail("--dump needs a file") }
        dumpPath = v
    default: fail("unknown argument \(a)\nusage: accord-coach-train [--root DIR] [--check] [--report] | --dump FILE")
    }
}

if let dumpPath {
    guard let text = try? String(contentsOfFile: dumpPath, encoding: .utf8) else { fail("cannot read \(dumpPath)") }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    struct Line: Encodable {
        var blame: Bool
        var speaker: String?
        var text: String
        var features: [String: Double]
    }
    for item in CorpusEvaluation.parse(tsv: text) {
        let line = Line(
            blame: item.blame, speaker: item.speaker.map { "\($0)" }, text: item.text,
            features: CoachFeatures.features(of: item.text, speaker: item.speaker))
        guard let data = try? encoder.encode(line) else { fail("cannot encode \(item.text)") }
        print(String(decoding: data, as: UTF8.self))
    }
    exit(0)
}

let dataDir = root.appendingPathComponent("Tests/AccordCoreTests/Coach/Data")
func load(_ name: String) -> [CorpusEvaluation.Item] {
    let url = dataDir.appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(url.path)") }
    let items = CorpusEvaluation.parse(tsv: text)
    if items.isEmpty { fail("no labelled statements in \(url.path)") }
    return items
}
let train = load("train.tsv")
let dev = load("dev.tsv")

// Training features and vocabulary: a word feature needs two training statements; the others one.
let trainFeatures = train.map { CoachFeatures.features(of: $0.text, speaker: $0.speaker) }
var documentFrequency: [String: Int] = [:]
for f in trainFeatures { for name in f.keys { documentFrequency[name, default: 0] += 1 } }
let vocabulary = documentFrequency.filter { name, count in
    (name.hasPrefix("u:") || name.hasPrefix("b:") || name.hasPrefix("o:")) ? count >= 2 : true
}.keys.sorted()
let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
let rows: [LogisticRegression.Row] = trainFeatures.map { f in
    f.compactMap { name, value in index[name].map { (index: $0, value: value) } }.sorted { $0.index < $1.index }
}
let labels = train.map(\.blame)

/// Four decimals, as written to the generated file (the model used at run time is the rounded one).
func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

func model(_ fit: LogisticRegression, threshold: Double) -> CoachModel {
    var weights: [String: Double] = [:]
    for (j, w) in fit.weights.enumerated() where rounded(w) != 0 { weights[vocabulary[j]] = rounded(w) }
    return CoachModel(bias: rounded(fit.bias), weights: weights, threshold: threshold)
}

/// Statements of the training set that belong to an author group (`# group:` lines in train.tsv);
/// the ungrouped ones (the project's earlier sets) are always trained on and never held out.
let groupNames = Array(Set(train.map(\.group)).subtracting([""])).sorted()
if groupNames.count < 4 { fail("train.tsv needs at least four `# group:` author groups for the out-of-author choice") }

/// Whether the rules alone flag each training statement (their signals add up to a flag).
let rulesFlag = trainFeatures.map { $0["rules:flag"] != nil }
/// The coach also checks each sentence of a statement that has several (`CoachSentences`): their
/// rows and rules' flags, so that the held-out figures are those of the coach's whole procedure.
let sentenceUnits: [[(row: LogisticRegression.Row, rules: Bool)]] = train.map { item in
    let sentences = CoachSentences.split(item.text)
    guard sentences.count > 1 else { return [] }
    return sentences.map { s in
        let f = CoachFeatures.features(of: String(s), speaker: item.speaker)
        return (
            f.compactMap { name, value in index[name].map { (index: $0, value: value) } }.sorted { $0.index < $1.index },
            f["rules:flag"] != nil
        )
    }
}

/// Out-of-author probabilities: for each group, a model fitted on every other statement predicts the
/// group's statements. This is how the model meets an author it has never read, which is what a blind
/// set measures; the L2 strength and the threshold are chosen on these, not on the fit.
func outOfAuthor(lambda: Double) -> (p: [Double], units: [[Double]]) {
    let byGroup = groupNames.map { g in train.indices.filter { train[$0].group == g } }
    /// Filled by the folds, each under the lock (folds run on every core).
    final class Predictions: @unchecked Sendable {
        var p: [Double]
        var units: [[Double]]
        init(count: Int) {
            p = Array(repeating: -1.0, count: count)
            units = Array(repeating: [], count: count)
        }
    }
    let out = Predictions(count: train.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: groupNames.count) { k in
        let held = Set(byGroup[k])
        let fitRows = train.indices.filter { !held.contains($0) }
        let fit = LogisticRegression.fit(
            rows: fitRows.map { rows[$0] }, labels: fitRows.map { labels[$0] }, featureCount: vocabulary.count, lambda: lambda)
        let predicted = byGroup[k].map { i in
            (
                i: i, p: LogisticRegression.sigmoid(fit.logit(rows[i])),
                units: sentenceUnits[i].map { LogisticRegression.sigmoid(fit.logit($0.row)) }
            )
        }
        lock.lock()
        for (i, q, u) in predicted {
            out.p[i] = q
            out.units[i] = u
        }
        lock.unlock()
    }
    return (out.p, out.units)
}

/// The coach's decision on held-out statement `i`: flagged when the probability reaches `t`, or when
/// the rules flag it and the probability reaches `floor`, for the whole statement or one of its sentences.
func flagged(_ held: (p: [Double], units: [[Double]]), _ i: Int, _ t: Double, floor: Double, sentences: CoachModel.SentenceCheck) -> Bool {
    let q = held.p[i]
    if q >= t || (rulesFlag[i] && q >= floor) { return true }
    switch sentences {
    case .none: return false
    case .rulesLed: return zip(held.units[i], sentenceUnits[i]).contains { q, unit in unit.rules && q >= floor }
    case .all: return zip(held.units[i], sentenceUnits[i]).contains { q, unit in q >= t || (unit.rules && q >= floor) }
    }
}

/// Precision and recall of that decision over the held-out statements.
func figures(
    _ held: (p: [Double], units: [[Double]]), _ t: Double, floor: Double, sentences: CoachModel.SentenceCheck = .none
) -> CorpusEvaluation.Result {
    var r = CorpusEvaluation.Result()
    for (i, q) in held.p.enumerated() where q >= 0 {
        switch (labels[i], flagged(held, i, t, floor: floor, sentences: sentences)) {
        case (true, true): r.tp += 1
        case (false, true): r.fp += 1
        case (true, false): r.fn += 1
        case (false, false): r.tn += 1
        }
    }
    return r
}

let lambdas = [0.00001, 0.00003, 0.0001]
let thresholds = stride(from: 50, through: 98, by: 1).map { Double($0) / 100 }
/// The precision the threshold must keep out of author: a margin over the goal's 0.95.
let targetPrecision = 0.955
var logLoss: [Double: Double] = [:]
var heldOut: [Double: (p: [Double], units: [[Double]])] = [:]
for lambda in lambdas {
    let held = outOfAuthor(lambda: lambda)
    heldOut[lambda] = held
    let p = held.p
    let scored = p.indices.filter { p[$0] >= 0 }
    logLoss[lambda] = -scored.map { log(max(1e-12, labels[$0] ? p[$0] : 1 - p[$0])) }.reduce(0, +) / Double(scored.count)
}
/// Chosen out of author only, by the goal's own measure. For each L2 strength, rules' floor and
/// sentence mode, the lowest threshold at which the held-out precision is at least `targetPrecision`;
/// of those, the one with the highest held-out recall (ties: the higher floor, then the lower held-out
/// log loss). The floor `nil` is the model alone (the floor equals the threshold: a rules' flag counts
/// only as the model's features).
let floors: [Double?] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, nil]
typealias Choice = (
    lambda: Double, sentences: CoachModel.SentenceCheck, floor: Double, threshold: Double, result: CorpusEvaluation.Result
)
func choices(lambda: Double, held: (p: [Double], units: [[Double]])) -> [Choice] {
    CoachModel.SentenceCheck.allCases.flatMap { mode in
        floors.compactMap { candidate in
            thresholds.first { t in
                t >= (candidate ?? t) && figures(held, t, floor: candidate ?? t, sentences: mode).precision >= targetPrecision
            }.map { t in (lambda, mode, candidate ?? t, t, figures(held, t, floor: candidate ?? t, sentences: mode)) }
        }
    }
}
let allChoices = lambdas.flatMap { choices(lambda: $0, held: heldOut[$0]!) }
guard
    let chosen = allChoices.max(by: {
        ($0.result.recall, $0.floor, -logLoss[$0.lambda]!) < ($1.result.recall, $1.floor, -logLoss[$1.lambda]!)
    })
else {
    fail("no threshold keeps the out-of-author precision at \(targetPrecision)")
}
let lambda = chosen.lambda
let threshold = chosen.threshold
let outOfAuthorFigures = chosen.result
if report {
    for l in lambdas {
        print(String(format: "lambda %.5f: out-of-author log loss %.4f", l, logLoss[l]!))
        for t in thresholds where Int((t * 100).rounded()) % 5 == 0 {
            print(String(format: "  threshold %.2f  out of author %@", t, figures(heldOut[l]!, t, floor: 1).summary))
        }
    }
    for c in allChoices {
        print(
            String(
                format: "lambda %.5f, rules' floor %.2f, sentences %@: threshold %.2f  out of author %@", c.lambda, c.floor,
                "\(c.sentences)", c.threshold, c.result.summary))
    }
    for g in groupNames {
        var r = CorpusEvaluation.Result()
        for i in train.indices where train[i].group == g {
            switch (labels[i], flagged(heldOut[lambda]!, i, threshold, floor: chosen.floor, sentences: chosen.sentences)) {
            case (true, true): r.tp += 1
            case (false, true): r.fp += 1
            case (true, false): r.fn += 1
            case (false, false): r.tn += 1
            }
        }
        print("  held-out author \(g): \(r.summary)")
    }
}
var best = model(LogisticRegression.fit(rows: rows, labels: labels, featureCount: vocabulary.count, lambda: lambda), threshold: threshold)
best.rulesFloor = chosen.floor
best.sentences = chosen.sentences
// The chosen model, checked through the coach itself.
let devCheck = CorpusEvaluation.evaluate(dev, coach: BlameCoach(model: best))
let trainCheck = CorpusEvaluation.evaluate(train, coach: BlameCoach(model: best))
let rulesDev = CorpusEvaluation.evaluate(dev, coach: BlameCoach(model: nil))
let rulesTrain = CorpusEvaluation.evaluate(train, coach: BlameCoach(model: nil))
let summary = [
    "train \(train.count) statements (\(groupNames.count) author groups), dev \(dev.count); vocabulary \(vocabulary.count) features, \(best.weights.count) non-zero weights",
    String(
        format: "chosen out of author: lambda %g, threshold %.2f, rules' floor %.2f, sentences %@", lambda, threshold, chosen.floor,
        "\(chosen.sentences)"),
    "out of author (each group predicted by a model fitted without it): \(outOfAuthorFigures.summary)",
    "train: rules \(rulesTrain.summary); coach \(trainCheck.summary)",
    "dev:   rules \(rulesDev.summary); coach \(devCheck.summary)",
]
for line in summary { print(line) }

// The generated file.
let fingerprint = CoachModelFingerprint.compute(root: root)
func number(_ x: Double) -> String { String(format: "%.4f", x) }
var out = """
    // swift-format-ignore-file
    // GENERATED by scripts/train-coach (accord-coach-train) from Tests/AccordCoreTests/Coach/Data/train.tsv
    // (the fit; the L2 strength and the threshold chosen out of author). Do not edit; rerun the script.
    // See docs/coach.md.
    //
    // Features use the VADER sentiment lexicon (MIT licence, see SentimentLexicon+Generated.swift).

    """
out += summary.map { "// \($0)\n" }.joined()
out += """

    extension CoachModel {
        /// Fingerprint of what the model was trained from (see `CoachModelFingerprint`).
        static let generatedFingerprint = "\(fingerprint)"
        /// `CoachFeatures.schemaVersion` at training time.
        static let generatedSchemaVersion = \(CoachFeatures.schemaVersion)
        static let generatedBias: Double = \(number(best.bias))
        static let generatedThreshold: Double = \(number(best.threshold))
        static let generatedRulesFloor: Double = \(number(best.rulesFloor))
        static let generatedSentenceCheck: SentenceCheck = .\(best.sentences)
        /// The weights, one `name<TAB>weight` line each, parsed once on first use: one string in
        /// read-only data instead of thousands of relocated literals (start-up cost, compile time).

    """
out += "    static let generatedWeightTable = ##" + "\"\"\"" + "\n"
for (name, w) in best.weights.sorted(by: { $0.key < $1.key })
where !name.contains("\t") && !name.contains("\n") && !name.contains("\"\"\"##") {
    out += "\(name)\t\(number(w))\n"
}
out += "\"\"\"##\n}\n"

let target = root.appendingPathComponent("Sources/AccordCore/Coach/CoachModel+Generated.swift")
if check {
    let current = try? String(contentsOf: target, encoding: .utf8)
    if current == out {
        print("CoachModel+Generated.swift is up to date")
        exit(0)
    }
    FileHandle.standardError.write(Data("accord-coach-train: CoachModel+Generated.swift is stale; run scripts/train-coach\n".utf8))
    exit(1)
}
do { try out.write(to: target, atomically: true, encoding: .utf8) } catch { fail("cannot write \(target.path): \(error)") }
print("wrote \(target.path)")
