import Foundation
import Testing
@testable import AccordCore

/// Precision and recall of the blame-free coach on the shared labelled corpus, the held-out set, the
/// development set and blind sets 2 to 5.
/// `bench/coach-quality` runs this suite and shows the printed figures.
@Suite struct CoachQualityTests {
    /// `<repo>/../shared/corpus/retro-statements.tsv`, found from this file's path.
    static var corpusURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Coach
            .deletingLastPathComponent()  // AccordCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
            .deletingLastPathComponent()  // parent holding shared/
            .appendingPathComponent("shared/corpus/retro-statements.tsv")
    }

    static func describe(_ name: String, _ r: (precision: Double, recall: Double, tp: Int, fp: Int, fn: Int, tn: Int, misses: [String])) -> String {
        let p = String(format: "%.3f", r.precision), rc = String(format: "%.3f", r.recall)
        var s = "coach-quality \(name): precision \(p) recall \(rc) (tp \(r.tp) fp \(r.fp) fn \(r.fn) tn \(r.tn))"
        for m in r.misses { s += "\n  \(m)" }
        return s
    }

    @Test func sharedCorpusPrecisionAndRecallAreAtLeast95Percent() throws {
        let url = Self.corpusURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("Corpus not found at \(url.path): the repository's parent directory must hold shared/corpus/retro-statements.tsv")
            return
        }
        let tsv = try String(contentsOf: url, encoding: .utf8)
        let items = CorpusEvaluation.parse(tsv: tsv)
        #expect(items.count >= 60, "expected the 60 labelled statements, parsed \(items.count)")
        let r = CorpusEvaluation.evaluate(tsv: tsv, coach: BlameCoach())
        print(Self.describe("corpus", r))
        #expect(r.precision >= 0.95, "\(Self.describe("corpus", r))")
        #expect(r.recall >= 0.95, "\(Self.describe("corpus", r))")
    }

    @Test func heldOutSetPrecisionAndRecallAreAtLeast90Percent() {
        let items = CorpusEvaluation.parse(tsv: coachHeldOutTSV)
        #expect(items.count >= 40)
        #expect(items.contains { $0.blame } && items.contains { !$0.blame })
        let r = CorpusEvaluation.evaluate(tsv: coachHeldOutTSV, coach: BlameCoach())
        print(Self.describe("held-out", r))
        #expect(r.precision >= 0.9, "\(Self.describe("held-out", r))")
        #expect(r.recall >= 0.9, "\(Self.describe("held-out", r))")
    }

    @Test func developmentSetStaysAbove95Percent() {
        let r = CorpusEvaluation.evaluate(tsv: coachDevTSV, coach: BlameCoach())
        print(Self.describe("dev", r))
        #expect(r.tp + r.fp + r.fn + r.tn >= 120)
        #expect(r.precision >= 0.95, "\(Self.describe("dev", r))")
        #expect(r.recall >= 0.95, "\(Self.describe("dev", r))")
    }

    @Test func blindSet2StaysAboveItsTunedFigures() {
        let items = CorpusEvaluation.parse(tsv: coachBlindSet2TSV)
        #expect(items.filter { $0.blame }.count == 60 && items.filter { !$0.blame }.count == 60)
        let r = CorpusEvaluation.evaluate(tsv: coachBlindSet2TSV, coach: BlameCoach())
        print(Self.describe("blind-2", r))
        // Blind run before tuning: precision 1.00, recall 0.65. After tuning: 1.00 / 1.00.
        #expect(r.precision >= 0.95, "\(Self.describe("blind-2", r))")
        #expect(r.recall >= 0.9, "\(Self.describe("blind-2", r))")
    }

    @Test func blindSet3IsTheHonestEstimate() {
        let items = CorpusEvaluation.parse(tsv: coachBlindSet3TSV)
        #expect(items.filter { $0.blame }.count == 30 && items.filter { !$0.blame }.count == 30)
        let r = CorpusEvaluation.evaluate(tsv: coachBlindSet3TSV, coach: BlameCoach())
        print(Self.describe("blind-3", r))
        // First run (never tuned on): precision 1.00, recall 0.63 (19/30). After the blind-set-4 work
        // (guided by set 4, not by this set): 1.00 / 0.93 (28/30).
        #expect(r.precision >= 0.95, "\(Self.describe("blind-3", r))")
        #expect(r.recall >= 0.9, "\(Self.describe("blind-3", r))")
    }

    @Test func blindSet4StaysAboveItsTunedFigures() {
        let items = CorpusEvaluation.parse(tsv: coachBlindSet4TSV)
        #expect(items.filter { $0.blame }.count == 40 && items.filter { !$0.blame }.count == 40)
        let r = CorpusEvaluation.evaluate(tsv: coachBlindSet4TSV, coach: BlameCoach())
        print(Self.describe("blind-4", r))
        // Blind run before the changes it guided: precision 1.00, recall 0.45 (18/40). After: 1.00 / 1.00.
        #expect(r.precision >= 0.95, "\(Self.describe("blind-4", r))")
        #expect(r.recall >= 0.95, "\(Self.describe("blind-4", r))")
    }

    @Test func blindSet5IsTheHonestEstimate() {
        let items = CorpusEvaluation.parse(tsv: coachBlindSet5TSV)
        #expect(items.filter { $0.blame }.count == 20 && items.filter { !$0.blame }.count == 20)
        let r = CorpusEvaluation.evaluate(tsv: coachBlindSet5TSV, coach: BlameCoach())
        print(Self.describe("blind-5", r))
        // First and only run (never tuned on): precision 1.00, recall 0.85 (17/20).
        #expect(r.precision >= 0.95, "\(Self.describe("blind-5", r))")
        #expect(r.recall >= 0.8, "\(Self.describe("blind-5", r))")
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
        let r = CorpusEvaluation.evaluate(tsv: tsv, coach: BlameCoach())
        #expect(r.tp == 1 && r.fn == 1 && r.tn == 2 && r.fp == 0)
        #expect(r.recall == 0.5 && r.precision == 1.0)
        #expect(r.misses == ["FN: The form has no contact field."])
    }
}
