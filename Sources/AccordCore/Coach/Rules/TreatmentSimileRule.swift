/// +2 for a simile of how the other side treats something of ours: "Sales treats our playbook like a
/// doorstop", "the reps treat the CRM like an optional extra". "We treat the CRM like a diary, and
/// that has to change" is the speaker's own.
struct TreatmentSimileRule: CoachRule {
    let fires: [CoachExample] = ["Sales treats our playbook like a doorstop.", "The reps treat the CRM like an optional extra."]
    let passes: [CoachExample] = ["We treat the CRM like a diary, and that has to change.", "Sales treats every lead the same way."]

    static let treatVerbs: Set<String> = ["treat", "treats", "treated", "treating", "handle", "handles", "handled", "use", "uses", "used"]

    func signals(in a: BlameAnalysis) -> [BlameSignal] {
        for m in a.agents {
            var k = m.end + 1
            while let x = a.word(k), BlameCoach.adverbs.contains(x) { k += 1 }
            guard let v = a.word(k), Self.treatVerbs.contains(v) else { continue }
            if let like = (k + 1..<min(k + 7, a.tokens.count)).first(where: { ["like", "as"].contains(a.word($0) ?? "") }),
                a.word(like) == "like" || ["a", "an"].contains(a.word(like + 1) ?? "")
            {
                return [BlameSignal(pattern: .judgement, weight: 2, cue: "simile:\(v) like", context: a.context(v, party: a.partyName(m)))]
            }
        }
        return []
    }
}
