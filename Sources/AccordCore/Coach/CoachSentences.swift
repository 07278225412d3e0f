/// Splits a statement into its sentences, so that one blaming sentence is not hidden by the others
/// on its line ("We closed 5 deals last month. Marketing's leads are junk."): the learned model reads
/// a statement as a bag of words, and a neutral sentence beside a blaming one lowers its probability.
/// `BlameCoach` checks the whole statement, then each sentence when there are several; the trainer
/// chooses the model's threshold on the same procedure (docs/coach.md).
public enum CoachSentences {
    /// The sentences of `text`: split after `.`, `!`, `?` or `…` (runs of them count once) followed by
    /// whitespace; pieces without a letter are dropped. One sentence (or none) gives `[text]`-like output
    /// of at most one piece.
    public static func split(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c == "." || c == "!" || c == "?" || c == "…", next < text.endIndex {
                var j = next
                while j < text.endIndex, ".!?…".contains(text[j]) { j = text.index(after: j) }
                if j < text.endIndex, text[j].isWhitespace {
                    pieces.append(text[start..<j])
                    start = j
                    i = j
                    continue
                }
                i = j
                continue
            }
            i = next
        }
        pieces.append(text[start...])
        return pieces.map { $0.drop { $0.isWhitespace } }.filter { $0.contains { $0.isLetter } }
    }
}
