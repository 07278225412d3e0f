// accord-coach-train: fits the coach's logistic-regression model (docs/coach.md) and writes
// Sources/AccordCore/Coach/CoachModel+Generated.swift. Run through scripts/train-coach.
//
// Fits on train.tsv only. The L2 strength and the probability threshold are chosen on dev.tsv only,
// precision first (see `choose`). --report also prints out-of-fold figures on train.tsv (a diagnostic). Deterministic: same inputs, same file.
// Usage: accord-coach-train [--root DIR] [--check] [--report]
//   --check   write nothing; exit 1 when the generated file differs from what training produces now
//   --report  print the development figures of every candidate
// Exit: 0 written (or up to date), 1 stale (--check), 2 bad usage or unreadable data.
import AccordCore
import CoachEvaluation
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("accord-coach-train: \(message)\n".utf8))
    exit(2)
}

var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
var check = false
var report = false
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--root":
        guard let v = args.next() else { fail("--root needs a directory") }
        root = URL(fileURLWithPath: v)
    case "--check": check = true
    case "--report": report = true
    default: fail("unknown argument \(a)\nusage: accord-coach-train [--root DIR] [--check] [--report]")
    }
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
    (name.hasPrefix("u:") || name.hasPrefix("b:")) ? count >= 2 : true
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

struct Candidate {
    var lambda: Double
    var threshold: Double
    var model: CoachModel
    var combined: CorpusEvaluation.Result
    /// Flags the model adds on statements the rules pass: right and wrong.
    var added: (right: Int, wrong: Int)
    var modelAlone: CorpusEvaluation.Result
}

let lambdas = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03]
let thresholds = stride(from: 50, through: 98, by: 2).map { Double($0) / 100 }
let devFeatures = dev.map { CoachFeatures.features(of: $0.text, speaker: $0.speaker) }
let rulesFlag = devFeatures.map { $0["rules:flag"] != nil }
var candidates: [Candidate] = []
var devLogLoss: [Double: Double] = [:]
for lambda in lambdas {
    let fit = LogisticRegression.fit(rows: rows, labels: labels, featureCount: vocabulary.count, lambda: lambda)
    let m = model(fit, threshold: 1)
    let p = devFeatures.map { m.probability($0) }
    let logLoss = -zip(p, dev).map { p, item in log(max(1e-12, item.blame ? p : 1 - p)) }.reduce(0, +) / Double(dev.count)
    devLogLoss[lambda] = logLoss
    let highestNegative = dev.indices.filter { !rulesFlag[$0] && !dev[$0].blame }.map { p[$0] }.max() ?? 0
    if report {
        print(
            String(
                format: "lambda %.4f: dev log loss %.4f; highest probability of a dev statement the rules pass that is not blame %.3f",
                lambda, logLoss, highestNegative))
    }
    for t in thresholds {
        var combined = CorpusEvaluation.Result()
        var alone = CorpusEvaluation.Result()
        var added = (right: 0, wrong: 0)
        for (i, item) in dev.enumerated() {
            let byModel = p[i] >= t
            let flagged = rulesFlag[i] || byModel
            if byModel && !rulesFlag[i] {
                if item.blame { added.right += 1 } else { added.wrong += 1 }
            }
            switch (item.blame, flagged) {
            case (true, true): combined.tp += 1
            case (false, true): combined.fp += 1
            case (true, false): combined.fn += 1
            case (false, false): combined.tn += 1
            }
            switch (item.blame, byModel) {
            case (true, true): alone.tp += 1
            case (false, true): alone.fp += 1
            case (true, false): alone.fn += 1
            case (false, false): alone.tn += 1
            }
        }
        var chosen = m
        chosen.threshold = t
        candidates.append(Candidate(lambda: lambda, threshold: t, model: chosen, combined: combined, added: added, modelAlone: alone))
    }
}

/// Chosen on the development set only. The L2 strength: the lowest log loss of the model on its own.
/// The threshold, precision first: the lowest one at which the combined precision stays at 0.97 or
/// more and the flags the model adds to the rules' are right at least nine times in ten (a nudge the
/// model adds must be as trustworthy as the rules'). The second author's 200 statements at the end of
/// dev.tsv, which the rules were never tuned on, are what can show a recall gain.
func choose(_ cs: [Candidate], devLogLoss: [Double: Double]) -> Candidate? {
    guard let lambda = devLogLoss.min(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return nil }
    return cs.filter { $0.lambda == lambda && $0.combined.precision >= 0.97 && $0.added.wrong * 10 <= $0.added.right + $0.added.wrong }
        .min { $0.threshold < $1.threshold }
}

if report {
    // Diagnostic, not used for any choice: out-of-fold predictions on the training set (five folds by
    // row number), counted on the statements the rules pass, to show what the model adds on wording
    // it was not fitted to.
    let trainRulesFlag = trainFeatures.map { $0["rules:flag"] != nil }
    for lambda in lambdas {
        var p = Array(repeating: 0.0, count: rows.count)
        for fold in 0..<5 {
            let fitRows = rows.indices.filter { $0 % 5 != fold }
            let fit = LogisticRegression.fit(
                rows: fitRows.map { rows[$0] }, labels: fitRows.map { labels[$0] }, featureCount: vocabulary.count, lambda: lambda)
            for i in rows.indices where i % 5 == fold { p[i] = LogisticRegression.sigmoid(fit.logit(rows[i])) }
        }
        var line = String(
            format: "out-of-fold lambda %.4f (rules pass %d blame, %d ok):", lambda,
            rows.indices.filter { !trainRulesFlag[$0] && labels[$0] }.count,
            rows.indices.filter { !trainRulesFlag[$0] && !labels[$0] }.count)
        for t in thresholds where Int(t * 100) % 10 == 0 || t >= 0.9 {
            let added = rows.indices.filter { !trainRulesFlag[$0] && p[$0] >= t }
            line += String(format: "  %.2f +%d/-%d", t, added.filter { labels[$0] }.count, added.filter { !labels[$0] }.count)
        }
        print(line)
    }
    for c in candidates {
        print(
            String(
                format: "lambda %.4f threshold %.2f  combined %@  added %d right %d wrong  model alone %@", c.lambda, c.threshold,
                c.combined.summary, c.added.right, c.added.wrong, c.modelAlone.summary))
    }
}
guard let best = choose(candidates, devLogLoss: devLogLoss) else { fail("no candidate keeps the development precision at 0.97") }
// The chosen model, checked through the coach itself.
let devCheck = CorpusEvaluation.evaluate(dev, coach: BlameCoach(model: best.model))
let trainCheck = CorpusEvaluation.evaluate(train, coach: BlameCoach(model: best.model))
let rulesDev = CorpusEvaluation.evaluate(dev, coach: BlameCoach(model: nil))
let rulesTrain = CorpusEvaluation.evaluate(train, coach: BlameCoach(model: nil))
let summary = [
    "train \(train.count) statements, dev \(dev.count); vocabulary \(vocabulary.count) features, \(best.model.weights.count) non-zero weights",
    String(format: "chosen on dev: lambda %g, threshold %.2f", best.lambda, best.threshold),
    "train: rules \(rulesTrain.summary); with the model \(trainCheck.summary)",
    "dev:   rules \(rulesDev.summary); with the model \(devCheck.summary)",
    "dev:   the model adds \(best.added.right) right and \(best.added.wrong) wrong flags; alone \(best.modelAlone.summary)",
]
for line in summary { print(line) }

// The generated file.
let fingerprint = CoachModelFingerprint.compute(root: root)
func literal(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
func number(_ x: Double) -> String { String(format: "%.4f", x) }
var out = """
    // swift-format-ignore-file
    // GENERATED by scripts/train-coach (accord-coach-train) from Tests/AccordCoreTests/Coach/Data/train.tsv
    // (fit) and dev.tsv (L2 strength and threshold). Do not edit; rerun the script. See docs/coach.md.
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
        static let generatedBias: Double = \(number(best.model.bias))
        static let generatedThreshold: Double = \(number(best.threshold))
        static let generatedWeights: [String: Double] = [

    """
for (name, w) in best.model.weights.sorted(by: { $0.key < $1.key }) { out += "        \(literal(name)): \(number(w)),\n" }
out += "    ]\n}\n"

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
