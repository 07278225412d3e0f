import Testing

@testable import AccordCore

/// The tokenizer's byte path (ASCII and typographic marks) against its definition (Characters), docs/performance.md.
@Suite struct TokenizerTests {
    @Test func bytePathEqualsThePlainDefinition() {
        let inputs =
            (CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(20_000, ascii: true)
            + CoachSpeedPathsSupport.generated(40_000, ascii: false)).filter(CoachTokenizer.takesBytePath)
        #expect(inputs.count > 30_000)
        #expect(inputs.contains { !$0.utf8.allSatisfy { $0 < 0x80 } })
        var differences = 0
        for text in inputs where CoachTokenizer.tokenizeBytes(text) != CoachTokenizer.tokenizePlain(text) {
            differences += 1
            if differences <= 5 { Issue.record("tokenizers differ on \(text.debugDescription)") }
        }
        #expect(differences == 0)
    }

    @Test func otherStatementsTakeThePlainPath() {
        for text in CoachSpeedPathsSupport.generated(2_000, ascii: false) {
            #expect(CoachTokenizer.tokenize(text) == CoachTokenizer.tokenizePlain(text))
            #expect((CoachTokenizer.tokenizeBytes(text) != nil) == CoachTokenizer.takesBytePath(text), "\(text.debugDescription)")
        }
        // Which statements the byte path takes: ASCII and the marks ‘ ’ – — “ ” …, nothing else.
        for (text, bytes) in [
            ("Marketing’s leads — again… “late” – ‘ok’", true), ("café", false), ("e\u{301}", false), ("🙂", false), ("‚", false),
            ("\u{2015}", false), ("plain", true),
        ] {
            #expect(CoachTokenizer.takesBytePath(text) == bytes, "\(text.debugDescription)")
            #expect((CoachTokenizer.tokenizeBytes(text) != nil) == bytes, "\(text.debugDescription)")
        }
        #expect(CoachTokenizer.tokenize("Marketing’s leads").texts == ["marketing", "leads"])
        #expect(CoachTokenizer.tokenize("late – again…").texts == ["late", "—", "again", "…"])
    }

    @Test func isMarkIsTheTextOfAPunctuationToken() {
        let texts = CoachSpeedPathsSupport.statements.prefix(2_000) + ["What?! Really?", "late… again — ok!", "a;b\u{037E}c. d"]
        var marks = 0
        for text in texts {
            for t in CoachTokenizer.tokenize(text).resolved {
                for m in ["?", "!", "."] {
                    #expect(t.isMark(m.utf8.first!) == (t.isPunctuation && t.text == m), "\(t.text.debugDescription)")
                    if t.isMark(m.utf8.first!) { marks += 1 }
                }
            }
        }
        #expect(marks > 100)
    }

    @Test func sentenceEndsAreTheList() {
        let marks = [".", "!", "?", ";", ":", "—", ",", "(", ")", "\"", "“", "”", "…", "\u{037E}", "a", "", "..", "—!"]
        for m in marks { #expect(CoachTokenizer.isSentenceEnd(m) == CoachTokenizer.sentenceEnds.contains(m), "\(m.debugDescription)") }
        #expect(CoachTokenizer.isSentenceEnd("\u{037E}"))  // canonically ";"
    }

    @Test func aTokensSentenceEndIsItsText() {
        let texts =
            CoachSpeedPathsSupport.statements.prefix(2_000) + ["What?! Really; no: ok.", "late… again — ok!", "a;b\u{037E}c. d – e"]
        var ends = 0
        for text in texts {
            for tokens in [CoachTokenizer.tokenize(text), CoachTokenizer.tokenizePlain(text)] {
                for k in tokens.indices {
                    let definition = tokens[k].isPunctuation && CoachTokenizer.isSentenceEnd(tokens.text(k))
                    #expect(CoachTokenizer.isSentenceEnd(tokens, k) == definition, "\(tokens.text(k).debugDescription)")
                    if definition { ends += 1 }
                }
            }
        }
        #expect(ends > 100)
        let greek = CoachTokenizer.tokenizePlain("a\u{037E}b")
        #expect(greek.indices.contains { CoachTokenizer.isSentenceEnd(greek, $0) })
    }

    @Test func asciiPathKeepsTheTokenizersRules() {
        let t = CoachTokenizer.tokenize("The REPS' list, Sales's deck and it's 2.5% late... dont ask.").resolved
        #expect(t.first { $0.text == "reps" }?.possessive == false)  // "'" after a capital S is not the plural possessive
        #expect(t.filter { $0.text == "." }.count == 4)
        #expect(t.first { $0.text == "sales" }?.possessive == true)
        #expect(t.contains { $0.text == "don't" })
        #expect(t.contains { $0.text == "2.5%" })
    }
}

/// `CoachTokenizer.droppingHedges` (which copies the tokens only from the first hedge on) against its definition.
@Suite struct DroppingHedgesTests {
    /// The definition: every token appended, but a hedge at the start of a sentence and its comma.
    static func plain(_ tokens: [CoachTokens.Resolved]) -> [CoachTokens.Resolved] {
        var out: [CoachTokens.Resolved] = []
        var i = 0
        while i < tokens.count {
            let sentenceStart = out.isEmpty || (out.last!.isPunctuation && CoachTokenizer.sentenceEnds.contains(out.last!.text))
            if sentenceStart,
                let h = CoachTokenizer.hedges.first(where: { h in
                    h.count < tokens.count - i && h.indices.allSatisfy { tokens[i + $0].text == h[$0] }
                })
            {
                i += h.count
                if i < tokens.count, tokens[i].text == "," { i += 1 }
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    @Test func equalsThePlainDefinition() {
        let hedged = CoachTokenizer.hedges.map { $0.joined(separator: " ") + ", Sales never reads it. I think they forget." }
        var dropped = 0
        for text in CoachSpeedPathsSupport.statements + CoachSpeedPathsSupport.generated(3_000, ascii: false) + hedged {
            let tokens = CoachTokenizer.tokenize(text)
            let fast = CoachTokenizer.droppingHedges(tokens)
            #expect(fast.resolved == Self.plain(tokens.resolved), "\(text.debugDescription)")
            if fast.count < tokens.count { dropped += 1 }
        }
        #expect(dropped > 100)
    }
}
