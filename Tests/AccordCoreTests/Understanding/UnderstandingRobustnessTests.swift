import Testing

@testable import AccordCore

@Suite("Understanding robustness")
struct UnderstandingRobustnessTests {
    static let odd: [String] = [
        "", " ", "\t\n", "///", "::::", "→→→", "%", "€", "-", "--", "—", "'", "’", "(", ")", "()", "@", "@@@", "&", "and",
        "99999999999999999999/99", "99/99/99", "0/0", "00/00/0000", "9999-99-99", "0000-00-00", "q9", "Q0 2027", "h3",
        "in 99999 years", "in 999 years", "in 400 months", "the 99th", "31st of Febtember", "end of", "mid", "mid-",
        "next", "by", "by by by by", "from", "from to", "to", "from 5% to", "by 50% from", "double", "halve from",
        "Straße 12 bis 31.12.", "ﬁnance owns it", "İstanbul", "🙂 by 31 March 🙂", "e\u{301}", "\u{301}\u{301}",
        "Tomás: :", ": Tomás", "owner", "owner owner", "— Tomás —", "Priya and and Tomás", "RRRRRRRR", "sales:", "sales::A",
        "slipped slipped slipped", "late late", "1e308%", "1,000,000,000,000,000,000,000 leads", "€.5", "0.5.5.5",
        "'27", "'", "2027-", "-2027", "2027--03", "Q1-2027", "Q12027", "13/13/13", "29/02", "29/02/2027", "12/25/2027",
    ]

    static let long: [String] = [
        String(repeating: "31 March ", count: 500), String(repeating: "a", count: 10_000), String(repeating: "/", count: 3000),
        String(repeating: "Friday ", count: 700), String(repeating: "slipped late ", count: 300),
        String(repeating: "sales: R A, ", count: 300),
    ]

    /// Every entry point returns on odd input (the test would crash otherwise) and every refusal gives an example.
    @Test func oddInputNeverCrashesAndRefusalsAlwaysHaveAnExample() {
        let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")
        let contexts = [
            UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .sales),
            UnderstandingContext(today: Day(iso: "9999-12-31")!, participants: Participants(solo: "Dana")),
            UnderstandingContext(today: Day(iso: "0001-01-01")!, participants: Participants(sales: "", marketing: "")),
        ]
        for (n, c) in contexts.enumerated() {
            for text in Self.odd + (n == 0 ? Self.long : []) {
                check(DateParser.parse(text, context: c))
                check(PeopleResolver.resolve(text, context: c))
                check(PeopleResolver.speaker(text, context: c))
                _ = ParticipantRef(stored: text, participants: c.participants).stored
                _ = GoalParser.parse(text, context: c).fields
                for f in GoalField.allCases { check(GoalParser.answer(text, for: f, context: c)) }
                _ = ActionParser.parse(text, context: c).fields
                for f in ActionField.allCases { check(ActionParser.answer(text, for: f, context: c)) }
                check(RACIParser.parse(text, context: c))
                check(ReviewReplyParser.parse(text, context: c))
                _ = ReviewReplyParser.followUp(text, previous: ReviewReply(status: .slipped), context: c).followUp
            }
        }
    }

    func check<V>(_ p: Parsed<V>) {
        switch p {
        case .understood: break
        case .ask(let q): #expect(q.message.contains("e.g. `") || q.message.contains("?"), "\(q.message)")
        case .refused(let r):
            #expect(!r.example.isEmpty)
            #expect(r.message.contains(r.example))
        }
    }
}

@Suite("Understanding invariants on generated phrases")
struct UnderstandingInvariantTests {
    /// A fixed-seed generator, so every run checks the same phrases.
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let vocabulary = [
        "by", "until", "due", "end", "of", "the", "next", "this", "mid-", "Q1", "Q4", "H2", "2027", "2025", "31", "3rd", "March",
        "Feb", "Friday", "Fri", "in", "two", "6", "weeks", "days", "03/04", "31/03/2027", "30.6.", "2027-03-31", "tomorrow",
        "from", "to", "12%", "18%", "→", "->", "€40k", "8,000", "48h", "double", "halve", "owner", "Tomás", "tomas", "Priya",
        "both", "me", "you", "Jamie", "sales:", "marketing:", "R", "A", "C", "I", ",", ";", "—", "(", ")", "slipped", "done",
        "late", "because", "the data came late", "new date", "unknown", "n/a", "every", "Monday", "no later than", "'27", "🙂", "é",
    ]

    @Test func rangesPointIntoTheTextAndNothingCrashes() {
        var rng = LCG(state: 12)
        let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")
        let ctx = UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .marketing)
        for _ in 0..<500 {
            let n = 1 + rng.next(9)
            let text = (0..<n).map { _ in Self.vocabulary[rng.next(Self.vocabulary.count)] }.joined(separator: rng.next(4) == 0 ? "" : " ")
            if let found = DateParser.find(in: text, today: ctx.today) {
                let all: [DateFound] =
                    found.value.map { [$0] }
                    ?? {
                        if case .ask(let q) = found { return q.choices } else { return [] }
                    }()
                for f in all {
                    #expect(f.range.lowerBound >= text.startIndex && f.range.upperBound <= text.endIndex, "\(text)")
                    #expect(String(text[f.range]) == f.text, "\(text)")
                    #expect(f.phraseRange.lowerBound <= f.range.lowerBound && f.phraseRange.upperBound >= f.range.upperBound, "\(text)")
                    #expect(f.isPast == (f.day < ctx.today) || f.isPast, "\(text)")
                    #expect(DateParser.removing(f, from: text).count < text.count, "\(text)")
                }
            }
            let goal = GoalParser.parse(text, context: ctx)
            if let b = goal.baseline, case .value(let q) = b { #expect(q.value.isFinite) }
            for (_, v) in goal.fields { #expect(!v.isEmpty, "\(text)") }
            let action = ActionParser.parse(text, context: ctx)
            #expect(action.text.count <= text.count + 1, "\(text)")
            if case .understood(let r) = RACIParser.parse(text, context: ctx) {
                #expect(Role.allCases.filter { r.letters($0).contains(.accountable) }.count == 1, "\(text)")
            }
            if case .understood(let reply) = ReviewReplyParser.parse(text, context: ctx) {
                #expect(reply.status != nil)
                let next = ReviewReplyParser.followUp("20 February", previous: reply, context: ctx)
                #expect(next.reason == reply.reason || reply.reason == nil, "a date replaced a reason: \(text)")
            }
            let ref = PeopleResolver.resolve(text, context: ctx)
            if case .understood(let r) = ref {
                #expect(ParticipantRef(stored: r.stored, participants: pair) == r || r.needsConfirmation, "\(text)")
            }
        }
    }
}
