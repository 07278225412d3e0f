import Testing

@testable import AccordCore

/// The model's features, one test per family, each with statements that must produce a feature and
/// close ones that must not (as `CoachRuleTests` does for the rules).
@Suite struct CoachFeaturesTests {
    static func features(_ text: String, _ speaker: Role? = nil) -> [String: Double] {
        CoachFeatures.features(of: text, speaker: speaker)
    }

    @Test func ruleFamilyCarriesEachRuleWeightAndTheScoreBin() {
        let f = Self.features("Sales never follows up on the leads we send them.", .marketing)
        #expect(f["rule:OtherAgentRule"] == 1)
        #expect(f["rule:AbsoluteRule"] == 1)
        #expect(f["rules:flag"] == 1 && f["rules:none"] == nil)
        let g = Self.features("I asked Sales for the list.", .marketing)
        #expect(g.keys.allSatisfy { !$0.hasPrefix("rule:") || g[$0]! <= 0 }, "\(g.keys.sorted())")
        #expect(g["rules:flag"] == nil)
        // A negative rule keeps its sign: the speaker's own or a system cause.
        let h = Self.features("The leads went cold because our email bounced.", .sales)
        #expect(h["rule:OwnOrSystemCauseRule"].map { $0 < 0 } ?? true)
        // Every rule feature names a registered rule.
        let names = Set(CoachFeatures.ruleNames)
        for key in f.keys where key.hasPrefix("rule:") { #expect(names.contains(String(key.dropFirst(5)))) }
    }

    @Test func structureFamilyFindsTheOtherSidesPartAndTheStatementsShape() {
        let agent = Self.features("Sales ignored the brief.", .marketing)
        #expect(agent["s:other-agent"] == 1 && agent["s:other-named"] == 1 && agent["s:other-first-clause"] == 1)
        #expect(agent["s:other-object"] == nil && agent["s:own"] == nil && agent["s:question"] == nil)
        let object = Self.features("I asked Sales for the list.", .marketing)
        #expect(object["s:other-object"] == 1 && object["s:first-person"] == 1 && object["s:owned-first-clause"] == 1)
        #expect(object["s:other-agent"] == nil)
        let own = Self.features("Sales ignored the brief.", .sales)
        #expect(own["s:own"] == 1 && own["s:own-agent"] == 1 && own["s:other"] == nil)
        let joint = Self.features("Marketing and I rewrote the email.", .sales)
        #expect(joint["s:joint"] == 1)
        let hedged = Self.features("I think you ignore the reports?")
        #expect(hedged["s:hedged"] == 1 && hedged["s:you"] == 1 && hedged["s:question"] == 1)
        #expect(Self.features("You ignore the reports.")["s:hedged"] == nil)
        let negated = Self.features("The reps didn't call, and it cost us.", .marketing)
        #expect(negated["s:negation-other-clause"] == 1 && negated["s:bad-outcome"] == nil)
        #expect(Self.features("We lost the deal.", .sales)["s:bad-outcome"] == 1)
    }

    @Test func startsWithNumberIsTheFirstCharactersIsNumber() {
        var words = ["", "3", "3rd", "a3", "\r\n1", "1\u{301}", "\u{661}2", "½", "x", "9-to-5", "0\u{20DD}"]
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(2_000, ascii: false) {
            words += CoachTokenizer.tokenize(text).texts
        }
        for w in words {
            #expect(CoachFeatures.startsWithNumber(w) == (w.first?.isNumber == true), "\(w)")
            #expect(CoachFeatures.startsWithNumber(w, key: CoachWordKey.of(w)) == (w.first?.isNumber == true), "\(w)")
        }
    }

    @Test func wordFamilyUsesPartyPlaceholdersNotTeamNames() {
        let f = Self.features("Sales ignored the brief, again.", .marketing)
        #expect(f["u:<other>"] == 1 && f["b:<other> ignored"] == 1 && f["b:ignored the"] == 1)
        #expect(f["u:sales"] == nil && f.keys.allSatisfy { !$0.contains("sales") })
        // No bigram across a comma; "?" and "!" are words.
        #expect(f["b:brief again"] == nil && f["u:again"] == 1)
        let own = Self.features("Sales ignored the brief!", .sales)
        #expect(own["b:<own> ignored"] == 1 && own["u:<other>"] == nil && own["b:brief !"] == 1)
        let joint = Self.features("Marketing and I met 3 times.", .sales)
        #expect(joint["u:<joint>"] == 1 && joint["u:<num>"] == 1 && joint["u:3"] == nil)
        // Lower-cased and normalised by the tokenizer ("dosent" → "doesn't").
        let chat = Self.features("the reps DOSENT log calls", .marketing)
        #expect(chat["b:<other> doesn't"] == 1 && chat["u:log"] == 1)
    }

    @Test func lexiconFamilyCountsStronglyNegativeWordsAndWhereTheyAre() {
        let f = Self.features("The reps were careless and sloppy.", .marketing)
        #expect(f["lex:negative"] == 2 && f["lex:negative-other-clause"] == 2)
        let own = Self.features("I was careless with the list.", .marketing)
        #expect(own["lex:negative"] == 1 && own["lex:negative-other-clause"] == nil)
        let neutral = Self.features("The reps were helpful with the list.", .marketing)
        #expect(neutral["lex:negative"] == nil && neutral["lex:negative-other-clause"] == nil)
        // Domain-neutral VADER words ("battle cards", "killer feature") do not count.
        #expect(Self.features("Marketing's battle cards have a killer feature list.", .sales)["lex:negative"] == nil)
        // Capped at 3.
        #expect(Self.features("Sales were awful, horrible, terrible, dreadful and lazy.", .marketing)["lex:negative"] == 3)
    }

    @Test func featuresAreDeterministic() {
        let text = "honestly the reps couldn't close a door, never mind a deal — typical"
        let first = Self.features(text, .marketing)
        for _ in 0..<5 { #expect(Self.features(text, .marketing) == first) }
        #expect(!first.isEmpty)
    }
}
