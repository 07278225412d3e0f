// accord-bench: the Swift half of bench/run. Not part of the product.
//
//   accord-bench generate DIR SESSIONS EVENTS SEED   write a synthetic store (StoreGenerator)
//   accord-bench append-latency DIR EVENTS ANSWERS   p50/p99 of one answer made durable, in a
//                                                    session already EVENTS long (real file, fsync)
//   accord-bench replay FILE REPS                    read + decode + replay of one transcript
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

let args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else { fail("usage: generate DIR N EVENTS SEED | append-latency DIR EVENTS ANSWERS | replay FILE REPS | fsync-latency DIR N | stat JSON") }

switch command {
case "generate":
    guard args.count == 5, let n = Int(args[2]), let e = Int(args[3]), let seed = UInt64(args[4]) else { fail("generate DIR SESSIONS EVENTS SEED") }
    try StoreGenerator.generate(into: URL(fileURLWithPath: args[1]), sessions: n, eventsPerSession: e, seed: seed)

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
    }
    let sink = TimedSink(writer)
    var rest: [Double] = []
    var samples: [Double] = []
    var lastReturn: UInt64 = 0
    var lastCount = 0
    var given = 0
    let warmup = 5
    let who = file.header.participants
    let runner = SessionRunner(header: file.header, records: file.records, engine: Workspace.engine, sink: sink,
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
                line = given % 2 == 0 ? "Raise SQL-to-win rate from 20% to 25% by 2026-06-30, owner \(who.sales)"
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
    print("events=\(file.records.count) answers=\(samples.count) p50_ms=\(ms(percentile(samples, 50))) p99_ms=\(ms(percentile(samples, 99))) max_ms=\(ms(samples.last!)) without_append_p50_ms=\(ms(percentile(rest, 50))) without_append_p99_ms=\(ms(percentile(rest, 99)))")

case "replay":
    guard args.count == 3, let reps = Int(args[2]) else { fail("replay FILE REPS") }
    let url = URL(fileURLWithPath: args[1])
    var read: [Double] = [], replay: [Double] = []
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
    read.sort(); replay.sort()
    print("events=\(events) read_decode_ms=\(ms(percentile(read, 50))) replay_ms=\(ms(percentile(replay, 50)))")

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

case "stat":
    // Median and mean (ms) of each command in a hyperfine --export-json file, one line each.
    guard args.count == 2 else { fail("stat HYPERFINE_JSON") }
    let data = try Data(contentsOf: URL(fileURLWithPath: args[1]))
    guard let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any],
          let results = doc["results"] as? [[String: Any]] else { fail("not a hyperfine export") }
    for r in results {
        let median = (r["median"] as? Double ?? .nan) * 1000
        let mean = (r["mean"] as? Double ?? .nan) * 1000
        let minimum = (r["min"] as? Double ?? .nan) * 1000
        print("\(ms(median)) \(ms(mean)) \(ms(minimum))")
    }

default:
    fail("unknown command \(command)")
}
