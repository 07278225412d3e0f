import CoachEvaluation
import Foundation

@testable import AccordCore

/// Inputs for the tests that check the coach's speed paths against their plain definitions: every
/// labelled statement, and generated strings over an alphabet of the characters the tokenizer treats
/// specially (apostrophes, hyphens, dots after digits, CR LF, curly quotes, non-ASCII letters).
enum CoachSpeedPathsSupport {
    /// Every statement of every labelled set.
    static let statements: [String] = {
        let dir = CoachQualityTests.dataDirectory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        return names.flatMap { name -> [String] in
            guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return CorpusEvaluation.parse(tsv: text).map(\.text)
        }
    }()

    /// `count` generated strings, deterministic (a fixed linear congruential generator).
    static func generated(_ count: Int, ascii: Bool) -> [String] {
        let pieces: [String] =
            [
                "a", "S", "s", "'", "'s", "'S", "s'", "-", "--", ".", "2", "2.5", " ", "  ", ",", ";", ":", "!", "?", "(", ")", "\"",
                "/", "%", "&", "`", "\r\n", "\n", "\t", "*", "#", "Sales", "MARKETING", "reps", "dont", "thier", "it's", "I think",
                "never", "what a surprise", "thanks for nothing", "because of", "due to", "on", "us", "don't", "look", "at", "x",
                "incompetence", "sales-qualified", "REPS'", "Marketing's", "b/c", "w/o", "u", "r", "teh",
            ] + (ascii ? [] : ["’", "‘", "é", "café", "naïve", "—", "–", "…", "“", "”", "\u{212A}", "e\u{301}", "\u{37E}", "🙂", "Ω"])
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in (0..<(1 + next(30))).map { _ in pieces[next(pieces.count)] }.joined() }
    }
}

extension CoachTokens {
    /// A token with its text and raw form read (what `CoachToken` held before it held no strings), for tests.
    struct Resolved: Equatable {
        let text: String
        let raw: String
        let possessive: Bool
        let isPunctuation: Bool
        let key: UInt64
        let entry: Int32
        let mark: UInt8

        func isMark(_ m: UInt8) -> Bool { mark == m }
    }

    /// Every token with its text and raw form.
    var resolved: [Resolved] {
        indices.map { k in
            let t = self[k]
            return Resolved(
                text: text(k), raw: raw(k), possessive: t.possessive, isPunctuation: t.isPunctuation, key: t.key, entry: t.entry,
                mark: t.mark)
        }
    }
}
