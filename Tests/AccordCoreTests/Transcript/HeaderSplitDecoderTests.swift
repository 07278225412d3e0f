import AccordBenchSupport
import Foundation
import Testing

@testable import AccordCore

/// `HeaderSplitDecoder` (the playbook decoded once per distinct bytes) against the plain decode of the
/// whole line with `JSONDecoder`: the same value for every header, and never a value where the plain
/// decode fails, on canonical and on damaged lines.
@Suite struct HeaderSplitDecoderTests {
    static func plain(_ line: [UInt8]) -> HeaderLine? {
        try? JSONDecoder().decode(HeaderLine.self, from: Data(line))
    }

    static func fast(_ decoder: HeaderSplitDecoder, _ line: [UInt8]) -> HeaderLine? {
        line.withUnsafeBytes { decoder.decode($0) }
    }

    /// Header lines of every built-in playbook and a small one, with and without titles (escaped,
    /// non-ASCII, control characters), in pairs and solo.
    static func headerLines() throws -> [[UInt8]] {
        let codec = EventLineCodec()
        let playbooks = BuiltinPlaybooks.parseAll().playbooks + [Fixture.playbook]
        #expect(playbooks.count >= 5)
        var lines: [[UInt8]] = []
        for (n, playbook) in playbooks.enumerated() {
            for title in [nil, "Q3 plan", "tab\t \"quoted\" a/b \\ é 😀 \u{1B}[31m", ""] {
                var people = Participants(sales: "Dana \(n)", marketing: "Lee \"L\"")
                people.solo = title == ""
                let header = SessionHeader(
                    id: "20261122-10000\(n)-k3m9qa", playbook: playbook, participants: people, title: title,
                    started: "2026-11-22T10:00:0\(n)Z")
                lines.append(Array(try codec.encodeHeader(header)))
            }
        }
        return lines
    }

    @Test func sameHeaderAsThePlainDecodeWithThePlaybookReused() throws {
        let decoder = HeaderSplitDecoder()  // one decoder for all: the playbooks are reused
        let lines = try Self.headerLines()
        for line in lines + lines.reversed() {
            let expected = try #require(Self.plain(line))
            #expect(Self.fast(decoder, line) == expected)
        }
        // Through the codec too (fast path first, the plain decode for anything else).
        let codec = EventLineCodec()
        for line in lines {
            #expect(try codec.decodeHeader(Data(line)) == Self.plain(line)?.header)
        }
    }

    @Test func nonCanonicalLinesGoToThePlainDecode() throws {
        let line = try #require(try Self.headerLines().first)
        let text = String(decoding: line, as: UTF8.self)
        let decoder = HeaderSplitDecoder()
        // Valid JSON the split does not take: whitespace, an escaped key, a duplicate `steps`.
        let spaced = text.replacingOccurrences(of: #","header":{"#, with: #", "header": {"#)
        let escapedKey = text.replacingOccurrences(of: #""steps":"#, with: #""st\u0065ps":"#)
        let twice = text.replacingOccurrences(of: #""steps":"#, with: #""steps":{"id":"x","purpose":"","steps":[],"title":""},"steps":"#)
        for variant in [spaced, escapedKey, twice] {
            #expect(Self.fast(decoder, Array(variant.utf8)) == nil, "\(variant.prefix(60))")
            #expect(try EventLineCodec().decodeHeader(Data(variant.utf8)) == Self.plain(Array(variant.utf8))?.header)
        }
        #expect(Self.plain(Array(spaced.utf8)) != nil)
    }

    @Test func damagedLinesAreNeverAcceptedWhereThePlainDecodeFails() throws {
        let lines = try Self.headerLines()
        var rng = SplitMix64(seed: 16)
        let interesting: [UInt8] = Array(#"{}[]":,\ 0a-"#.utf8) + [0x00, 0xFF, 0xC3, 0x0A]
        var accepted = 0
        var rejected = 0
        let decoder = HeaderSplitDecoder()
        let codec = EventLineCodec()
        for _ in 0..<3_000 {
            var m = lines[Int(rng.next() % UInt64(lines.count))]
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let at = Int(rng.next() % UInt64(m.count))
                switch rng.next() % 4 {
                case 0: m[at] = interesting[Int(rng.next() % UInt64(interesting.count))]
                case 1: m.remove(at: at)
                case 2: m.insert(interesting[Int(rng.next() % UInt64(interesting.count))], at: at)
                default: m.removeSubrange(at..<min(m.count, at + Int(rng.next() % 40)))
                }
                if m.isEmpty { m = [0x7B] }
            }
            let expected = Self.plain(m)
            if let got = Self.fast(decoder, m) {
                #expect(got == expected, "\(String(decoding: m, as: UTF8.self))")
                accepted += 1
            } else {
                rejected += 1
            }
            // The codec (fast path, else JSONDecoder) accepts exactly what the plain decode accepts.
            let plainHeader = expected.flatMap { (1...TranscriptFormat.version).contains($0.accord) ? $0.header : nil }
            #expect((try? codec.decodeHeader(Data(m))) == plainHeader)
        }
        // Both kinds happened: mutations that keep a valid header, and damage.
        #expect(accepted > 100 && rejected > 100)
    }
}
