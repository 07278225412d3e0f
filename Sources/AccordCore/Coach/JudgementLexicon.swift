/// Judgement vocabulary grouped by the kind of judgement it makes about people (incompetence,
/// laziness, negligence, contempt, waste, sabotage, deception, indifference), rather than by the
/// sentences it was tested on. Verbs are listed once as a lemma and expanded to their inflections, so
/// "botch" also covers "botches / botched / botching".
///
/// These words only count as blame where `BlameAnalysis` finds the other side as the agent (verbs
/// and phrases) or as the owner of the thing judged (evaluations); the same words about the speaker
/// ("I completely dropped the ball") or a system pass.
enum JudgementLexicon {
    /// A family of judgements; used for cues so a flag says which kind it saw.
    enum Category: String, CaseIterable, Sendable {
        case incompetence, laziness, negligence, contempt, waste, sabotage, deception, indifference
    }

    /// Verb lemmas judging what someone did, by category (expanded with `inflections`).
    static let verbLemmas: [Category: [String]] = [
        .incompetence: ["botch", "bungle", "fumble", "butcher", "mangle", "garble", "flub", "mishandle", "misjudge", "misread"],
        .laziness: ["slack", "dawdle", "procrastinate"],
        .negligence: ["neglect", "overlook", "ignore"],
        .contempt: ["dismiss", "belittle", "patronise", "patronize", "condescend", "sneer", "snub"],
        .waste: ["waste", "squander", "fritter", "splurge"],
        .sabotage: [
            "sabotage", "torpedo", "wreck", "ruin", "derail", "undermine", "hijack", "tank", "scupper",
            "trash", "stonewall", "blindside", "steamroll", "sandbag", "override", "undercut", "poach",
        ],
        .deception: [
            "lie", "mislead", "fudge", "inflate", "fabricate", "exaggerate", "fake",
            "overpromise", "over-promise", "underdeliver", "under-deliver", "overstate",
        ],
        .indifference: ["shrug", "refuse", "stonewall"],
    ]

    /// Irregular or odd forms the inflector does not produce.
    static let irregularVerbForms: Set<String> = [
        "misled", "overrode", "overridden", "lied", "lying",
        "blew", "sank", "sunk", "misread",
    ]

    /// Adjectives and nouns that judge people or their work; count when the other side is named.
    static let evaluations: [Category: Set<String>] = [
        .incompetence: [
            "incompetent", "inept", "clueless", "hopeless", "useless", "amateurish", "amateurs",
            "amateur", "clowns", "cowboys", "order-takers", "idiots", "muppets", "shambolic",
            "shambles", "disaster", "disastrous", "fiasco", "train-wreck", "mess", "nightmare",
            "embarrassing", "embarrassment", "laughable", "joke", "nonsense", "pointless", "irrelevant",
            "unusable", "unreadable", "worthless", "garbage", "rubbish", "junk", "trash", "crap",
            "error-ridden", "half-baked", "fantasy", "fiction", "delusional", "naive", "unrealistic",
        ],
        .laziness: ["lazy", "idle", "half-hearted", "lackadaisical", "complacent"],
        .negligence: ["careless", "sloppy", "negligent", "shoddy", "lousy", "slapdash", "reckless", "unreliable"],
        .contempt: [
            "arrogant", "condescending", "patronising", "patronizing", "dismissive", "smug", "entitled",
            "self-serving", "selfish",
        ],
        .waste: ["wasteful", "vanity"],
        .deception: [
            "dishonest", "misleading", "fake", "bogus", "made-up", "fabricated", "inflated", "fudged",
            "fictional", "untrustworthy",
        ],
        .indifference: ["indifferent", "uninterested", "oblivious"],
    ]

    /// Multi-word judgements (consecutive tokens; "*" matches any one word, e.g. "their", "its").
    static let phrases: [Category: [[String]]] = [
        .incompetence: [
            ["lost", "the", "plot"], ["lose", "the", "plot"], ["losing", "the", "plot"],
            ["la-la", "land"], ["la", "la", "land"], ["cloud", "cuckoo", "land"], ["dream", "world"],
            ["another", "planet"], ["own", "little", "world"], ["own", "bubble"], ["no", "idea"],
            ["no", "clue"], ["out", "of", "touch"], ["out", "of", "their", "depth"], ["in", "over", "their", "heads"],
            ["couldn't", "sell"], ["can't", "sell"], ["wouldn't", "know"], ["made", "a", "mess"],
            ["made", "a", "hash"], ["pulled", "out", "of", "thin", "air"],
            ["get", "*", "act", "together"], ["got", "*", "act", "together"],
        ],
        .laziness: [
            ["drag", "*", "feet"], ["drags", "*", "feet"], ["dragged", "*", "feet"], ["dragging", "*", "feet"],
            ["drag", "*", "heels"], ["drags", "*", "heels"], ["dragged", "*", "heels"], ["dragging", "*", "heels"],
            ["asleep", "at", "the", "wheel"], ["sat", "on", "their", "hands"], ["sit", "on", "their", "hands"],
            ["can't", "be", "bothered"], ["couldn't", "be", "bothered"], ["half", "an", "effort"],
            ["phoned", "it", "in"], ["phone", "it", "in"], ["phoning", "it", "in"],
        ],
        .negligence: [
            ["dropped", "the", "ball"], ["drops", "the", "ball"], ["drop", "the", "ball"], ["dropping", "the", "ball"],
            ["through", "the", "cracks"], ["fell", "off", "a", "cliff"], ["let", "*", "slide"],
            ["let", "*", "slip"], ["slip", "through"], ["asleep", "on"], ["messed", "up"], ["screwed", "up"],
            ["mess", "up"], ["screw", "up"], ["messes", "up"], ["screws", "up"], ["blew", "it"], ["blown", "it"],
        ],
        .contempt: [
            ["ivory", "tower"], ["like", "spam"], ["like", "garbage"], ["like", "dirt"], ["like", "junk"],
            ["like", "idiots"], ["look", "down", "on"], ["looks", "down", "on"], ["talk", "down", "to"],
            ["over", "the", "wall"], ["dumped", "on"], ["dump", "on"], ["dumps", "on"], ["off", "their", "own", "bat"],
        ],
        .waste: [
            ["down", "the", "drain"], ["burned", "through"], ["burnt", "through"], ["burn", "through"],
            ["money", "pit"], ["waste", "of"],
        ],
        .sabotage: [
            ["cost", "us"], ["costs", "us"], ["lost", "us"], ["loses", "us"],
            ["shot", "down"], ["threw", "us", "under"], ["under", "the", "bus"], ["behind", "our", "back"],
            ["behind", "my", "back"], ["moving", "the", "goalposts"], ["moved", "the", "goalposts"],
            ["move", "the", "goalposts"], ["moves", "the", "goalposts"], ["pulled", "the", "rug"],
            ["left", "us", "hanging"], ["left", "us", "high"], ["hung", "us", "out"],
        ],
        .deception: [
            ["overpromised", "and"], ["over-promised", "and"], ["cook", "the", "books"], ["cooked", "the", "books"],
            ["took", "the", "credit"], ["take", "the", "credit"], ["takes", "the", "credit"], ["taking", "the", "credit"],
            ["pass", "the", "buck"], ["passed", "the", "buck"], ["passing", "the", "buck"],
        ],
        .indifference: [
            ["couldn't", "care", "less"], ["could", "care", "less"], ["don't", "give", "a"],
            ["doesn't", "give", "a"], ["didn't", "give", "a"], ["not", "their", "problem"],
            ["wash", "their", "hands"], ["washed", "their", "hands"],
        ],
    ]

    /// Evaluations of a thing that need more than one word; counted like `evaluations` after a copula
    /// ("their numbers are made up", "the inside sales team is a bunch of order-takers").
    /// ``evaluationPhrases`` indexed by first word.
    static let evaluationPhrasesIndex = PhraseIndex(evaluationPhrases, starts: .evaluationPhraseStart)
    static let evaluationPhrases: [[String]] = [
        ["made", "up"], ["a", "bunch", "of"], ["full", "of", "errors"], ["full", "of", "mistakes"],
        ["full", "of", "holes"], ["full", "of", "typos"], ["riddled", "with"], ["a", "waste", "of"],
        ["not", "fit", "for", "purpose"], ["dead", "on", "arrival"], ["a", "train", "wreck"],
    ]

    /// Every inflected verb form, with its category.
    static let verbForms: [String: Category] = {
        var out: [String: Category] = [:]
        for (cat, lemmas) in verbLemmas {
            for l in lemmas { for f in inflections(of: l) where out[f] == nil { out[f] = cat } }
        }
        for f in irregularVerbForms where out[f] == nil { out[f] = .deception }
        return out
    }()

    /// Every evaluation word, with its category.
    static let evaluationWords: [String: Category] = {
        var out: [String: Category] = [:]
        for (cat, words) in evaluations { for w in words where out[w] == nil { out[w] = cat } }
        return out
    }()

    /// All phrases with their category, longest first so the most specific one wins.
    static let allPhrases: [(words: [String], category: Category)] = {
        var out: [([String], Category)] = []
        for cat in Category.allCases { for p in phrases[cat] ?? [] { out.append((p, cat)) } }
        return out.sorted { $0.0.count > $1.0.count }
    }()
    /// `allPhrases` indexed by first word, in the same order.
    static let phraseIndex = PhraseIndex(allPhrases.map(\.words), starts: .judgementLexiconPhraseStart)
    /// The category of each phrase (the first listed, for a phrase in two categories).
    static let phraseCategory: [[String]: Category] = {
        var out: [[String]: Category] = [:]
        for p in allPhrases where out[p.words] == nil { out[p.words] = p.category }
        return out
    }()

    /// Regular inflections of a verb lemma: base, -s/-es, -ed/-d, -ing, with e-dropping and a doubled
    /// final consonant for short words ("drop" → "dropped", "waste" → "wasting", "lie" → "lying").
    static func inflections(of lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("ie") {
            let stem = String(lemma.dropLast(2))
            forms.formUnion([lemma + "s", lemma + "d", stem + "ying"])
        } else if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            forms.formUnion([lemma + "s", lemma + "d", stem + "ing"])
        } else if lemma.hasSuffix("y"), let p = lemma.dropLast().last, !vowels.contains(p) {
            let stem = String(lemma.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", lemma + "ing"])
        } else {
            let es = ["s", "x", "z", "ch", "sh", "o"].contains { lemma.hasSuffix($0) }
            forms.formUnion([lemma + (es ? "es" : "s"), lemma + "ed", lemma + "ing"])
            let chars = Array(lemma)
            if chars.count >= 3, !vowels.contains(chars[chars.count - 1]), vowels.contains(chars[chars.count - 2]),
                !vowels.contains(chars[chars.count - 3]), !"wxy".contains(chars[chars.count - 1])
            {
                let doubled = lemma + String(chars[chars.count - 1])
                forms.formUnion([doubled + "ed", doubled + "ing"])
            }
        }
        return forms
    }
}
