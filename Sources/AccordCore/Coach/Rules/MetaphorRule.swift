/// +2 for idioms and metaphors of failure or contempt about the other side: "leads vanish into a black
/// hole over there", "asleep at the wheel", "out to lunch", "made a pig's ear of it", "phoning it in",
/// "couldn't organise a piss-up in a brewery". Needs the other side named in the statement; not in the
/// speaker's or a system's clause ("I was asleep at the wheel on attribution" passes), not negated.
struct MetaphorRule: CoachRule {
    let fires: [CoachExample] = [
        "Leads vanish into a black hole over there in Marketing.", "The reps are out to lunch on the new product.",
        "Marketing made a pig's ear of the launch.", "Sales has been phoning it in all quarter.",
    ]
    let passes: [CoachExample] = [
        "I was asleep at the wheel on attribution.", "We made a pig's ear of the forecast.", "We were out to lunch on attribution.",
        "Our notes vanish into a black hole because the CRM has no search.",
    ]

    /// The idioms, "*" matching any one word.
    static let idioms: [[String]] = [
        // Things disappearing on the other side.
        ["black", "hole"], ["into", "a", "void"], ["into", "the", "void"], ["into", "the", "abyss"], ["into", "thin", "air"],
        ["down", "a", "well"], ["down", "the", "drain"], ["goes", "nowhere"], ["go", "nowhere"], ["went", "nowhere"], ["gone", "nowhere"],
        ["go", "to", "die"], ["goes", "to", "die"], ["went", "to", "die"],
        ["graveyard"], ["shouting", "into"], ["talking", "to", "a", "wall"], ["brick", "wall"], ["into", "the", "sea"],
        ["into", "the", "wind"], ["deaf", "ears"], ["in", "one", "ear"], ["out", "of", "thin", "air"],
        // Not paying attention, not competent.
        ["asleep", "at", "the"], ["out", "to", "lunch"], ["head", "in", "the", "clouds"], ["heads", "in", "the", "clouds"],
        ["away", "with", "the", "fairies"], ["cloud", "cuckoo"], ["la-la", "land"], ["seat", "of", "their", "pants"],
        ["shooting", "from", "the", "hip"], ["winging", "it"], ["wing", "it"], ["phoning", "it", "in"], ["phoned", "it", "in"],
        ["phone", "it", "in"], ["couldn't", "sell"], ["couldn't", "organise"], ["couldn't", "organize"],
        ["wouldn't", "know", "a"], ["piss-up"], ["dead", "on", "arrival"],
        ["dead", "in", "the", "water"], ["dead", "weight"], ["deadweight"], ["weak", "link"], ["word", "salad"],
        ["deck", "chairs"], ["fiddling", "while"], ["reinventing", "the", "wheel"], ["reinvent", "the", "wheel"],
        ["sizzle", "and", "no"], ["all", "hat"], ["all", "mouth"], ["all", "sizzle"], ["big", "game"], ["hot", "air"],
        ["slip", "through", "their", "fingers"], ["slipped", "through", "their", "fingers"], ["shoot", "themselves"],
        ["shooting", "itself"], ["shooting", "themselves"], ["shot", "themselves"], ["own", "goal"],
        // British and American idioms of botching.
        ["pig's", "ear"], ["pig", "ear"], ["dog's", "dinner"], ["dog", "dinner"], ["hash", "of"], ["balls-up"], ["ballsed"],
        ["cock-up"], ["cocked", "up"], ["cocked"], ["bodge"], ["bodged"], ["bodging"], ["taking", "the", "mickey"],
        ["taking", "the", "piss"], ["faffing"], ["swinging", "the", "lead"], ["skiving"], ["bone", "idle"], ["screwed", "the", "pooch"],
        ["dumpster", "fire"], ["trainwreck"], ["train", "wreck"], ["car", "crash"], ["shambles"], ["half-assed"], ["half-arsed"],
        ["struck", "out"], ["blew", "it"], ["blown", "it"], ["fumbled"], ["flubbed"], ["bombed"], ["coasting"], ["asleep"],
        ["revolving", "door"], ["went", "silent"], ["gone", "silent"], ["went", "dark"], ["gone", "dark"], ["radio", "silence"],
        ["in", "it", "for", "themselves"], ["allergic", "to"], ["lip", "service"], ["talk", "a", "big"], ["talks", "a", "big"],
        ["behind", "its", "dashboards"], ["hides", "behind"], ["hide", "behind"], ["hiding", "behind"], ["passing", "the", "buck"],
        ["passed", "the", "buck"], ["pass", "the", "buck"], ["threw", "us", "under"], ["thrown", "under", "the", "bus"],
        ["under", "the", "bus"], ["left", "us", "holding"], ["left", "us", "to", "clean"], ["leave", "us", "the", "cleanup"],
        ["cleaning", "up", "*", "mess"], ["clean", "up", "their"], ["own", "little", "world"], ["their", "own", "world"],
        ["ivory", "tower"], ["bubble"], ["no", "idea", "what"], ["no", "clue"], ["zero", "clue"], ["have", "a", "clue"],
        ["has", "a", "clue"], ["beyond", "recognition"], ["like", "crazy"], ["cut", "corners"], ["cutting", "corners"],
        ["can't", "be", "bothered"], ["couldn't", "be", "bothered"], ["be", "bothered", "to"], ["went", "awol"], ["gone", "awol"],
        ["off", "a", "cliff"],
        ["a", "bit", "rich"], ["bit", "rich"], ["way", "off"], ["binned"], ["over", "the", "fence"], ["and", "a", "prayer"],
        ["cooked", "the", "books"], ["are", "cooked"], ["is", "cooked"], ["were", "cooked"], ["fudged"], ["fudge"], ["went", "quiet"],
        ["gone", "quiet"],
        ["doing", "their", "job"], ["doing", "their", "jobs"], ["do", "their", "job"], ["do", "their", "jobs"],
        ["owes", "us", "an", "apology"], ["owe", "us", "an", "apology"], ["owes", "us", "an", "explanation"],
    ]

    static let index = PhraseIndex(idioms, starts: .metaphorIdiomStart)

    /// Idioms of our things disappearing on the other side: they count even when the speaker's thing
    /// is the subject ("our requests vanish into thin air once they reach Marketing").
    static let sinks: Set<String> = [
        "black hole", "into a void", "into the void", "into the abyss", "into thin air", "down a well", "down the drain",
        "go to die", "goes to die", "went to die", "goes nowhere", "go nowhere", "went nowhere", "gone nowhere", "graveyard",
        "into the sea", "into the wind", "deaf ears", "brick wall",
    ]

    /// Places that point at the other side without naming it ("over there", "upstairs").
    /// ``deictics`` indexed by first word.
    static let deicticsIndex = PhraseIndex(deictics, wildcards: false, starts: .deicticStart)
    static let deictics: [[String]] = [
        ["over", "there"], ["over", "in"], ["upstairs"], ["their", "side"], ["their", "end"], ["that", "side"],
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        let others = a.otherMentions
        let pointed = Self.deicticsIndex.candidates(in: a).contains { k in Self.deicticsIndex.contains(in: a, at: k) }
        guard !others.isEmpty || pointed else { return [] }
        for k in Self.index.candidates(in: a) where !a.tokens[k].isPunctuation {
            guard let p = Self.index.first(in: a, at: k) else { continue }
            let c = a.clauses[k]
            if a.negated(before: k) && !p[0].hasSuffix("n't") { continue }
            if ["my", "our"].contains(a.word(k - 1) ?? "") { continue }
            let sameClauseParty = others.contains { a.clauses[$0.start] == c }
            let sink = Self.sinks.contains(p.joined(separator: " "))
            if sameClauseParty || sink || pointed && !a.isOwned(clause: c) || (!a.isOwned(clause: c) && !a.isSystemSubject(clause: c)) {
                let text = p.joined(separator: " ")
                if a.isOwned(clause: c) && !Self.sinks.contains(text)
                    && !others.contains(where: { a.clauses[$0.start] == c && $0.part == .agent })
                {
                    continue
                }
                return [BlameSignal(pattern: .judgement, weight: 2, cue: "metaphor:\(text)", context: a.context(text))]
            }
        }
        return []
    }
}
