/// The parts of a goal found in one line: metric, baseline, target, date, owner.
public struct GoalParts: Sendable, Equatable {
    /// What is measured ("Win rate", "SQL→opportunity rate").
    public var metric: String?
    /// Where it is today, or honestly unknown.
    public var baseline: Baseline?
    /// What they aim for.
    public var target: Quantity?
    /// How the target was worked out when it was said as a change: "8,000 → 10,000 (+25%)".
    public var derivation: String?
    /// The change as said, when the target is relative but there is no baseline to work from yet
    /// ("by 25%", "double"); the target follows once a baseline is known.
    public var change: GoalChange?
    /// A target that could be read two ways ("from 20% by 5%": 25% or 21%?).
    public var targetQuestion: Question<Quantity>?
    /// By when.
    public var date: DateFound?
    /// A date that could be read two ways (03/04) or is vague ("early March").
    public var dateQuestion: Question<DateFound>?
    /// Who owns it (`.other` needs one confirmation).
    public var owner: ParticipantRef?
    /// An owner that could be either lead, or a third party to confirm.
    public var ownerQuestion: Question<ParticipantRef>?

    /// Nothing found yet.
    public init() {}

    /// The fields this line fills.
    public var filled: Set<GoalField> {
        var s = Set<GoalField>()
        if metric != nil { s.insert(.metric) }
        if baseline != nil { s.insert(.baseline) }
        if target != nil { s.insert(.target) }
        if date != nil { s.insert(.date) }
        if owner != nil { s.insert(.owner) }
        return s
    }

    /// The parts as transcript fields: "metric", "baseline" ("18%" or "unknown"), "target" ("25%"),
    /// "date" (YYYY-MM-DD), "owner" ("@sales", "@marketing", "@both" or a third party's name).
    public var fields: [String: String] {
        var f: [String: String] = [:]
        if let metric { f[GoalField.metric.rawValue] = metric }
        if let baseline { f[GoalField.baseline.rawValue] = baseline.stored }
        if let target { f[GoalField.target.rawValue] = target.display }
        if let date { f[GoalField.date.rawValue] = date.day.iso }
        if let owner { f[GoalField.owner.rawValue] = owner.stored }
        return f
    }

    /// `other`'s parts laid over these (what `other` found wins).
    public func merging(_ other: GoalParts) -> GoalParts {
        var m = self
        if let v = other.metric { m.metric = v }
        if let v = other.baseline { m.baseline = v }
        if let v = other.target {
            m.target = v
            m.derivation = other.derivation
            m.change = nil
        }
        if let v = other.change, other.target == nil { m.change = v }
        if let v = other.targetQuestion { m.targetQuestion = v }
        if let v = other.date {
            m.date = v
            m.dateQuestion = nil
        }
        if let v = other.dateQuestion { m.dateQuestion = v }
        if let v = other.owner {
            m.owner = v
            m.ownerQuestion = nil
        }
        if let v = other.ownerQuestion { m.ownerQuestion = v }
        return m
    }
}

/// A goal's fields, named as in transcripts.
public enum GoalField: String, Sendable, Equatable, Hashable, CaseIterable {
    /// What is measured.
    case metric
    /// Where it is today.
    case baseline
    /// What they aim for.
    case target
    /// By when.
    case date
    /// Who owns it.
    case owner
}

/// A target said as a change from the baseline.
public enum GoalChange: Sendable, Equatable {
    /// "grow by 25%", "cut by 10%": relative, in percent (negative for a cut).
    case percent(Double)
    /// "by 2,000 leads", "+5 points": an amount added (negative for a cut).
    case amount(Quantity)
    /// "double" (2), "halve" (0.5), "cut by a third" (2/3), "triple" (3).
    case factor(Double)

    /// The target this change makes from `base`, and how it is shown: "8,000 → 10,000 (+25%)".
    public func apply(to base: Quantity) -> (Quantity, String) {
        var t = base
        let note: String
        switch self {
        case .percent(let p):
            t.value = base.value * (1 + p / 100)
            note = (p >= 0 ? "+" : "−") + Quantity.format(abs(p)) + "%"
        case .amount(let a):
            t.value = base.value + a.value
            let shown = Quantity(value: abs(a.value), unit: a.unit == .none ? base.unit : a.unit, scale: a.scale)
            note =
                (a.value >= 0 ? "+" : "−")
                + (base.unit == .percent && a.unit != .percent ? Quantity.format(abs(a.value)) + " points" : shown.short)
        case .factor(let f):
            t.value = base.value * f
            note = f >= 1 ? "×" + Quantity.format(f) : "−" + Quantity.format(((1 - f) * 100).rounded()) + "%"
        }
        t.label = base.label
        return (t, "\(base.short) → \(t.short) (\(note))")
    }
}
