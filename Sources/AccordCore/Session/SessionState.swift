/// The state of a session: a pure function of its header and events.
///
/// `SessionState.replay(header:records:)` folds the events with `apply(_:)` after removing the
/// batches that `/undo` took back. The live REPL, resume, `show`, `replay`, the plan and the
/// commitments ledger all read state built this way.
public struct SessionState: Sendable, Equatable {
    /// Who takes part.
    public var participants: Participants
    /// The playbook as it was when the session began.
    public var playbook: Playbook
    /// Session id and title, for plans and listings.
    public var id: String
    public var title: String?
    /// Index of the current step; `playbook.steps.count` once finished.
    public var stepIndex = 0
    /// Whether `stepStarted(0)` has happened.
    public var started = false
    /// Who has the keyboard.
    public var speaker: Role = .sales
    /// Roles whose turn in the current step is over.
    public var turnsDone: Set<Role> = []
    /// Everything captured, in order.
    public private(set) var items: [Item] = []
    private var itemIndex: [String: Int] = [:]
    /// Ids of items in the current step that still need a field or an agreement.
    public var open: [String] {
        get { openList }
        set {
            openList = newValue
            openSet = Set(newValue)
        }
    }
    /// `open`, in order, and the same ids as a set, so membership is O(1) during replay (a session
    /// that leaves thousands of items open made `refreshOpen` quadratic).
    private var openList: [String] = []
    private var openSet: Set<String> = []
    /// Free-text answers.
    public var answers: [Answer] = []
    /// `/note`s.
    public var notes: [Note] = []
    /// Free-standing parked topics (`/park TEXT`).
    public var parkedTopics: [Note] = []
    /// Coach flags and choices.
    public var coachFlags: [CoachRecord] = []
    /// Open commitments recapped at the start.
    public var recap: [RecapItem] = []
    /// Status changes of earlier commitments made here.
    public var commitmentUpdates: [CommitmentUpdate] = []
    /// Latest status change per recapped commitment made in this session.
    public var latestUpdate: [String: CommitmentUpdate] = [:]
    /// R/A/C/I rows captured per step.
    var raciRows: [Int: Int] = [:]
    /// The item an agreement step created, per step.
    var agreementItem: [Int: String] = [:]
    /// A coach flag waiting for keep / rephrase.
    public var pendingCoach: CoachRecord?
    /// Steps skipped with `/skip`.
    public var skippedSteps: Set<Int> = []
    /// Whether the last step is done.
    public var completed = false
    /// Whether the session is paused (last lifecycle event was a pause).
    public var paused = false
    /// Events applied (for listings).
    public var eventCount = 0
    /// Time of the last event.
    public var lastAt: String?
    /// Next item number.
    var nextItem = 1
    /// When the session began (the header's `started`, ISO 8601 UTC).
    public var startedAt: String
    /// The day the session takes as today (`YYYY-MM-DD`), from its latest `.today` event; nil in
    /// transcripts written before sessions recorded it.
    public var today: String?

    /// A fresh session, before any event.
    public init(header: SessionHeader) {
        self.startedAt = header.started
        self.participants = header.participants
        self.playbook = header.steps
        self.id = header.id
        self.title = header.title
    }

    /// The current step, if the session has not finished.
    public var step: Step? {
        started && stepIndex < playbook.steps.count ? playbook.steps[stepIndex] : nil
    }

    /// The last status change of each commitment changed here, in the order of those last changes
    /// ("slipped", then its new date, counts once: as the later one).
    public var finalCommitmentUpdates: [CommitmentUpdate] {
        var seen = Set<String>()
        return Array(commitmentUpdates.reversed().filter { seen.insert($0.ref).inserted }.reversed())
    }

    /// Whether the session is solo (nothing is agreed; items are drafts).
    public var solo: Bool { participants.solo }

    /// Look up an item by id.
    public func item(_ id: String) -> Item? { itemIndex[id].map { items[$0] } }

    /// Items of one step.
    public func items(inStep index: Int) -> [Item] { items.filter { $0.step == index } }

    /// Items agreed by both (co-created sessions only).
    public var agreedItems: [Item] { items.filter { $0.status(solo: solo) == .agreed } }

    /// The items `/status` numbers and `/edit N` refers to: what was agreed (drafts, solo), and
    /// anything edited since, in the order captured — not the agreements on a step itself.
    public var numberedItems: [Item] {
        items.filter { item in
            guard item.kind.kind.numbered, !item.parked else { return false }
            let status = item.status(solo: solo)
            return status == .agreed || status == .draft || item.edits > 0
        }
    }

    /// Items in the parking lot.
    public var parkedItems: [Item] { items.filter(\.parked) }

    /// How many items are agreed and parked (parked topics included).
    public var agreedCount: Int { agreedItems.count }
    public var parkedCount: Int { parkedItems.count + parkedTopics.count }

    mutating func insert(_ item: Item) {
        itemIndex[item.id] = items.count
        items.append(item)
    }

    mutating func update(_ id: String, _ change: (inout Item) -> Void) {
        guard let i = itemIndex[id] else { return }
        change(&items[i])
    }

    /// The id the next proposed item will get.
    public var nextItemID: String { "i\(nextItem)" }
}

extension SessionState {
    /// Append `id` to `open`.
    mutating func openAppend(_ id: String) {
        openList.append(id)
        openSet.insert(id)
    }

    /// Whether `id` is in `open`, in O(1).
    func openContains(_ id: String) -> Bool { openSet.contains(id) }

    /// Remove every `id` from `open`; the array is only scanned when it holds `id`.
    mutating func openRemove(_ id: String) {
        guard openSet.remove(id) != nil else { return }
        openList.removeAll { $0 == id }
    }
}
