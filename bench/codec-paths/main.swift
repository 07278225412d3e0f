// bench/codec-paths: each transcript codec speed path against the plain Foundation path (see
// docs/performance.md, "Codec paths"). Compiled with the AccordCore sources into one module by
// bench/codec-paths/run, so it can call the internal paths directly.
import Foundation

@main
enum CodecPathsBench {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }

    /// Best of `reps` runs of `body`, in milliseconds.
    static func best(_ reps: Int = 5, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<reps {
            let t0 = now()
            try body()
            best = min(best, now() - t0)
        }
        return best
    }

    static func main() throws {
        let args = CommandLine.arguments
        if args.count > 2 && args[1] == "first-encode" { return firstEncode(fast: args[2] == "fast") }
        let sizes = args.count > 1 ? args[1...].compactMap { Int($0) } : [10_000, 50_000]
        print("| records | path | speed path (ms) | plain Foundation (ms) | plain / speed |")
        print("| --- | --- | --- | --- | --- |")
        for n in sizes { try measure(records: n) }
    }

    static func measure(records n: Int) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-codec-bench-\(getpid())-\(n)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try StoreGenerator.generate(into: dir, sessions: n / 50, eventsPerSession: 50, seed: 42)
        let store = TranscriptStore(directory: dir)
        let urls = try store.ids().map { try store.url(for: $0) }  // 50 records a session
        var lines: [[UInt8]] = []
        for url in urls {
            let bytes = try Array(Data(contentsOf: url))
            lines += bytes.split(separator: 0x0A).dropFirst().map(Array.init)
        }
        let codec = EventLineCodec()
        let records = try lines.map { try $0.withUnsafeBytes { try codec.decodeLine($0).record } }
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func row(_ path: String, _ fast: Double, _ plain: Double) {
            print(String(format: "| %d | %@ | %.1f | %.1f | %.2f× |", lines.count, path, fast, plain, plain / fast))
        }

        let decodeFast = try best {
            for line in lines {
                _ = try line.withUnsafeBytes { raw in
                    try FastRecordDecoder.decodeFramed(raw) ?? decoder.decode(RecordLine.self, from: Data(raw)).framed
                }
            }
        }
        let decodePlain = try best { for line in lines { _ = try decoder.decode(RecordLine.self, from: Data(line)) } }
        row("decode (FastRecordDecoder)", decodeFast, decodePlain)

        let encodeFast = try best {
            var out: [UInt8] = []
            for r in records where !FastRecordEncoder.append(r, to: &out) { out += try encoder.encode(RecordLine(r, group: nil)) }
        }
        let encodePlain = try best {
            var out: [UInt8] = []
            for r in records { out += try encoder.encode(RecordLine(r, group: nil)) }
        }
        row("encode (FastRecordEncoder)", encodeFast, encodePlain)

    }

    /// The first encode in a fresh process (what `accord start` pays): a header and three records.
    static func firstEncode(fast: Bool) {
        let playbook = BuiltinPlaybooks.parse(fileNamed: "goals.md")!
        let header = SessionHeader(id: "20261122-100000-k3m9qa", playbook: playbook, participants: Participants(sales: "Dana", marketing: "Lee"),
                                   title: nil, started: "2026-11-22T10:00:00Z")
        let records = [EventRecord(seq: 1, at: "2026-11-22T10:00:00Z", batch: 0, event: .stepStarted(index: 0)),
                       EventRecord(seq: 2, at: "2026-11-22T10:00:01Z", batch: 1, event: .answer(speaker: .sales, text: "We want more qualified leads")),
                       EventRecord(seq: 3, at: "2026-11-22T10:00:01Z", batch: 0, event: .paused(reason: "end of input"))]
        let t0 = now()
        var total = 0
        if fast {
            total += FastRecordEncoder.header(HeaderLine(header: header))!.count
            for r in records { var out: [UInt8] = []; _ = FastRecordEncoder.append(r, to: &out); total += out.count }
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            total += (try! encoder.encode(HeaderLine(header: header))).count
            for r in records { total += (try! encoder.encode(r)).count }
        }
        print(String(format: "%.3f", now() - t0), total)
    }
}

extension RecordLine {
    var framed: (record: EventRecord, group: Int?) { (record, group) }
}
