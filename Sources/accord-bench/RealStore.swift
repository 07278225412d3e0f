// Realistic stores for bench/run: sessions run through the real engine (coach included), then
// replicated with new ids and new names.
import AccordBenchSupport
import AccordCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Generates a store of `sessions` transcripts. A base of real sessions is run in-process through
/// `SessionRunner` with the engine `accord start` uses, fed the answer scripts of
/// `transcripts/examples/` (goals, roles, retro, review, solo prep) for several pairs and several
/// quarters; the review walks the open commitments of the pair from the real ledger, so there are
/// status changes, slips and drops, and some sessions stop half way (paused). The base is then copied
/// with new ids (ids in a copy are remapped, refs included) and new names (each copy has its own
/// pairs), so a pair's history stays the size of a real one while the store grows.
enum RealStore {
    static let sales = ["Dana", "Priya", "Jonas", "Aiko", "Mateo", "Sofia", "Kwame", "Ingrid", "Tariq", "Beatriz"]
    static let marketing = ["Lee", "Omar", "Zoe", "Ravi", "Nadia", "Hugo", "Mei", "Felix", "Amara", "Lukas"]
    static let cycle = ["goals", "roles", "retro", "review", "prep"]

    struct Base {
        var id: String
        var start: Date
        var lines: [UInt8]  // the whole file
        var pair: Int
    }

    /// The sales and marketing names of pair `p` in copy `r` (copy 0 is the base).
    static func names(pair p: Int, copy r: Int) -> (String, String) {
        r == 0 ? (sales[p], marketing[p]) : ("\(sales[p]) \(r)", "\(marketing[p]) \(r)")
    }

    static func generate(into dir: URL, sessions: Int, examples: URL, pairs: Int = 10, quarters: Int = 6, seed: UInt64) throws {
        let store = TranscriptStore(directory: dir)
        try store.prepare()
        let base = try makeBase(examples: examples, pairs: pairs, quarters: quarters, seed: seed)
        let span = (base.map(\.start).max()!.timeIntervalSince(base.map(\.start).min()!)) + 86_400
        let copies = (sessions + base.count - 1) / base.count
        let failure = FirstError()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var r = w
            while r < copies && !failure.isSet {
                var rng = SplitMix64(seed: seed &+ UInt64(r) &* 7919)
                var ids: [String: String] = [:]
                for b in base {
                    ids[b.id] = r == 0 ? b.id : SessionID.make(now: b.start.addingTimeInterval(Double(r) * span), random: &rng)
                }
                for (k, b) in base.enumerated() where r * base.count + k < sessions {
                    var bytes = remapIDs(b.lines, ids)
                    if r > 0 {
                        bytes = replace(bytes, "\"\(sales[b.pair])", "\"\(names(pair: b.pair, copy: r).0)")
                        bytes = replace(bytes, " \(sales[b.pair])", " \(names(pair: b.pair, copy: r).0)")
                        bytes = replace(bytes, "\"\(marketing[b.pair])", "\"\(names(pair: b.pair, copy: r).1)")
                        bytes = replace(bytes, " \(marketing[b.pair])", " \(names(pair: b.pair, copy: r).1)")
                    }
                    do { try write(bytes, to: dir.appendingPathComponent(ids[b.id]! + ".jsonl").path) } catch { failure.set(error) }
                }
                r += workers
            }
        }
        if let error = failure.error { throw error }
    }

    /// The real sessions: for each quarter, each pair runs goals, roles, retro, review and a solo prep.
    static func makeBase(examples: URL, pairs: Int, quarters: Int, seed: UInt64) throws -> [Base] {
        var scripts: [String: [String]] = [:]
        for name in cycle {
            let text = try String(contentsOf: examples.appendingPathComponent("\(name).txt"), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            scripts[name] = lines
        }
        let (playbooks, _) = BuiltinPlaybooks.parseAll()
        var ledger = CommitmentLedger()
        var rng = SplitMix64(seed: seed)
        var out: [Base] = []
        let codec = EventLineCodec()
        var clock = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
        for q in 0..<quarters {
            for (k, name) in cycle.enumerated() {
                for p in 0..<pairs {
                    clock = clock.addingTimeInterval(3_600 + Double(rng.next() % 600))
                    let start = clock
                    guard let playbook = playbooks.first(where: { $0.id == name }) else { throw CocoaError(.fileReadUnknown) }
                    let (s, m) = (sales[p], marketing[p])
                    let who = name == "prep" ? Participants(solo: s) : Participants(sales: s, marketing: m)
                    let id = SessionID.make(now: start, random: &rng)
                    let header = SessionHeader(
                        id: id, playbook: playbook, participants: who,
                        title: k == 0 ? "Q\(q % 4 + 1) goals" : nil, started: stamp(start))
                    var script = scripts[name]!.map {
                        $0.replacingOccurrences(of: "Dana", with: s).replacingOccurrences(of: "Lee", with: m)
                    }
                    // About one session in twelve stops half way (paused).
                    if rng.next() % 12 == 0 { script = Array(script.prefix(script.count / 2)) }
                    var next = 0
                    var tick = start
                    let sink = MemorySink()
                    let runner = SessionRunner(
                        header: header, records: [], engine: Workspace.engine, sink: sink,
                        read: { _ in
                            guard next < script.count else { return .endOfInput }
                            next += 1
                            return .line(script[next - 1])
                        },
                        show: { _ in },
                        now: {
                            tick = tick.addingTimeInterval(40)
                            return stamp(tick)
                        })
                    let recap = playbook.opensWithRecap ? ledger.open(for: who).map(\.recapItem) : []
                    _ = try runner.run(openCommitments: recap)
                    var state = runner.state
                    state.id = id
                    ledger.add(state)
                    clock = tick
                    var bytes = [UInt8](try codec.encodeHeader(header))
                    bytes.append(0x0A)
                    bytes += [UInt8](try codec.encodeLines(sink.records))
                    out.append(Base(id: id, start: start, lines: bytes, pair: p))
                }
            }
        }
        return out
    }

    static func stamp(_ d: Date) -> String {
        var t = time_t(d.timeIntervalSince1970.rounded(.down))
        var p = tm()
        gmtime_r(&t, &p)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday, p.tm_hour, p.tm_min, p.tm_sec)
    }

    /// Every session id (`YYYYMMDD-HHMMSS-xxxxxx`) in `bytes` that `ids` maps, replaced.
    static func remapIDs(_ bytes: [UInt8], _ ids: [String: String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        func digit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        while i < bytes.count {
            if i + 22 <= bytes.count, (0..<8).allSatisfy({ digit(i + $0) }), bytes[i + 8] == 0x2D,
                (9..<15).allSatisfy({ digit(i + $0) }), bytes[i + 15] == 0x2D,
                let new = ids[String(decoding: bytes[i..<(i + 22)], as: UTF8.self)]
            {
                out += Array(new.utf8)
                i += 22
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    static func replace(_ bytes: [UInt8], _ what: String, _ with: String) -> [UInt8] {
        let w = Array(what.utf8)
        let r = Array(with.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        while i < bytes.count {
            if bytes[i] == w[0], i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) {
                out += r
                i += w.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
            done += n
        }
    }
}
