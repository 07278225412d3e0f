import Foundation
import Testing

@testable import AccordCore

/// `JSONSyntax.isValid` against its definition, `JSONSerialization` with `.fragmentsAllowed`.
@Suite("JSON syntax")
struct JSONSyntaxTests {
    static func foundation(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
    }

    static func mine(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { JSONSyntax.isValid($0) } }

    static let seeds: [String] = [
        #"{"type":"answer","at":"2026-11-30T15:20:46Z","step":"goals","text":"We said \"yes\" — 12 MQLs\n","n":-12.5e+3}"#,
        #"[1,2.0,-0,0.5,1E5,true,false,null,"\u00e9\ud83d\ude00",{"a":[]},{}]"#, #""x""#, "12", "-0.0e-0", " null ", "[]", "{}",
        #"{"a":{"b":{"c":[[["d"]]]}}}"#,
    ]

    @Test func handPickedCases() {
        let cases = [
            "", " ", "{", "}", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "NaN", "Infinity", "tru", "nul",
            "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud83d\\ude00\"", "\"\\x\"", "\"\t\"", "\"a\" \"b\"", "[1 2]",
            "{\"a\" 1}", "{1:2}", "1e400", "-1e400", "123456789012345678901234567890", "1e-400", "\u{FEFF}1", "[\"\u{7F}\"]",
            String(repeating: "[", count: 511) + String(repeating: "]", count: 511),
            String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
            String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
            String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513),
        ]
        for c in cases + Self.seeds {
            #expect(Self.mine(Array(c.utf8)) == Self.foundation(Array(c.utf8)), "\(c.prefix(80).debugDescription)")
        }
    }

    /// Lines damaged the way files get damaged: bytes dropped, doubled, swapped for JSON's own
    /// characters, cut short.
    @Test func damagedLinesMatchFoundation() {
        let alphabet = Array(#"{}[]:,"\ 0123456789.eE+-tfnulrasx"#.utf8) + [0x09, 0x0A, 0xC3, 0xA9]
        var seed: UInt64 = 99
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        var differing = 0
        for i in 0..<20_000 {
            var bytes = Array(Self.seeds[i % Self.seeds.count].utf8)
            for _ in 0..<(next() % 3 + 1) where !bytes.isEmpty {
                let at = next() % bytes.count
                switch next() % 4 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                case 2: bytes[at] = alphabet[next() % alphabet.count]
                default: bytes.removeLast(bytes.count - at)
                }
            }
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            if Self.mine(bytes) != Self.foundation(bytes) {
                differing += 1
                Issue.record("\(String(decoding: bytes, as: UTF8.self).debugDescription)")
                if differing > 20 { return }
            }
        }
    }
}
