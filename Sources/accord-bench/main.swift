// accord-bench: the Swift half of bench/run. Not part of the product.
//
//   accord-bench generate DIR SESSIONS EVENTS SEED   write a synthetic store (StoreGenerator)
//   accord-bench append-latency DIR EVENTS ANSWERS   p50/p99 of one answer made durable, in a
//                                                    session already EVENTS long (real file, fsync)
//   accord-bench realstore DIR SESSIONS SEED EXAMPLES  a realistic store: real sessions through the
//                                                    engine, replicated (RealStore)
//   accord-bench answers DIR N SIZE                  cost of one answer of SIZE bytes near answer 1,000 and
//                                                    at answer N, beside write + fsync of the same bytes
//   accord-bench paths DIR REPS SALES MARKETING      each speed path beside its plain path (in-process)
//   accord-bench replay FILE REPS                    read + decode + replay of one transcript
//   accord-bench coach REPS SIZE                     the coach alone on the answers' statement of SIZE bytes
//   accord-bench interleave RUNS -- CMD ARG... [-- CMD ARG...]...
//                                                    wall time of each command, run in turn, one run
//                                                    of each per round (the order alternating), so
//                                                    drift hits all alike
import AccordBenchSupport
import AccordCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("accord-bench: \(message)\n".utf8))
    exit(2)
}

func nowNs() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func ms(_ v: Double) -> String { String(format: "%.3f", v) }

/// The body of a long answer of about `size` bytes (`answers` and `coach`): one factual, blame-free
/// sentence repeated.
func answerFiller(_ size: Int) -> String {
    let sentence =
        "On 12 March the webinar had 340 sign-ups, the hand-off list went out with company names only, and the first follow-up calls started on 29 March. "
    return String(repeating: sentence, count: max(1, size / sentence.utf8.count))
}

let args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
    fail(
        "usage: generate DIR N EVENTS SEED | append-latency DIR EVENTS ANSWERS | replay FILE REPS | fsync-latency DIR N | interleave RUNS -- CMD... | stat JSON"
    )
}

switch command {
case "generate":
    guard args.count == 5, let n = Int(args[2]), let e = Int(args[3]), let seed = UInt64(args[4]) else {
        fail("generate DIR SESSIONS EVENTS SEED")
    }
    try StoreGenerator.generate(into: URL(fileURLWithPath: args[1]), sessions: n, eventsPerSession: e, seed: seed)

case "realstore":
    guard args.count == 5, let n = Int(args[2]), let seed = UInt64(args[3]) else { fail("realstore DIR SESSIONS SEED EXAMPLES_DIR") }
    try RealStore.generate(into: URL(fileURLWithPath: args[1]), sessions: n, examples: URL(fileURLWithPath: args[4]), seed: seed)

case "answers":
    // A retro session with the real engine and the real writer (fsync): the opening steps, then N
    // answers of about SIZE bytes each in "What went well" (a list step the blame-free coach reads: each answer is checked). Each
    // answer is timed from the line handed over to the next prompt (wall and this thread's CPU).
    // After every answer, the same bytes — what that answer appended to the transcript, read back
    // from it (the answer's lines: the answer and the item, each holding the text) — are written and
    // fsynced to a side file on the same file system (not timed as an answer): the floor, taken beside
    // each answer, so each figure is compared with as many samples of the disk at the same moments
    // (every 10th answer gave the floor's median 20 samples against the answer's 200). Also printed:
    // the floor's CPU (this thread's, for the write and fsync), beside the answer's.
    guard args.count == 4, let n = Int(args[2]), let size = Int(args[3]), n >= 1_200 else { fail("answers DIR N SIZE (N ≥ 1200)") }
    let dir = URL(fileURLWithPath: args[1])
    let store = TranscriptStore(directory: dir)
    guard let playbook = BuiltinPlaybooks.parseAll().playbooks.first(where: { $0.id == "retro" }) else { fail("no retro playbook") }
    let who = Participants(sales: "Dana", marketing: "Lee")
    let header = SessionHeader(id: SessionID.make(), playbook: playbook, participants: who, title: nil, started: SessionRunner.timestamp())
    let writer = try store.create(header: header)
    defer { writer.close() }
    let filler = answerFiller(size)
    let transcriptPath = writer.url.path
    let transcriptFD = open(transcriptPath, O_RDONLY)
    guard transcriptFD >= 0 else { fail("cannot read \(transcriptPath)") }
    func transcriptSize() -> Int { Int(lseek(transcriptFD, 0, SEEK_END)) }
    var floorBytes: [UInt8] = []
    var sizeBefore = 0
    let floorPath = dir.appendingPathComponent("floor.tmp").path
    let floorFD = open(floorPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard floorFD >= 0 else { fail("cannot open \(floorPath)") }
    func cpuNs() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    final class Box { var runner: SessionRunner? }
    let box = Box()
    var wall: [Double] = []
    var cpu: [Double] = []
    var floor: [(at: Int, ms: Double, cpu: Double)] = []
    var lastReturn: UInt64 = 0
    var lastCPU: UInt64 = 0
    var facts = 0
    let runner = SessionRunner(
        header: header, records: [], engine: Workspace.engine, sink: writer,
        read: { _ in
            let entered = nowNs()
            let enteredCPU = cpuNs()
            let r = box.runner!
            if lastReturn != 0, r.state.stepIndex == 3, facts > 0 {
                wall.append(Double(entered - lastReturn) / 1e6)
                cpu.append(Double(enteredCPU - lastCPU) / 1e6)
                floorBytes = [UInt8](repeating: 0, count: transcriptSize() - sizeBefore)
                guard pread(transcriptFD, &floorBytes, floorBytes.count, off_t(sizeBefore)) == floorBytes.count else {
                    fail("cannot read back the answer's lines")
                }
                let t0 = nowNs()
                let c0 = cpuNs()
                _ = floorBytes.withUnsafeBytes { write(floorFD, $0.baseAddress, $0.count) }
                _ = fsync(floorFD)
                floor.append((facts, Double(nowNs() - t0) / 1e6, Double(cpuNs() - c0) / 1e6))
            }
            let line: String
            switch (r.state.stepIndex, r.state.pending) {
            case (_, .coachChoice): line = "keep"
            case (0, _): line = "yes"
            case (1, _): line = "The Q3 webinar series"
            case (2, _): line = ""  // facts: none (the coach step; its cost is the coach's, per answer)
            case (3, .answer):
                guard facts < n else { return .endOfInput }
                facts += 1
                line = "Went well \(facts): " + filler
            default: return .endOfInput
            }
            sizeBefore = transcriptSize()
            lastReturn = nowNs()
            lastCPU = cpuNs()
            return .line(line)
        },
        show: { _ in })
    box.runner = runner
    _ = try runner.run()
    close(floorFD)
    close(transcriptFD)
    unlink(floorPath)
    guard wall.count >= 1_100 else { fail("only \(wall.count) answers were timed") }
    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s[s.count / 2]
    }
    let early = 900..<1_100
    let late = (wall.count - 200)..<wall.count
    print(
        "answers=\(wall.count) bytes=\(floorBytes.count) early_ms=\(ms(median(Array(wall[early])))) late_ms=\(ms(median(Array(wall[late]))))"
            + " cpu_early_ms=\(ms(median(Array(cpu[early])))) cpu_late_ms=\(ms(median(Array(cpu[late]))))"
            + " fsync_early_ms=\(ms(median(floor.filter { early.contains($0.at) }.map(\.ms))))"
            + " fsync_late_ms=\(ms(median(floor.filter { $0.at > wall.count - 200 }.map(\.ms))))"
            + " fsync_cpu_ms=\(ms(median(floor.map(\.cpu))))")

case "paths":
    // Each speed path beside the plain path it is checked against, in-process, on a warm cache:
    // median ms of REPS runs. The table and --json of `commitments` from the index or from the
    // ledger; the opening recap from RecapIndex or from the ledger.
    guard args.count == 5, let reps = Int(args[2]) else { fail("paths DIR REPS SALES MARKETING") }
    let store = TranscriptStore(directory: URL(fileURLWithPath: args[1]), summaryVersion: "bench", summarize: Workspace.summarize)
    let pair = Participants(sales: args[3], marketing: args[4])
    func time(_ body: () throws -> Void) rethrows -> String {
        var xs: [Double] = []
        for _ in 0..<reps {
            let t0 = nowNs()
            try body()
            xs.append(Double(nowNs() - t0) / 1e6)
        }
        return ms(xs.sorted()[xs.count / 2])
    }
    let report = CommitmentReport(filter: .all, today: "2026-11-30")
    var sink = 0
    try report.write(store: store, format: .table, highlight: nil) { sink += $0.utf8.count }  // warms the cache
    _ = RecapIndex(store: store, participants: pair, recap: true)  // builds the pair's file
    var line = ""
    for (name, json) in [("table", false), ("json", true)] {
        let index = try time { try report.write(store: store, format: json ? .json : .table, highlight: nil) { sink += $0.utf8.count } }
        let plain = try time {
            try report.write(store: store, format: json ? .json : .table, highlight: nil, plain: true) { sink += $0.utf8.count }
        }
        line += "\(name)_index_ms=\(index) \(name)_ledger_ms=\(plain) "
    }
    let recapIndex = time { sink += RecapIndex(store: store, participants: pair, recap: true).openCommitments.count }
    let recapPlain = try time { sink += try CommitmentScan(store: store).ledger().open(for: pair).count }
    print(line + "recap_index_ms=\(recapIndex) recap_ledger_ms=\(recapPlain) bytes=\(sink)")

case "append-latency":
    guard args.count == 4, let events = Int(args[2]), let answers = Int(args[3]) else { fail("append-latency DIR EVENTS ANSWERS") }
    let dir = URL(fileURLWithPath: args[1])
    try StoreGenerator.generate(into: dir, sessions: 1, eventsPerSession: events, seed: 8)
    let store = TranscriptStore(directory: dir)
    guard let id = try store.ids().first else { fail("no session generated") }
    let url = try store.url(for: id)
    // The generator ends every session with .completed or .paused: cut that last line so the
    // session is open in its first (goal) step, as a long live session would be.
    var file = try TranscriptReader.read(url: url)
    let bytes = try Data(contentsOf: url)
    let cut = bytes.dropLast().lastIndex(of: 0x0A)! + 1
    guard truncate(url.path, off_t(cut)) == 0 else { fail("truncate failed") }
    file.records.removeLast()
    let writer = try TranscriptWriter.open(existing: url)
    defer { writer.close() }
    final class Box { var runner: SessionRunner? }
    let box = Box()
    /// Times the sink's append (encode + one write + fsync), so the rest can be reported apart.
    final class TimedSink: EventSink {
        let inner: TranscriptWriter
        var spentNs: UInt64 = 0
        init(_ inner: TranscriptWriter) { self.inner = inner }
        func append(_ records: [EventRecord]) throws {
            let t0 = nowNs()
            try inner.append(records)
            spentNs += nowNs() - t0
        }
        func withdrawLast() throws { try inner.withdrawLast() }
    }
    let sink = TimedSink(writer)
    var rest: [Double] = []
    var samples: [Double] = []
    var lastReturn: UInt64 = 0
    var lastCount = 0
    var given = 0
    let warmup = 5
    let who = file.header.participants
    let runner = SessionRunner(
        header: file.header, records: file.records, engine: Workspace.engine, sink: sink,
        read: { _ in
            let entered = nowNs()
            let r = box.runner!
            if lastReturn != 0, r.records.count > lastCount, given > warmup {
                samples.append(Double(entered - lastReturn) / 1e6)
                rest.append(Double(entered - lastReturn - sink.spentNs) / 1e6)
            }
            sink.spentNs = 0
            guard given < answers + warmup else { return .endOfInput }
            given += 1
            let line: String
            switch r.state.pending {
            case .answer:
                line =
                    given % 2 == 0
                    ? "Raise SQL-to-win rate from 20% to 25% by 2026-06-30, owner \(who.sales)"
                    : "Send contact names weekly, owner \(who.marketing), due 2026-05-15"
            case .field(_, let field, _):
                switch field {
                case "owner": line = who.sales
                case "due", "date": line = "2026-06-30"
                default: line = "25%"
                }
            case .agreement: line = "yes"
            case .coachChoice: line = "keep"
            default: return .endOfInput
            }
            lastCount = r.records.count
            lastReturn = nowNs()
            return .line(line)
        },
        show: { _ in })
    box.runner = runner
    _ = try runner.run()
    samples.sort()
    guard !samples.isEmpty else { fail("no answer was stored") }
    rest.sort()
    print(
        "events=\(file.records.count) answers=\(samples.count) p50_ms=\(ms(percentile(samples, 50))) p99_ms=\(ms(percentile(samples, 99))) max_ms=\(ms(samples.last!)) without_append_p50_ms=\(ms(percentile(rest, 50))) without_append_p99_ms=\(ms(percentile(rest, 99)))"
    )

case "replay":
    guard args.count == 3, let reps = Int(args[2]) else { fail("replay FILE REPS") }
    let url = URL(fileURLWithPath: args[1])
    var read: [Double] = []
    var replay: [Double] = []
    var events = 0
    for _ in 0..<reps {
        let t0 = nowNs()
        let file = try TranscriptReader.read(url: url)
        let t1 = nowNs()
        let state = SessionState.replay(header: file.header, records: file.records)
        let t2 = nowNs()
        events = state.eventCount
        read.append(Double(t1 - t0) / 1e6)
        replay.append(Double(t2 - t1) / 1e6)
    }
    read.sort()
    replay.sort()
    print("events=\(events) read_decode_ms=\(ms(percentile(read, 50))) replay_ms=\(ms(percentile(replay, 50)))")

case "coach":
    // The coach alone on the statement of `answers` (median µs of REPS checks, after 50 unmeasured),
    // to split an answer's cost between the coach and the rest.
    guard args.count == 3, let reps = Int(args[1]), let size = Int(args[2]), reps >= 1 else { fail("coach REPS SIZE") }
    let text = "Went well 1: " + answerFiller(size)
    let coach = BlameCoach()
    var samples: [Double] = []
    var flagged = 0
    for k in 0..<(reps + 50) {
        let t0 = nowNs()
        if coach.check(text, speaker: .sales) != nil { flagged += 1 }
        if k >= 50 { samples.append(Double(nowNs() - t0) / 1e3) }
    }
    samples.sort()
    print(
        "checks=\(samples.count) flagged=\(flagged) p50_us=\(String(format: "%.1f", percentile(samples, 50))) min_us=\(String(format: "%.1f", samples[0]))"
    )

case "fsync-latency":
    // The floor under "answer made durable": append one ~150-byte line and fsync, nothing else.
    guard args.count == 3, let n = Int(args[2]) else { fail("fsync-latency DIR N") }
    try FileManager.default.createDirectory(atPath: args[1], withIntermediateDirectories: true)
    let path = args[1] + "/fsync.jsonl"
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard fd >= 0 else { fail("cannot open \(path)") }
    let line = Array(String(repeating: "x", count: 149).utf8) + [0x0A]
    var samples: [Double] = []
    for k in 0..<(n + 5) {
        let t0 = nowNs()
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fsync(fd)
        if k >= 5 { samples.append(Double(nowNs() - t0) / 1e6) }
    }
    close(fd)
    samples.sort()
    print("writes=\(samples.count) p50_ms=\(ms(percentile(samples, 50))) p99_ms=\(ms(percentile(samples, 99))) max_ms=\(ms(samples.last!))")

case "interleave":
    // hyperfine runs one command's runs, then the next's: on a shared machine the speed drifts over
    // a few seconds (medians of 200 runs of the same binary moved by 1.3x between blocks), so a
    // ratio of two blocks measures the drift. Here every round runs each command once, in
    // alternating order, started with posix_spawn (stdout to /dev/null, as hyperfine -N) and
    // timed from spawn to exit. Prints "median mean min" (ms) per command, like `stat`.
    guard args.count >= 4, let runs = Int(args[1]), runs > 0, args[2] == "--" else {
        fail("interleave RUNS -- CMD ARG... [-- CMD ARG...]...")
    }
    let commands = args.dropFirst(3).split(separator: "--", omittingEmptySubsequences: false).map(Array.init)
    guard commands.allSatisfy({ !$0.isEmpty }) else { fail("interleave: an empty command") }
    // Each command's spawn (argv, stdout to /dev/null) is prepared once, outside the timed rounds.
    let argvs: [[UnsafeMutablePointer<CChar>?]] = commands.map { $0.map { strdup($0) } + [nil] }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer {
        posix_spawn_file_actions_destroy(&actions)
        argvs.joined().forEach { free($0) }
    }
    var samples = [[Double]](repeating: [], count: commands.count)
    let warmup = 10
    for round in 0..<(warmup + runs) {
        let order = round % 2 == 0 ? Array(commands.indices) : commands.indices.reversed()
        for k in order {
            var pid: pid_t = 0
            let t0 = nowNs()
            let rc = posix_spawn(&pid, commands[k][0], &actions, nil, argvs[k], environ)
            guard rc == 0 else { fail("cannot run \(commands[k][0]): \(String(cString: strerror(rc)))") }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let elapsed = Double(nowNs() - t0) / 1e6
            guard status == 0 else { fail("\(commands[k].joined(separator: " ")) exited with status \(status)") }
            if round >= warmup { samples[k].append(elapsed) }
        }
    }
    for s in samples.map({ $0.sorted() }) {
        print("\(ms(percentile(s, 50))) \(ms(s.reduce(0, +) / Double(s.count))) \(ms(s[0]))")
    }

case "stat":
    // Median and mean (ms) of each command in a hyperfine --export-json file, one line each.
    guard args.count == 2 else { fail("stat HYPERFINE_JSON") }
    let data = try Data(contentsOf: URL(fileURLWithPath: args[1]))
    guard let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let results = doc["results"] as? [[String: Any]]
    else { fail("not a hyperfine export") }
    for r in results {
        let median = (r["median"] as? Double ?? .nan) * 1000
        let mean = (r["mean"] as? Double ?? .nan) * 1000
        let minimum = (r["min"] as? Double ?? .nan) * 1000
        print("\(ms(median)) \(ms(mean)) \(ms(minimum))")
    }

default:
    fail("unknown command \(command)")
}
