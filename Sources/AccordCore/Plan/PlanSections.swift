/// Collects the sections of a plan from sessions sorted oldest first (see `PlanBuilder` for the rules).
struct PlanSections {
    let sources: [PlanBuilder.Source]
    /// The plan's date (YYYY-MM-DD), for overdue commitments.
    let today: String

    private(set) var goals: [PlanGoal] = []
    private(set) var roles: [PlanRole] = []
    private(set) var commitments: [PlanCommitment] = []
    private(set) var disagreements: [PlanDisagreement] = []
    /// Per section, entries per playbook id in the order the playbooks first supplied them.
    private var sections: [String: [(playbook: String, entries: [PlanEntry])]] = [:]

    init(sources: [PlanBuilder.Source], today: String) {
        self.sources = sources
        self.today = today
    }

    /// Entries of a `plan:` section.
    func section(_ key: String) -> [PlanEntry] { (sections[key] ?? []).flatMap(\.entries) }

    mutating func collect() {
        var rowIndex: [String: Int] = [:]
        for source in sources {
            let state = source.state
            // Sections: a newer session of the same playbook replaces an older one's entries;
            // different playbooks add to a section (a retro's context after a goals session's facts).
            var found: [String: [PlanEntry]] = [:]
            for (index, step) in state.playbook.steps.enumerated() {
                guard let key = step.plan else { continue }
                found[key, default: []] += entries(step: index, source: source)
            }
            for (key, list) in found where !list.isEmpty {
                if let i = sections[key]?.firstIndex(where: { $0.playbook == source.playbook }) {
                    sections[key]![i].entries = list
                } else {
                    sections[key, default: []].append((source.playbook, list))
                }
            }

            // Goals: the newest session with goals supplies them.
            let sessionGoals = goalItems(state).map { goal($0, source: source) }
            if !sessionGoals.isEmpty { goals = sessionGoals }

            // Roles: the newest row per activity wins; first-seen order.
            for item in state.items where item.kind == .raci && !item.parked {
                let row = PlanRole(activity: item.text, sales: item.fields["sales"] ?? "", marketing: item.fields["marketing"] ?? "",
                                   status: item.status(solo: state.solo), session: source.id)
                let key = item.text.lowercased()
                if let i = rowIndex[key] { roles[i] = row } else {
                    rowIndex[key] = roles.count
                    roles.append(row)
                }
            }

            // Actions accumulate.
            for item in state.items where item.kind == .action && !item.parked {
                commitments.append(commitment(item, kind: .action, owner: item.fields["owner"].map(state.participants.ownerName(stored:)), due: item.fields["due"], source: source))
            }

            // Open disagreements accumulate, never dropped.
            for item in state.parkedItems {
                disagreements.append(PlanDisagreement(
                    kind: "item", text: item.kind == .agreement ? "Agreement: \(item.text)" : Facilitator(participants: state.participants).describe(item),
                    raisedBy: name(item.by, state), declinedBy: item.declinedBy.map { name($0, state) },
                    reason: item.parkReason.flatMap { $0.isEmpty ? nil : $0 }, topic: stepTitle(item.step, state), session: source.id))
            }
            for topic in state.parkedTopics {
                disagreements.append(PlanDisagreement(kind: "topic", text: topic.text, raisedBy: name(topic.by, state), declinedBy: nil,
                                                      reason: nil, topic: stepTitle(topic.step, state), session: source.id))
            }
        }
        // Goals are commitments too.
        let goalCommitments = goals.compactMap { g -> PlanCommitment? in
            guard let source = sources.first(where: { $0.id == g.session }),
                  let item = source.state.item(String(g.ref.dropFirst(g.session.count + 1))) else { return nil }
            return commitment(item, kind: .goal, owner: g.owner, due: g.date, source: source)
        }
        commitments = goalCommitments + commitments
    }

    /// Goal items of agreement steps; the goals of any step when no agreement step has one.
    private func goalItems(_ state: SessionState) -> [Item] {
        let all = state.items.filter { $0.kind == .goal && !$0.parked }
        let agreedSteps = all.filter { $0.step < state.playbook.steps.count && state.playbook.steps[$0.step].agree }
        return agreedSteps.isEmpty ? all : agreedSteps
    }

    private func goal(_ item: Item, source: PlanBuilder.Source) -> PlanGoal {
        let f = item.fields
        // The owner and date have columns of their own: the text drops ", owner X" and "by DATE".
        let text = f["date"].map { FieldParser.removingDate(FieldParser.stripKeyed(item.text), $0) } ?? FieldParser.stripKeyed(item.text)
        // An honest "unknown" baseline (stored as "unknown") reads "baseline to establish" in every format.
        let baseline = f["baseline"].map { Baseline.isUnknown($0) ? "baseline to establish" : $0 }
        return PlanGoal(ref: "\(source.id)/\(item.id)", text: text, metric: f["metric"], baseline: baseline, target: f["target"],
                        date: f["date"], owner: f["owner"].map(source.state.participants.ownerName(stored:)), proposedBy: name(item.by, source.state), proposedByRole: item.by,
                        status: item.status(solo: source.state.solo), session: source.id)
    }

    /// Answers and items of one step, as plan entries. Items of an agreement step carry their
    /// status; statements (free text, lists nobody is asked to agree to) carry none.
    private func entries(step index: Int, source: PlanBuilder.Source) -> [PlanEntry] {
        let state = source.state
        let step = state.playbook.steps[index]
        var out: [PlanEntry] = []
        for answer in state.answers where answer.step == index && step.capture == .text {
            let text = answer.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.hasPrefix("/") { continue }
            out.append(PlanEntry(text: text, by: name(answer.speaker, state), role: answer.speaker, topic: step.title, status: nil, session: source.id))
        }
        for item in state.items(inStep: index) where !item.parked && item.kind != .agreement {
            let status: ItemStatus? = step.agree || item.kind != .list ? item.status(solo: state.solo) : nil
            out.append(PlanEntry(text: Facilitator(participants: state.participants).describe(item), by: name(item.by, state), role: item.by,
                                 topic: step.title, status: status, session: source.id))
        }
        return out
    }

    /// A commitment with its progress from the latest review update among later sessions.
    private func commitment(_ item: Item, kind: CommitmentKind, owner: String?, due: String?, source: PlanBuilder.Source) -> PlanCommitment {
        let ref = "\(source.id)/\(item.id)"
        var progress = CommitmentProgress.open
        var note: String?
        var newDue = due
        for later in sources {
            if let update = later.state.latestUpdate[ref] {
                progress = CommitmentProgress(update.status)
                note = update.note.isEmpty ? nil : update.note
                if let d = update.due { newDue = d }
            }
        }
        let finished = progress.isFinished
        let overdue = !finished && PlanText.isDate(newDue) && (newDue ?? "") < today
        let plain = FieldParser.stripKeyed(item.text)
        let text = due.map { FieldParser.removingDate(plain, $0) } ?? plain
        return PlanCommitment(ref: ref, kind: kind, text: text, owner: owner, due: newDue, progress: progress, overdue: overdue,
                              note: note, status: item.status(solo: source.state.solo), session: source.id)
    }

    private func name(_ role: Role, _ state: SessionState) -> String { state.participants.name(role) }

    private func stepTitle(_ index: Int, _ state: SessionState) -> String {
        index < state.playbook.steps.count ? state.playbook.steps[index].title : ""
    }
}
