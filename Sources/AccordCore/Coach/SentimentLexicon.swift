/// Negative words used as data: VADER's strongly negative words (generated, see
/// `SentimentLexicon+Generated.swift`) plus the workplace vocabulary of failure and contempt VADER
/// does not carry ("sloppy", "half-baked", "shambles").
enum SentimentLexicon {
    /// Workplace words of failure, neglect and contempt, beside VADER's general ones.
    static let workplaceNegatives: Set<String> = [
        "sloppy", "sloppiness", "laziness", "incompetence", "carelessness", "negligence", "negligent", "arrogance",
        "disregard", "apathy", "apathetic", "indifference", "indifferent", "disorganised", "disorganized",
        "disorganisation", "disorganization", "half-baked", "half-hearted", "half-assed", "trainwreck", "shambles",
        "shambolic", "dumpster", "botched", "bungled", "mangled", "butchered", "bodged", "bodging", "clueless",
        "hopeless", "useless", "rubbish", "trash", "garbage", "junk", "coasting", "skiving", "faffing", "stubbornness",
        "unreliable", "unresponsive", "unprofessional", "amateurish", "lacklustre", "lackluster", "mediocre",
        "shoddy", "slapdash", "haphazard", "inept", "ineptitude", "complacent", "complacency", "overpromised",
        "oversold", "ghosted", "fumbled", "flubbed", "tanked", "wrecked", "ruined", "sabotaged", "hijacked",
        "incompetent", "lazy", "careless", "excuses", "useless", "pathetic", "dismal", "abysmal", "laughable",
    ]

    /// VADER words that are neutral in sales and marketing ("battle cards", "war room", "killer feature").
    static let domainNeutral: Set<String> = [
        "battle", "battles", "war", "killer", "kill", "attack", "attacking", "cold", "shoot", "hunting",
    ]

    /// Both lists in one set: VADER's words but the domain-neutral ones, and the workplace words (one
    /// lookup a word instead of three; `SentimentLexiconTests` checks it against the three).
    static let negatives: Set<String> = strongNegatives.subtracting(domainNeutral).union(workplaceNegatives)

    /// A strongly negative word, from either list: VADER's, unless domain-neutral, or a workplace word.
    static func isNegative(_ word: String) -> Bool { negatives.contains(word) }
}
