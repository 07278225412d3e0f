/// Word lists the blame-free coach reasons with. Grouped by the role a word plays in a blaming
/// statement, not by the sentences it was tested on; see docs/coach.md.
enum CoachLexicon {
    // MARK: Parties

    /// Words naming the sales side (as a team or its people).
    static let salesNames: Set<String> = [
        "sales", "salespeople", "salesperson", "salesfolk", "reps", "sdrs", "bdrs", "aes", "sellers",
        "closers", "ae", "sdr", "bdr",
    ]
    /// Words naming the marketing side.
    static let marketingNames: Set<String> = [
        "marketing", "marketers", "marketeers", "comms", "mktg", "mkting", "marketting", "markting", "marketng", "marketign", "markteing",
        "maketing", "marekting", "demand-gen", "pmm", "pmms", "mops",
    ]
    /// Sub-teams that, before a team noun, name a side ("the field team", "the demand-gen folks").
    static let salesSubteams: Set<String> = ["field", "inside", "sdr", "bdr", "ae", "enterprise", "closing", "frontline", "front-line"]
    static let marketingSubteams: Set<String> = [
        "demand-gen", "demand", "brand", "content", "growth", "events", "digital", "creative", "web", "pr", "campaign", "social",
        "product-marketing", "pmm", "abm", "campaigns", "comms", "ads", "media",
    ]
    /// Team nouns that complete a sub-team compound (narrower than `teamNouns`: "field reps", "brand team").
    static let subteamNouns: Set<String> = [
        "team", "teams", "folks", "people", "guys", "crew", "squad", "reps", "department", "org", "lot", "managers", "manager",
        "floor", "leads", "leadership",
    ]
    /// Nouns that turn a preceding team name into the team ("Sales team", "Marketing folks").
    static let teamNouns: Set<String> = [
        "team", "teams", "people", "folks", "guys", "side", "department", "dept", "org", "leadership",
        "leaders", "lead", "managers", "reps", "staff", "crew", "lot", "manager", "floor", "bods", "types",
    ]
    /// Nouns that turn a preceding team name into an artefact or metric ("sales cycle", "marketing budget").
    static let artefactNouns: Set<String> = [
        "cycle", "call", "calls", "deck", "decks", "pipeline", "numbers", "number", "target", "targets",
        "stage", "stages", "meeting", "meetings", "kit", "enablement", "process", "processes", "data",
        "forecast", "quota", "quotas", "playbook", "collateral", "materials", "material", "budget",
        "campaign", "campaigns", "plan", "plans", "email", "emails", "automation", "copy", "content",
        "report", "reports", "dashboard", "funnel", "metrics", "tools", "tool", "strategy", "training",
        "ops", "operations", "velocity", "conversation", "conversations", "channel", "motion",
        "qualified", "accepted", "opportunity", "opportunities", "volume", "revenue", "figures",
        "leads", "calendar", "review", "reviews", "sync", "stand-up", "standup",
    ]
    /// Verbs after "sales" that mean revenue, not the team ("sales dropped 10%").
    static let metricVerbs: Set<String> = [
        "dropped", "rose", "fell", "grew", "increased", "decreased", "declined", "doubled", "halved",
        "were", "are", "was",
    ]
    /// Third-person plural pronouns: the other side unless an earlier noun claims them.
    static let theyWords: Set<String> = [
        "they", "them", "their", "theirs", "themselves", "they're", "they've", "they'd", "they'll",
    ]
    /// Second person: the counterpart addressed directly.
    static let youWords: Set<String> = [
        "you", "your", "yours", "yourselves", "you're", "you've", "you'd", "you'll",
    ]
    /// Phrases naming the other side without a team name.
    static let otherSideWords: Set<String> = ["other"]  // "the other team", "the other side"
    /// Quantifier pronouns that open "somebody in Sales", "nobody in Marketing".
    static let someoneWords: Set<String> = ["somebody", "someone", "nobody", "anybody", "anyone", "everyone", "everybody"]
    /// First person: the speaker owning their part.
    static let firstPerson: Set<String> = [
        "i", "we", "me", "us", "my", "our", "i'd", "i'll", "i've", "i'm", "we'd", "we'll", "we've", "we're", "myself", "ourselves", "let's",
    ]
    /// Customers and prospects: a legitimate subject for "never" and "always".
    static let customerWords: Set<String> = [
        "customers", "customer", "prospects", "prospect", "buyers", "buyer", "clients", "client",
        "users", "user", "attendees", "visitors", "accounts", "leads", "deals", "partners", "people",
    ]
    /// Systems and artefacts: a legitimate subject ("the form always drops the phone field").
    static let systemWords: Set<String> = [
        "form", "forms", "crm", "website", "site", "tool", "tools", "system", "process", "field",
        "template", "dashboard", "software", "report", "workflow", "page", "integration", "spreadsheet",
        "sheet", "model", "plan", "step", "calendar", "schedule", "budget", "data",
    ]

    // MARK: Grammar helpers

    /// Words after which a party is an object or a partner, not the agent ("asked Sales", "with Marketing").
    static let objectMarkers: Set<String> = [
        "with", "to", "from", "for", "about", "of", "on", "at", "into", "than", "between", "among",
        "ask", "asked", "asking", "asks", "tell", "told", "telling", "check", "checked", "help", "helped",
        "helping", "show", "showed", "thank", "thanked", "thanks", "meet", "met", "call", "called",
        "support", "supported", "give", "gave", "send", "sent", "sending", "share", "shared", "brief",
        "briefed", "invite", "invited", "include", "included", "involve", "involved", "join", "joined",
        "let", "understand", "hear", "heard", "consult", "consulted", "update", "updated", "like",
        "without", "against", "behind", "by",
    ]
    /// Determiners skipped when looking left of a party mention.
    static let determiners: Set<String> = ["the", "a", "an", "whole", "entire", "all", "both"]
    /// Words that start a new clause (besides punctuation).
    static let clauseBreakers: Set<String> = [
        "but", "so", "because", "since", "although", "though", "while", "whereas", "which", "if",
        "unless", "when", "until", "cause", "'cause", "cos",
    ]
    /// Words that, after "and", show a new subject follows (so "and" starts a new clause).
    static let subjectStarters: Set<String> = [
        "i", "we", "they", "you", "he", "she", "it", "the", "a", "an", "our", "their", "my", "your",
        "that", "this", "these", "those", "nobody", "somebody", "someone", "everyone", "there",
    ]

    // MARK: Signals

    /// Absolutes that over-generalise about an agent ("never", "always", "again").
    static let absolutes: Set<String> = [
        "never", "always", "again", "ever", "constantly", "forever", "nothing", "anything", "nobody",
        "anyone", "anybody",
    ]
    /// Absolutes that only blame when the clause also says something negative ("always … without telling").
    static let habitualAbsolutes: Set<String> = ["always", "again", "constantly", "forever"]
    /// Multi-word habitual absolutes ("every single time").
    /// ``absolutePhrases`` indexed by first word.
    static let absolutePhrasesIndex = PhraseIndex(absolutePhrases, wildcards: false, starts: .absolutePhraseStart)
    static let absolutePhrases: [[String]] = [["every", "single", "time"], ["every", "time"], ["all", "the", "time"], ["each", "time"]]
    /// Negative content that turns a habitual "always" into a complaint.
    static let negativeContent: Set<String> = [
        "without", "late", "wrong", "no", "not", "nothing", "never", "last-minute", "excuse", "excuses",
        "drop", "drops", "dropped", "miss", "misses", "missed", "forget", "forgets", "change", "changes",
        "changed", "blame", "blames", "complain", "complains", "ignore", "ignores", "lose", "loses",
        "behind", "over-promise", "overpromise", "overpromises", "don't", "doesn't", "won't", "can't",
        "isn't", "aren't", "cancel", "cancels", "skip", "skips", "delay", "delays", "bad", "poor",
        "interrupt", "interrupts", "push", "pushes", "dump", "dumps", "undercut", "undercuts", "discount",
        "discounts", "discounting", "hand", "blindside", "blindsides",
    ]
    /// Verbs of having or receiving: "they never got the list" describes a lack, not a habit.
    static let experiencerVerbs: Set<String> = [
        "got", "get", "gets", "had", "have", "has", "received", "receive", "receives", "saw", "see", "sees",
        "heard", "hear", "hears", "knew", "know", "knows", "been",
    ]
    /// Cooperative verbs whose habitual negation ("the reps just don't listen") characterises people.
    static let cooperativeVerbs: Set<String> = [
        "listen", "listens", "respond", "responds", "reply", "replies", "answer", "answers", "read",
        "reads", "share", "shares", "understand", "understands", "help", "helps", "care", "cares",
        "follow", "follows", "bother", "bothers", "learn", "learns", "communicate", "communicates", "show",
        "talk", "talks", "return", "returns", "update", "updates", "think", "thinks", "try", "tries",
    ]
    /// Habitual negations that characterise ("don't", "won't"), unlike a one-off "didn't".
    static let habitualNegations: Set<String> = ["don't", "doesn't", "won't", "can't", "cannot", "refuse", "refuses"]
    /// Positive evaluation: "always" or "never" about the other side here is credit, not blame.
    static let positiveWords: Set<String> = [
        "helps", "helped", "help", "great", "well", "quickly", "thanks", "thank", "appreciate", "appreciated",
        "useful", "valuable", "improved", "improves", "within", "fast", "promptly", "on-time", "reliably",
        "kudos", "praise", "good",
    ]
    /// Predicate nouns that name a culprit: "Sales is the bottleneck", "the reps are the reason".
    static let culpritNouns: Set<String> = ["problem", "reason", "bottleneck", "issue", "cause", "culprit", "culprits", "blocker"]
    /// Bare indefinite agents that, acting badly, point at someone unnamed ("somebody dropped the ball").
    static let indefiniteAgents: Set<String> = ["somebody", "someone", "whoever"]

    /// Insulting evaluations of people or their work: blame wherever they are not self-directed.
    static let insults: Set<String> = [
        "useless", "junk", "garbage", "rubbish", "trash", "worthless", "lazy", "incompetent", "clueless",
        "pathetic", "hopeless", "sloppy", "careless", "terrible", "awful", "crap", "crappy", "idiots",
        "amateurs", "amateurish", "joke", "laughable", "arrogant", "lousy", "shoddy", "vanity", "half-baked",
    ]
    /// Words of fault itself.
    static let faultWords: Set<String> = ["fault", "blame", "blames", "blamed", "blaming", "culprit", "culprits"]
    /// Single words judging what someone did; count only with another party as agent.
    static let actionJudgements: Set<String> = [
        "wasted", "wasting", "waste", "wastes", "sabotage", "sabotaged", "sabotages", "sabotaging",
        "cherry-pick", "cherry-picks", "cherry-picked", "cherry-picking", "ignore", "ignores", "ignored",
        "ignoring", "refuse", "refuses", "refused", "refusing", "leaked", "leaks", "botched", "ruined",
        "ruins", "undermined", "undermines", "neglected", "neglects", "dumped", "dumps", "hoard", "hoards", "excuse", "excuses", "blew",
        "blows", "torpedoed", "torpedoes", "wrecked",
        "wrecks", "trashed", "butchered", "squandered", "squanders", "derailed", "derails", "sank", "sunk",
        "tanked", "bungled", "fumbled", "fumbles", "stonewalled", "stonewall", "stonewalls",
        "hijacked", "hijacks", "overrode", "overrides", "blindsided", "steamrolled",
        "sandbagged", "sandbagging", "sandbags", "inflated", "inflates", "padded", "pads", "fudged", "fudges", "whine", "whines", "whining",
        "complain", "complains",
        "complaining", "garbled",
    ]
    /// Multi-word judgements (matched on consecutive tokens).
    /// ``judgementPhrases`` indexed by first word.
    static let judgementPhrasesIndex = PhraseIndex(judgementPhrases, wildcards: false, starts: .judgementPhraseStart)
    static let judgementPhrases: [[String]] = [
        ["screwed", "up"], ["screws", "up"], ["screw", "up"], ["messed", "up"], ["messes", "up"],
        ["dropped", "the", "ball"], ["drops", "the", "ball"], ["drop", "the", "ball"], ["let", "us", "down"],
        ["let", "down"], ["lets", "us", "down"], ["ivory", "tower"], ["no", "idea"], ["no", "clue"],
        ["only", "cares"], ["only", "care"], ["only", "cared"], ["doesn't", "care"], ["don't", "care"],
        ["didn't", "care"], ["couldn't", "care"], ["behind", "our", "back"], ["behind", "my", "back"],
        ["over", "the", "wall"], ["didn't", "bother"], ["don't", "bother"], ["doesn't", "bother"],
        ["never", "bother"], ["never", "bothered"], ["can't", "be", "bothered"], ["had", "bothered"],
        ["not", "bothered"], ["too", "busy"], ["fell", "asleep"], ["asleep", "at"],
        ["only", "interested"], ["only", "wants"], ["only", "want"], ["only", "thinks"], ["only", "think"],
        ["only", "worried"], ["only", "worry"], ["only", "worries"], ["care", "more", "about"],
        ["cares", "more", "about"], ["more", "interested", "in"], ["sit", "on"], ["sits", "on"], ["sat", "on"],
        ["take", "credit"], ["so", "busy"], ["out", "of", "touch"], ["can't", "be", "trusted"],
        ["cannot", "be", "trusted"], ["not", "be", "trusted"],
        ["takes", "credit"], ["took", "credit"], ["taking", "credit"], ["zero", "understanding"],
        ["zero", "idea"], ["zero", "clue"], ["zero", "interest"], ["zero", "respect"], ["no", "understanding"],
        ["no", "interest"], ["no", "respect"], ["treat", "our"], ["treats", "our"], ["treated", "our"],
        ["treat", "us"], ["treats", "us"], ["treated", "us"], ["wouldn't", "know"], ["wouldn't", "recognise"],
        ["wouldn't", "recognize"], ["couldn't", "spot"], ["wouldn't", "spot"], ["going", "around", "us"],
        ["go", "around", "us"], ["went", "around", "us"], ["goes", "around", "us"], ["can't", "even"], ["couldn't", "even"],
        ["won't", "even"], ["don't", "even"], ["doesn't", "even"],
    ]
    /// Weak negative actions: add weight only when the other side is the agent.
    static let weakNegatives: Set<String> = [
        "keeps", "keep", "kept", "promised", "confused", "confuses", "forgot", "forget", "forgets",
        "failed", "fails", "won't", "overpromised", "overpromise", "flopped", "hijacked", "hijack",
        "interfere", "interferes", "interfered", "meddle", "meddles", "meddled",
    ]
    /// Negative outcomes that make "because/thanks to <other team>" causal blame.
    static let badOutcomes: Set<String> = [
        "lost", "lose", "losing", "missed", "miss", "failed", "fail", "flopped", "flop", "thin", "drop",
        "dropped", "late", "slipped", "delayed", "delay", "confused", "wasted", "stalled", "died",
        "tanked", "bad", "poor", "behind", "short", "worse", "down", "blew", "killed", "hurt", "suffered",
        "guessing", "broke", "broken", "mess", "disaster", "failure", "fiasco", "nightmare", "waste", "joke",
        "stale", "churn", "churned", "wrong", "unsubscribed", "cancelled", "canceled", "complained", "cold",
        "bounced", "angry", "upset", "embarrassed",
    ]
    /// Sarcasm and exasperation markers.
    /// ``sarcasmPhrases`` indexed by first word.
    static let sarcasmPhrasesIndex = PhraseIndex(sarcasmPhrases, wildcards: false, starts: .sarcasmPhraseStart)
    static let sarcasmPhrases: [[String]] = [
        ["honestly"], ["frankly"], ["seriously"], ["of", "course"], ["as", "usual"], ["once", "again"],
        ["yet", "again"], ["surprise"], ["obviously"], ["apparently"], ["clearly"], ["typical"],
        ["big", "surprise"], ["as", "always"], ["what", "happens", "when"],
        ["so-called"], ["typical"],
    ]
    /// Counterfactual markers for "if they had…, we would…".
    static let counterfactuals: Set<String> = [
        "would", "wouldn't", "we'd", "i'd", "would've", "had", "hadn't", "could've", "could", "might",
    ]
    /// Exasperated questions that are rhetorical whoever they name.
    /// ``rhetoricalPhrases`` indexed by first word.
    static let rhetoricalPhrasesIndex = PhraseIndex(rhetoricalPhrases, wildcards: false, starts: .rhetoricalPhraseStart)
    static let rhetoricalPhrases: [[String]] = [
        ["how", "hard", "is", "it"], ["how", "hard", "can", "it", "be"], ["how", "difficult", "is", "it"],
        ["is", "it", "too", "much", "to", "ask"], ["how", "many", "times", "do"], ["how", "many", "times", "does"],
    ]
    /// Idioms of incompetence, judged statement-wide when another party is named.
    /// ``incompetenceIdioms`` indexed by first word.
    static let incompetenceIdiomsIndex = PhraseIndex(incompetenceIdioms, wildcards: false, starts: .incompetenceIdiomStart)
    static let incompetenceIdioms: [[String]] = [
        ["to", "save", "their", "lives"], ["to", "save", "their", "life"], ["to", "save", "its", "life"],
        ["if", "their", "lives", "depended"], ["if", "its", "life", "depended"], ["if", "it", "hit", "them"],
        ["if", "it", "bit", "them"], ["in", "a", "million", "years"],
    ]
    /// Auxiliaries after "why" in a rhetorical question.
    static let whyAuxiliaries: Set<String> = [
        "does", "do", "did", "is", "are", "was", "were", "can't", "won't", "don't", "doesn't", "didn't",
        "isn't", "aren't", "can", "would", "wouldn't", "couldn't", "has", "have", "hasn't", "haven't",
    ]
    /// Causal links that can pin an outcome on someone.
    /// ``causalLinks`` indexed by first word.
    static let causalLinksIndex = PhraseIndex(causalLinks, wildcards: false, starts: .causalLinkStart)
    static let causalLinks: [[String]] = [
        ["because"], ["because", "of"], ["thanks", "to"], ["due", "to"], ["since"], ["cause"],
        ["'cause"], ["cos"], ["owing", "to"], ["courtesy", "of"],
    ]
    /// Negations that cancel a fault word just before it ("it wasn't their fault").
    static let negations: Set<String> = [
        "not", "no", "wasn't", "isn't", "aren't", "weren't", "nobody", "nobody's", "no-one", "noone",
        "anyone's", "anybody's", "hardly", "don't", "didn't", "shouldn't", "won't", "without", "never",
    ]
}
