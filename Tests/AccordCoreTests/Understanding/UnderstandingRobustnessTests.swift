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
        String(repeating: "31 March ", count: 500), String(repeating: "a", count: 10_000), String(repeating: "/", count: 3000),
        "Tomás: :", ": Tomás", "owner", "owner owner", "— Tomás —", "Priya and and Tomás", "RRRRRRRR", "sales:", "sales::A",
        "slipped slipped slipped", "late late", "1e308%", "1,000,000,000,000,000,000,000 leads", "€.5", "0.5.5.5",
        "'27", "'", "2027-", "-2027", "2027--03", "Q1-2027", "Q12027", "13/13/13", "29/02", "29/02/2027", "12/25/2027",
    ]

    /// Every entry point returns on odd input (the test would crash otherwise) and every refusal gives an example.
    @Test func oddInputNeverCrashesAndRefusalsAlwaysHaveAnExample() {
        let pair = Participants(sales: "Priya Raman", marketing: "Tomás Okafor")
        let contexts = [
            UnderstandingContext(today: Day(iso: "2026-11-30")!, participants: pair, speaker: .sales),
            UnderstandingContext(today: Day(iso: "9999-12-31")!, participants: Participants(solo: "Dana")),
            UnderstandingContext(today: Day(iso: "0001-01-01")!, participants: Participants(sales: "", marketing: "")),
        ]
        for c in contexts {
            for text in Self.odd {
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
