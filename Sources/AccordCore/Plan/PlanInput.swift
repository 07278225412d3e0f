/// What a plan section is built from: the sessions (oldest first), the plan's date, the sections
/// built so far, and the entries steps fed to each `plan:` key (see `PlanBuilder` for the rules).
public struct PlanInput: Sendable {
    /// One session as the builder sees it.
    public struct Source: Sendable {
        /// Session id.
        public var id: String
        /// Playbook id.
        public var playbook: String
        /// Start time (ISO 8601); sessions are ordered by it.
        public var started: String
        /// The replayed session.
        public var state: SessionState
    }

    /// Sessions, oldest first.
    public let sources: [Source]
    /// The plan's date (YYYY-MM-DD), for overdue commitments.
    public let today: String
    /// The plan so far: every section listed before the one being built is filled in.
    public internal(set) var plan: Plan
    /// Per step key, entries per playbook id in the order the playbooks first supplied them.
    private var fed: [PlanStepKey: [(playbook: String, entries: [PlanEntry])]] = [:]
    /// Lines the speaker kept after a coach nudge: never facts for leadership.
    public private(set) var kept: [PlanEntry] = []

    init(sources: [Source], today: String, plan: Plan) {
        self.sources = sources
        self.today = today
        self.plan = plan
        collectSteps()
    }

    /// Entries steps with `plan: key` fed: a newer session of the same playbook replaces an older
    /// one's entries; different playbooks add to them (a retro's context after a goals session's facts).
    /// Lines kept after a coach nudge are left out (see `kept`).
    public func entries(_ key: PlanStepKey) -> [PlanEntry] { (fed[key] ?? []).flatMap(\.entries) }

    /// A participant's name.
    public func name(_ role: Role, _ state: SessionState) -> String { state.participants.name(role) }

    /// The title of step `index`, or "".
    public func stepTitle(_ index: Int, _ state: SessionState) -> String {
        index < state.playbook.steps.count ? state.playbook.steps[index].title : ""
    }

    private mutating func collectSteps() {
        for source in sources {
            var found: [PlanStepKey: [PlanEntry]] = [:]
            for (index, step) in source.state.playbook.steps.enumerated() {
                guard let key = step.plan else { continue }
                for entry in entries(step: index, source: source) {
                    if Self.keptAfterNudge(entry, step: index, state: source.state) {
                        kept.append(entry)
                    } else {
                        found[key, default: []].append(entry)
                    }
                }
            }
            for (key, list) in found where !list.isEmpty {
                if let i = fed[key]?.firstIndex(where: { $0.playbook == source.playbook }) {
                    fed[key]![i].entries = list
                } else {
                    fed[key, default: []].append((source.playbook, list))
                }
            }
        }
    }

    /// Whether the speaker kept this line after the coach flagged it (`coachFlag` then `coachChoice(.keep)`).
    static func keptAfterNudge(_ entry: PlanEntry, step: Int, state: SessionState) -> Bool {
        let text = entry.text.trimmingSpacesAndNewlines()
        return state.coachFlags.contains {
            $0.choice == .keep && $0.step == step && $0.speaker == entry.role
                && (text == $0.original.trimmingSpacesAndNewlines()
                    || text.hasPrefix($0.original.trimmingSpacesAndNewlines()))
        }
    }

    /// Answers and items of one step, as plan entries. Items of an agreement step carry their
    /// status; statements (free text, lists nobody is asked to agree to) carry none.
    private func entries(step index: Int, source: Source) -> [PlanEntry] {
        let state = source.state
        let step = state.playbook.steps[index]
        var out: [PlanEntry] = []
        for answer in state.answers where answer.step == index && step.capture == .text {
            let text = answer.text.trimmingSpacesAndNewlines()
            if text.isEmpty || text.hasPrefix("/") { continue }
            out.append(
                PlanEntry(
                    text: text, by: name(answer.speaker, state), role: answer.speaker, topic: step.title, status: nil, session: source.id))
        }
        for item in state.items(inStep: index) where !item.parked && item.kind != .agreement {
            let status: ItemStatus? = step.agree || item.kind != .list ? item.status(solo: state.solo) : nil
            out.append(
                PlanEntry(
                    text: Facilitator(participants: state.participants).describe(item), by: name(item.by, state), role: item.by,
                    topic: step.title, status: status, session: source.id))
        }
        return out
    }
}
