import CoachEvaluation
import Foundation
import Testing

@testable import AccordCore

/// Precision and recall of the blame-free coach (rules and model) on the project's own labelled sets
/// (`Tests/AccordCoreTests/Coach/Data/{train,dev}.tsv` and every `blind*.tsv`, read through this file's path).
/// The shared corpus beside the repository is never read here: `bench/coach-quality` measures it when present.
@Suite struct CoachQualityTests {
    /// The labelled statements of one set.
    static var dataDirectory: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data") }

    static func items(_ name: String) throws -> [CorpusEvaluation.Item] {
        let url = dataDirectory.appendingPathComponent("\(name).tsv")
        return CorpusEvaluation.parse(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// `blind`, `blind2`, …: every `blind*.tsv` in the data folder.
    static let blindSets: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)) ?? [])
        .filter { $0.hasPrefix("blind") && $0.hasSuffix(".tsv") }.map { String($0.dropLast(4)) }.sorted()

    /// Checks a set's size, balance and figures. A blind set's misses are never printed (it is not tuned on).
    static func check(_ name: String, size: Int, precision: Double, recall: Double, showMisses: Bool = true) throws {
        let items = try items(name)
        #expect(items.count >= size, "\(name): expected at least \(size) statements, parsed \(items.count)")
        let blame = items.filter(\.blame).count
        #expect(blame * 2 >= items.count * 9 / 10 && blame * 2 <= items.count * 11 / 10, "\(name): about half blame, half hard negatives")
        let r = CorpusEvaluation.evaluate(items, coach: BlameCoach())
        let detail = "coach-quality \(name): \(r.summary)\n" + (showMisses ? r.misses.map { "  \($0)" }.joined(separator: "\n") : "")
        #expect(r.precision >= precision, "\(detail)")
        #expect(r.recall >= recall, "\(detail)")
    }

    /// The rules were tuned on it and the model is fitted on it: a regression guard (figures in docs/coach.md).
    @Test func trainingSet() throws { try Self.check("train", size: 11_000, precision: 0.995, recall: 0.97) }
    /// Its misses were read while the rules were tuned; nothing is chosen on it any more (the model's
    /// threshold is chosen out of author): a regression guard at the measured 0.974 / 0.934.
    @Test func developmentSet() throws { try Self.check("dev", size: 390, precision: 0.97, recall: 0.93) }
    /// Never tuned on. The goal is precision ≥ 0.95 and recall ≥ 0.90. Floors per set, set by
    /// the lead after measuring (docs/coach.md); a blind set without a floor here must meet the goal.
    /// Regression floors at the figures measured once on each blind set (docs/coach.md), each at or
    /// above the goal: blind 0.962 / 0.972, blind2 0.995 / 0.910, blind3 0.984 / 0.910 (the `o:`
    /// sentence features, the L2 strength chosen by out-of-author recall, 56 groups; before them, 53 author
    /// groups: 0.967 / 0.967, 0.989 / 0.885, 0.978 / 0.875; with 33: 0.956 / 0.961, 0.989 / 0.875,
    /// 0.994 / 0.845; the rules first: 0.949 / 0.922, 0.980 / 0.725, 0.958 / 0.565).
    static let blindFloors: [String: (size: Int, precision: Double, recall: Double)] = [
        "blind": (360, 0.96, 0.97), "blind2": (400, 0.99, 0.905), "blind3": (400, 0.98, 0.905),
    ]

    @Test(arguments: blindSets)
    func blindSetHoldsItsFloor(_ name: String) throws {
        let floor = Self.blindFloors[name] ?? (100, 0.95, 0.90)
        try Self.check(name, size: floor.size, precision: floor.precision, recall: floor.recall, showMisses: false)
    }

    @Test func thereIsABlindSet() { #expect(Self.blindSets.contains("blind")) }

    @Test func theSetsDoNotShareStatements() throws {
        let sets = try (["train", "dev"] + Self.blindSets).map { Set(try Self.items($0).map(\.text)) }
        for i in sets.indices {
            for j in sets.indices where i < j { #expect(sets[i].isDisjoint(with: sets[j]), "sets \(i) and \(j) share statements") }
        }
        #expect(sets.map(\.count).reduce(0, +) >= 1_000)
    }

    @Test func evaluationCountsAndParsesTheCorpusFormat() {
        let tsv = """
            # comment\tline
            blame\tsales\tMarketing's leads are junk.

            ok\tmarketing\tWe closed 5 of the 40 leads.
            ok\t\tLet's agree what qualified means.
            nonsense line
            blame\tmarketing\tThe form has no contact field.
            """
        let items = CorpusEvaluation.parse(tsv: tsv)
        #expect(items.count == 4)
        #expect(items[0].speaker == .sales && items[0].blame)
        #expect(items[2].speaker == nil)
        let r = CorpusEvaluation.evaluate(tsv: tsv, coach: BlameCoach(model: nil))
        #expect(r.tp == 1 && r.fn == 1 && r.tn == 2 && r.fp == 0)
        #expect(r.recall == 0.5 && r.precision == 1.0)
        #expect(r.misses == ["FN: The form has no contact field."])
    }
}
