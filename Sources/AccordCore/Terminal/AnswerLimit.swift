/// The largest answer Accord stores: 64 KiB of UTF-8. A paragraph (`"""` … `"""`) counts once, as
/// the whole text with its newlines. A longer answer is refused with `refusal` before anything is
/// stored, and the question is asked again; readers never hold more than the limit of one line.
public enum AnswerLimit {
    /// The limit in bytes of UTF-8.
    public static let bytes = 65_536

    /// Whether `text` is over the limit.
    public static func exceeded(by text: String) -> Bool { text.utf8.count > bytes }

    /// What the facilitator says when an answer is over the limit.
    public static let refusal =
        "That answer is longer than 64 KB, so it was not saved. Please shorten it or split it into several answers."
}
