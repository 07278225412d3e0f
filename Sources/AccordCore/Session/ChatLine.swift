/// One line of the chat as shown on screen, in `show` and in `replay`. The executable styles it
/// (colour, wrapping) according to the output policy; core code never emits escape sequences.
public struct ChatLine: Sendable, Equatable {
    /// What the line is, for styling.
    public enum Kind: Sendable, Equatable {
        /// "── Step 2 of 7 · Facts first ──"
        case heading
        /// The facilitator speaking.
        case facilitator
        /// A lead's words (show/replay only; live, the typed line is already on screen).
        case speaker(Role)
        /// Something captured ("+ goal i3 …").
        case captured
        /// Agreed by both.
        case agreed
        /// Parked / declined.
        case parked
        /// The blame-free coach's nudge.
        case coach
        /// Neutral information (status, notes, hints).
        case info
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
