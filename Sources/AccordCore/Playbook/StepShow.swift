/// Something the engine shows before a step's prompt (a step's `show:` key). Raw values are the
/// playbook's words.
public enum StepShow: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The summary of the pair's latest agreed plan.
    case plan
}
