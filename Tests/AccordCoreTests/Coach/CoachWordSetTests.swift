import Testing

@testable import AccordCore

/// `CoachWordSet` against its definition, `Set<String>.contains`, at every token.
@Suite struct CoachWordSetTests {
    /// The sets the coach looks up through a `CoachWordSet`, and one with non-ASCII members (one of
    /// them, the Kelvin sign, canonically equivalent to the ASCII "K").
    static let sets: [Set<String>] = [
        SentimentLexicon.negatives, CoachLexicon.badOutcomes, CoachLexicon.faultWords, CoachLexicon.insults,
        CoachLexicon.firstPerson, CoachLexicon.negations, CoachLexicon.clauseBreakers, DeflectionRule.triggers, BlameNounRule.placedNouns,
        ["café", "\u{212A}", "naïve", "reps", "sales-qualified", "incompetence", "k", ",", "?", "\u{37E}", "…", "—"],
    ]

    @Test func containsIsTheSetsContainsAtEveryTokenOfEveryStatement() {
        let wordSets = Self.sets.map(CoachWordSet.init)
        var checked = 0
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) {
            let a = BlameAnalysis(statement: text, speaker: nil)
            for k in a.tokens.indices {
                for (set, wordSet) in zip(Self.sets, wordSets) where wordSet.contains(in: a, at: k) != set.contains(a.tokens.text(k)) {
                    Issue.record("\(a.tokens.text(k)) in \(text)")
                }
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    @Test func membersCanonicalEquivalentsAndOthers() {
        for set in Self.sets {
            let wordSet = CoachWordSet(set)
            for w in set { #expect(wordSet.contains(key: CoachWordKey.of(w), w)) }
        }
        let odd = CoachWordSet(["café", "\u{212A}", "incompetence"])
        for (w, member) in [("cafe\u{301}", true), ("K", true), ("k", false), ("incompetent", false), ("incompetence", true), ("", false)] {
            #expect(odd.contains(key: CoachWordKey.of(w), w) == member, "\(w)")
        }
        // ASCII words against non-ASCII members: only the singletons look past the ASCII keys.
        let plain = CoachWordSet(["café", "naïve", "—", "reps"])
        for w in ["cafe", "naive", "reps", "k", "—"] {
            #expect(plain.contains(key: CoachWordKey.of(w), w) == ["reps", "—"].contains(w), "\(w)")
        }
        #expect(CoachWordSet(["\u{212A}", "reps"]).contains(key: CoachWordKey.of("K"), "K"))  // the Kelvin sign is "K"
        // A long word whose hashed key is in the table only through another word is still confirmed by its text.
        #expect(!CoachWordSet(["incompetence"]).contains(key: CoachWordKey.of("incompetence"), "incompetency"))
    }

    /// The byte path's lookup (`ordinal(key:lowercasing:)`) is the `String` lookup of the lower-cased word.
    @Test func theByteLookupIsTheStringLookup() {
        let sets = Self.sets.map(CoachWordSet.init) + [CoachWordSet(["\u{212A}", "reps"]), CoachVocabulary.shared.words]
        let words =
            ["K", "k", "Reps", "REPS", "incompetence", "Incompetency", "sales-qualified", "Sales-Qualified", "a", "", "kraków"]
            + CoachSpeedPathsSupport.statements.prefix(500).flatMap { $0.split(separator: " ").map(String.init) }
        for set in sets {
            for w in words where w.utf8.allSatisfy({ $0 < 0x80 }) {
                var bytes = Array(w.utf8)
                let lower = w.lowercased()
                let byBytes = bytes.withUnsafeMutableBufferPointer {
                    set.ordinal(key: CoachWordKey.of(lowercasing: UnsafeBufferPointer($0)), lowercasing: UnsafeBufferPointer($0))
                }
                #expect(byBytes == set.ordinal(key: CoachWordKey.of(lower), lower), "\(w.debugDescription)")
            }
        }
    }

    /// `CoachWordSet.asciiSingletons` is every scalar of planes 0–2 (where every canonical decomposition
    /// lives) that Swift holds equal to an ASCII text of one or two characters.
    @Test func theASCIISingletonsAreEveryScalarEqualToASCII() {
        var ascii = Set<String>()
        for a in 0x00...0x7F {
            ascii.insert(String(UnicodeScalar(UInt8(a))))
            for b in 0x00...0x7F { ascii.insert(String(UnicodeScalar(UInt8(a))) + String(UnicodeScalar(UInt8(b)))) }
        }
        var found = Set<UInt32>()
        for v in UInt32(0x80)..<0x30000 {
            guard let scalar = Unicode.Scalar(v), ascii.contains(String(scalar)) else { continue }
            found.insert(v)
        }
        #expect(found == CoachWordSet.asciiSingletons)
    }
}
