import AccordCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Benchmark scaffolding (not part of the shipped library): used by `accord-bench` and the
/// store and commitments tests.
///
/// Writes realistic synthetic transcripts for benchmarks (list, resume, commitments).
///
/// Deterministic for a given seed. Each session has two leads, steps, answers, goals and actions
/// (`.itemProposed` with `owner` and `due` fields), agreements by both, some parks/declines, notes,
/// and — for about 85% of sessions — a final `.completed` (some others end `.paused`). Files are
/// written whole, mode 0600, with no fsync: this is a generator, not the durable writer.
public enum StoreGenerator {
    public static func generate(into dir: URL, sessions: Int, eventsPerSession: Int, seed: UInt64) throws {
        let store = TranscriptStore(directory: dir)
        try store.prepare()
        let failure = FirstError()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sessions / 16 + 1))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let codec = EventLineCodec()
            var n = w
            while n < sessions && !failure.isSet {
                do {
                    try writeSession(n, events: eventsPerSession, store: store, seed: seed, codec: codec)
                } catch {
                    failure.set(error)
                }
                n += workers
            }
        }
        if let error = failure.error { throw error }
    }

    /// Writes session number `n`; its content depends only on `seed` and `n`.
    private static func writeSession(_ n: Int, events eventsPerSession: Int, store: TranscriptStore, seed: UInt64, codec: EventLineCodec)
        throws
    {
        var rng = SplitMix64(seed: seed ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15))
        let sales = ["Dana", "Sam", "Priya", "Jon", "Ana"]
        let marketing = ["Lee", "Kim", "Omar", "Zoë", "Rui"]
        let playbooks = ["goals", "roles", "retro", "review"]
        let base = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01, one session an hour
        do {
            // One session per hour: ids are unique within a generated store.
            let start = base.addingTimeInterval(Double(n) * 3_600 + Double(rng.next() % 3_000))
            let id = SessionID.make(now: start, random: &rng)
            let pb = playbooks[Int(rng.next() % UInt64(playbooks.count))]
            let playbook = Playbook(
                id: pb, title: "Synthetic \(pb)", purpose: "Benchmark data.",
                steps: [
                    Step(title: "Goals", prompt: "What should {sales} and {marketing} achieve?", capture: .goal, agree: true),
                    Step(title: "Actions", prompt: "Who does what by when?", capture: .action, agree: true),
                ], source: "built-in:\(pb).md", contentHash: "0123456789abcdef")
            let people = Participants(sales: sales[n % sales.count], marketing: marketing[(n / 5) % marketing.count])
            let header = SessionHeader(
                id: id, playbook: playbook, participants: people,
                title: n % 3 == 0 ? "Q\(n % 4 + 1) planning" : nil, started: iso(start))
            var out = try codec.encodeHeader(header)
            out.append(0x0A)
            var records: [EventRecord] = []
            let completes = rng.next() % 100 < 85
            let body = max(0, eventsPerSession - 1)
            var seq = 0
            var batch = 0
            var item = 0
            func add(_ e: Event, lifecycle: Bool = false) {
                seq += 1
                if !lifecycle { batch += 1 }
                records.append(
                    EventRecord(seq: seq, at: iso(start.addingTimeInterval(Double(seq) * 20)), batch: lifecycle ? 0 : batch, event: e))
            }
            add(.stepStarted(index: 0), lifecycle: true)
            while records.count < body {
                let role: Role = rng.next() % 2 == 0 ? .sales : .marketing
                switch rng.next() % 10 {
                case 0...2:
                    add(.answer(speaker: role, text: "We should focus on the mid-market segment, answer \(seq)."))
                case 3...5:
                    item += 1
                    let kind: Capture = rng.next() % 2 == 0 ? .goal : .action
                    let due = "2026-\(String(format: "%02d", Int(rng.next() % 12) + 1))-\(String(format: "%02d", Int(rng.next() % 28) + 1))"
                    add(
                        .itemProposed(
                            id: "i\(item)", kind: kind, by: role,
                            text: kind == .goal ? "Raise SQL-to-win rate" : "Send contact names weekly",
                            fields: [
                                "owner": role == .sales ? people.sales : people.marketing, "due": due,
                                "metric": "win rate", "target": "25%",
                            ]))
                    add(.agreed(item: "i\(item)", by: .sales))
                    if rng.next() % 5 == 0 {
                        add(.declined(item: "i\(item)", by: .marketing, reason: "Needs data from the CRM first"))
                    } else {
                        add(.agreed(item: "i\(item)", by: .marketing))
                    }
                case 6:
                    add(.parked(item: nil, by: role, text: "Lead scoring model"))
                case 7:
                    add(.note(by: role, text: "Check the hand-off SLA / follow-up time"))
                default:
                    add(.turnEnded(speaker: role))
                }
            }
            if records.count > body { records.removeLast(records.count - body) }
            add(completes ? .completed : .paused(reason: "eof"), lifecycle: true)
            out.append(try codec.encodeLines(records))
            let path = try store.url(for: id).path
            guard FileManager.default.createFile(atPath: path, contents: out, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }

    /// ISO 8601 UTC with seconds.
    static func iso(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var p = tm()
        gmtime_r(&t, &p)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday, p.tm_hour, p.tm_min, p.tm_sec)
    }
}

/// The first error thrown by any worker (the store generators' parallel loops share it).
public final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    /// An empty holder.
    public init() {}
    /// The first error set, if any.
    public var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
    /// Whether an error was set.
    public var isSet: Bool { error != nil }
    /// Keeps `e` unless an error was already set.
    public func set(_ e: Error) {
        lock.lock()
        if stored == nil { stored = e }
        lock.unlock()
    }
}

/// A small, fast, seedable generator (SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
