/// Levenshtein distance and "did you mean" suggestions for mistyped commands and options.
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions from `a` to `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`; ties go to the one sharing the longest prefix, then to
    /// the earlier candidate. `maxDistance` (when given) rejects candidates that are too far.
    public static func closest(to word: String, in candidates: [String], maxDistance: Int? = nil) -> String? {
        var best: (candidate: String, distance: Int, prefix: Int)?
        for candidate in candidates {
            let distance = between(word, candidate)
            if let limit = maxDistance, distance > limit { continue }
            let prefix = commonPrefixLength(word, candidate)
            if let current = best {
                if distance < current.distance || (distance == current.distance && prefix > current.prefix) {
                    best = (candidate, distance, prefix)
                }
            } else {
                best = (candidate, distance, prefix)
            }
        }
        return best?.candidate
    }

    private static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a.lowercased(), b.lowercased()).prefix(while: { $0 == $1 }).count
    }
}
