/// A reference to a person or team in a statement, with who it is relative to the speaker and the
/// grammatical part it plays.
struct PartyMention: Sendable, Equatable {
    enum Side: Sendable, Equatable { case other, own }
    enum Part: Sendable, Equatable {
        /// Does or causes something: the subject, a possessor of the subject, or a passive "by" agent.
        case agent
        /// Is asked, told, worked with: "I didn't ask Sales", "with Marketing".
        case object
        /// Acts together with the speaker: "Marketing and I", "Marketing and Sales met".
        case joint
    }
    /// First and last token index of the mention ("nobody in Marketing" spans three tokens).
    var start: Int
    var end: Int
    var side: Side
    var part: Part
    /// How it was written, for cues and reframes ("Sales", "they", "the reps").
    var label: String
    /// The named team when known.
    var team: Role?
    /// "nobody in Marketing", "no one from Sales": a built-in absolute.
    var negativeQuantifier: Bool
}

/// Finds the people and teams a statement talks about: team names, "the reps", "they/them/their",
/// "you", "somebody in Sales", "the other team". Pronouns are resolved to the nearest earlier
/// antecedent (a team, or customers, leads, ads…); an unresolved "they" is taken to be the other side.
struct PartyDetector: Sendable {
    let tokens: CoachTokens
    let clauses: [Int]
    /// Each token's ``CoachWordClass`` mask (`BlameAnalysis.classes`).
    let classes: [UInt64]
    let speaker: Role?

    init(tokens: CoachTokens, clauses: [Int], classes: [UInt64], speaker: Role?) {
        self.tokens = tokens
        self.clauses = clauses
        self.classes = classes
        self.speaker = speaker
    }

    private func has(_ k: Int, _ c: CoachWordClass) -> Bool { c.isSet(in: classes, at: k) }

    private typealias L = CoachLexicon

    /// Adjectives allowed between an article and a team name ("the new sales manager").
    static let teamAdjectives: Set<String> = [
        "new", "old", "whole", "entire", "current", "central", "global", "regional", "local", "senior", "junior",
    ]

    /// Words after "you" / "your" that label the counterpart's side ("you lot", "your team").
    static let youLabels: Set<String> = [
        "lot", "guys", "people", "folks", "lads", "all", "two", "team", "side", "department", "crew", "mob", "reps", "lot's",
    ]

    /// Words that open an object after "sales plans": "Marketing plans a campaign" is the team acting.
    static let objectStart: Set<String> = [
        "a", "an", "the", "our", "their", "my", "your", "this", "that", "these", "those", "us", "them", "every", "all",
    ]
    /// Words before a plural noun that make it a thing a "they" can point to ("the ads", "two leads").
    static let nounIntro: Set<String> = [
        "the", "these", "those", "our", "my", "some", "many", "few", "all", "more",
        "new", "brand", "two", "three", "four", "five", "most", "both", "their", "your",
    ]
    /// Every word a mention can start from in ``mentions()`` (team names, sub-teams, pronouns,
    /// quantifiers): a word outside it starts none.
    static let triggers: Set<String> = L.someoneWords.union(L.indefiniteAgents).union(L.salesSubteams).union(L.marketingSubteams)
        .union(L.salesNames).union(L.marketingNames).union(L.theyWords).union(L.youWords)
        .union(["who", "no", "account", "other", "that", "those"])
    /// Words that make a mention joint with the speaker ("Marketing and I").
    static let jointWords: Set<String> = ["i", "we", "me", "us", "myself", "sales", "marketing"]

    private func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && !tokens[i].isPunctuation ? tokens.text(i) : nil
    }

    private func team(of text: String) -> Role? {
        if L.salesNames.contains(text) { return .sales }
        if L.marketingNames.contains(text) { return .marketing }
        return nil
    }

    private func side(for team: Role?, ownedByPossessive: Bool) -> PartyMention.Side {
        if ownedByPossessive { return .own }
        guard let team, let speaker else { return .other }
        return team == speaker ? .own : .other
    }

    /// All mentions, left to right.
    func mentions() -> [PartyMention] {
        var result: [PartyMention] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.isPunctuation {
                i += 1
                continue
            }
            // Every branch below starts from one of these words: other words are skipped with one lookup.
            guard has(i, .partyTrigger) else {
                i += 1
                continue
            }
            let w = tokens.text(i)
            // "somebody in Sales", "no one from Marketing"
            var quantStart: Int? = nil
            var negative = false
            var j = i
            if L.someoneWords.contains(w) || w == "who" {
                quantStart = i
                negative = (w == "nobody")
                j = i + 1
            } else if w == "no", word(i + 1) == "one" {
                quantStart = i
                negative = true
                j = i + 2
            }
            if let q = quantStart, let prep = word(j), ["in", "from", "on", "at"].contains(prep),
                let name = nextTeamIndex(after: j), let role = team(of: tokens.text(name))
            {
                var end = name
                if let n = word(end + 1), L.teamNouns.contains(n) { end += 1 }
                result.append(
                    PartyMention(
                        start: q, end: end, side: side(for: role, ownedByPossessive: false),
                        part: part(start: q, end: end), label: span(q, end), team: role,
                        negativeQuantifier: negative))
                i = end + 1
                continue
            }
            // Bare "somebody dropped the ball", "whoever wrote this": an unnamed other party, unless
            // a phrase places them ("someone on our team", "someone at the client").
            if L.indefiniteAgents.contains(w), !["in", "on", "from", "at", "of", "else"].contains(word(i + 1) ?? ""),
                !L.firstPerson.contains(word(i - 1) ?? "")
            {
                result.append(
                    PartyMention(
                        start: i, end: i, side: .other, part: part(start: i, end: i),
                        label: tokens.raw(i), team: nil, negativeQuantifier: false))
                i += 1
                continue
            }
            if w == "account", let n = word(i + 1), ["executives", "execs", "managers"].contains(n) {
                let start = word(i - 1) == "the" ? i - 1 : i
                let owned = ["our", "my"].contains(word(i - 1) ?? "")
                result.append(
                    PartyMention(
                        start: start, end: i + 1, side: side(for: .sales, ownedByPossessive: owned),
                        part: part(start: start, end: i + 1), label: span(start, i + 1),
                        team: .sales, negativeQuantifier: false))
                i += 2
                continue
            }
            // "the field team", "their demand-gen folks", "the demand gen team": a sub-team of a side.
            if let (role, end) = subteam(at: i) {
                result.append(teamMention(role, at: i, end: end))
                i = end + 1
                continue
            }
            if let role = team(of: w) {
                if isArtefactOrMetric(i) {
                    i += 1
                    continue
                }
                var end = i
                if !t.possessive, let n = word(i + 1), L.teamNouns.contains(n) { end = i + 1 }
                result.append(teamMention(role, at: i, end: end))
                i = end + 1
                continue
            }
            if w == "other" || w == "that" || w == "those", let n = word(i + 1), L.teamNouns.contains(n),
                w == "other" || ["team", "people", "guys", "folks", "side", "department"].contains(n)
            {
                let start = (word(i - 1) == "the") ? i - 1 : i
                result.append(
                    PartyMention(
                        start: start, end: i + 1, side: .other, part: part(start: start, end: i + 1),
                        label: span(start, i + 1), team: nil, negativeQuantifier: false))
                i += 2
                continue
            }
            if L.theyWords.contains(w) {
                let resolved = antecedent(before: i, in: result)
                if let resolved {
                    result.append(
                        PartyMention(
                            start: i, end: i, side: resolved.side, part: part(start: i, end: i),
                            label: tokens.raw(i), team: resolved.team, negativeQuantifier: false))
                } else if !hasNonPartyAntecedent(before: i) {
                    result.append(
                        PartyMention(
                            start: i, end: i, side: .other, part: part(start: i, end: i),
                            label: tokens.raw(i), team: speaker?.other, negativeQuantifier: false))
                }
                i += 1
                continue
            }
            if L.youWords.contains(w), word(i - 1) != "thank", !(w == "you" && word(i + 1) == "know") {
                // "you lot", "you guys", "your team": the label belongs to the mention.
                let end = Self.youLabels.contains(word(i + 1) ?? "") ? i + 1 : i
                result.append(
                    PartyMention(
                        start: i, end: end, side: .other, part: part(start: i, end: end),
                        label: span(i, end), team: speaker?.other, negativeQuantifier: false))
                i = end + 1
                continue
            }
            i += 1
        }
        return result
    }

    /// A sub-team compound starting at `i` ("field team", "demand gen team"): its side and last index.
    private func subteam(at i: Int) -> (Role, Int)? {
        guard let w = word(i), !tokens[i].possessive else { return nil }
        let role: Role
        if L.salesSubteams.contains(w) { role = .sales } else if L.marketingSubteams.contains(w) { role = .marketing } else { return nil }
        let n = i + 1
        if w == "demand", word(n) == "gen" || word(n) == "generation" {
            // "demand gen" names the team on its own ("demand gen burned the budget"), like "demand-gen".
            guard let noun = word(n + 1), L.subteamNouns.contains(noun) else { return (role, n) }
            return (role, n + 1)
        }
        guard let noun = word(n), L.subteamNouns.contains(noun) else { return nil }
        return (role, n)
    }

    /// A mention of `role`'s team at word `i`…`end`, taking in a preceding "the", "our" or "my".
    private func teamMention(_ role: Role, at i: Int, end: Int) -> PartyMention {
        var prev = word(i - 1)
        var first = i
        // "the new sales manager", "the whole marketing department": the article still opens the mention.
        if let p = prev, Self.teamAdjectives.contains(p), ["the", "our", "my", "their", "that", "those"].contains(word(i - 2) ?? "") {
            first = i - 1
            prev = word(i - 2)
        }
        let owned = prev == "our" || prev == "my"
        let start = (prev == "the" || owned) ? first - 1 : first
        return PartyMention(
            start: start, end: end, side: side(for: role, ownedByPossessive: owned),
            part: part(start: start, end: end), label: span(start, end),
            team: role, negativeQuantifier: false)
    }

    private func span(_ a: Int, _ b: Int) -> String {
        (a...b).map { tokens.raw($0) + (tokens[$0].possessive ? "'s" : "") }.joined(separator: " ")
    }

    private func nextTeamIndex(after j: Int) -> Int? {
        var k = j + 1
        if word(k) == "the" { k += 1 }
        guard let w = word(k), team(of: w) != nil else { return nil }
        return k
    }

    /// "sales cycle", "marketing budget", "sales dropped 10%": not the team.
    private func isArtefactOrMetric(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.possessive { return false }
        guard let next = word(i + 1) else { return false }
        if L.artefactNouns.contains(next) {
            // "Marketing plans a campaign": the "noun" is a verb when an object follows it.
            return !Self.objectStart.contains(word(i + 2) ?? "")
        }
        if tokens.text(i) == "sales", L.metricVerbs.contains(next) {
            for k in (i + 2)...(i + 4) {
                guard let w = word(k) else { continue }
                if w.first?.isNumber == true || ["up", "down", "flat"].contains(w) { return true }
            }
        }
        return false
    }

    /// The nearest earlier party a pronoun refers to, if that is a party.
    private func antecedent(before i: Int, in found: [PartyMention]) -> PartyMention? {
        guard let last = found.last else { return nil }
        // A non-party plural noun between the party and the pronoun wins ("…Marketing's ads; they…").
        for k in stride(from: i - 1, to: last.end, by: -1) where isPluralThing(k) { return nil }
        return last
    }

    private func hasNonPartyAntecedent(before i: Int) -> Bool {
        (0..<i).contains { isPluralThing($0) }
    }

    /// Customers, leads, ads, emails…: a plural noun a "they" can point to instead of a team.
    private func isPluralThing(_ k: Int) -> Bool {
        guard let w = word(k), !tokens[k].possessive else { return false }
        if L.customerWords.contains(w) || L.systemWords.contains(w) { return w.hasSuffix("s") }
        guard w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3, team(of: w) == nil else { return false }
        guard let prev = word(k - 1) else { return false }
        return Self.nounIntro.contains(prev) || prev.first?.isNumber == true
    }

    /// Agent, object or joint, from the words around the mention.
    private func part(start: Int, end: Int) -> PartyMention.Part {
        // Joint: "Marketing and I", "Sales and Marketing", "I and the reps", "both".
        if let a = word(end + 1), a == "and" || a == "&", let b = word(end + 2) ?? word(end + 3),
            Self.jointWords.contains(b) || Self.jointWords.contains(word(end + 3) ?? "")
        {
            return .joint
        }
        if let a = word(start - 1), a == "and" || a == "&", let b = word(start - 2), Self.jointWords.contains(b) {
            return .joint
        }
        var p = start - 1
        while word(p) != nil, has(p, .determiner) { p -= 1 }
        let prev = word(p)
        if prev == "by" { return .agent }
        if let prev, L.objectMarkers.contains(prev) { return .object }
        if tokens[end].possessive || tokens.text(end) == "their" || tokens.text(end) == "your" { return .agent }
        if clauseInitial(start) || nextIsVerbish(end + 1) { return .agent }
        return .object
    }

    /// Only discourse words ("honestly", "once again", "why does", "if", "that") precede it in its clause.
    private func clauseInitial(_ start: Int) -> Bool {
        var k = start - 1
        while k >= 0 {
            if tokens[k].isPunctuation || clauses[k] != clauses[start] { return true }
            if !has(k, .discourse) { return false }
            k -= 1
        }
        return true
    }

    private func nextIsVerbish(_ k: Int) -> Bool {
        var k = k
        while word(k) != nil, has(k, .adverb) { k += 1 }
        guard let w = word(k) else { return false }
        if BlameCoach.auxiliaries.contains(w) || BlameCoach.irregularPast.contains(w) { return true }
        return w.hasSuffix("ed") || (w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3)
    }
}
