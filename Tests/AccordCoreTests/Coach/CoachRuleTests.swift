import Foundation
import Testing

@testable import AccordCore

/// Every coach rule against its own examples, and the registry against the rule files: a rule file in
/// `Sources/AccordCore/Coach/Rules/` whose rule is not listed in `CoachRules.all` fails here.
@Suite struct CoachRuleTests {
    static let ruleNames = CoachRules.all.map { String(describing: type(of: $0)) }

    static func rule(named name: String) -> (any CoachRule)? {
        CoachRules.all.first { String(describing: type(of: $0)) == name }
    }

    static var rulesDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Coach
            .deletingLastPathComponent()  // AccordCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Sources/AccordCore/Coach/Rules")
    }

    /// One test case per registered rule: it fires on each of its positives and on none of its negatives.
    @Test(arguments: ruleNames)
    func ruleFiresOnItsPositivesAndNotOnItsNegatives(_ name: String) throws {
        let rule = try #require(Self.rule(named: name))
        #expect(!rule.fires.isEmpty, "\(name) has no positive examples")
        #expect(!rule.passes.isEmpty, "\(name) has no negative examples")
        for example in rule.fires {
            let found = rule.signals(in: BlameAnalysis(statement: example.text, speaker: example.speaker))
            #expect(!found.isEmpty, "\(name) should fire on: \(example.text)")
        }
        for example in rule.passes {
            let found = rule.signals(in: BlameAnalysis(statement: example.text, speaker: example.speaker))
            #expect(found.isEmpty, "\(name) should not fire on: \(example.text) (found \(found.map(\.cue)))")
        }
    }

    /// Every rule type declared in a file under Rules/ is registered exactly once, and every registered
    /// rule lives in a file of its own name.
    @Test func everyRuleFileIsRegistered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        var declared: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.rulesDirectory.appendingPathComponent(file), encoding: .utf8)
            let names = text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("struct "), line.contains(": CoachRule") else { return nil }
                return String(line.dropFirst("struct ".count).prefix { $0.isLetter || $0.isNumber })
            }
            #expect(!names.isEmpty, "\(file) declares no CoachRule")
            #expect(names.contains(String(file.dropLast(".swift".count))), "\(file) should declare the rule it is named after")
            declared += names
        }
        #expect(
            Set(declared) == Set(Self.ruleNames),
            "declared but not registered: \(Set(declared).subtracting(Self.ruleNames).sorted()); registered but not in Rules/: \(Set(Self.ruleNames).subtracting(declared).sorted())"
        )
        #expect(Set(Self.ruleNames).count == Self.ruleNames.count, "a rule is registered twice")
    }
}
