/// +1 when the other side is an agent of the statement (subject, possessor of the subject, passive
/// "by"): on its own not enough to flag, it lets one more signal tip the statement over.
struct OtherAgentRule: CoachRule {
    let fires: [CoachExample] = ["Marketing sent the deck on Friday.", "The reps booked forty meetings.", "They changed the form."]
    let passes: [CoachExample] = [
        "I sent the deck on Friday.", "I asked Sales for the notes.", "Customers asked for a demo.",
        CoachExample("Sales booked forty meetings.", speaker: .sales),
    ]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        guard let m = a.agents.first else { return [] }
        return [BlameSignal(pattern: .negativeAgent, weight: 1, cue: "other-agent:\(m.label)", context: a.context())]
    }
}
