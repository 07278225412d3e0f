import Testing

@testable import AccordCore

/// `CoachWordKey.same` is exactly `String ==` (docs/performance.md, "The coach's speed").
@Suite struct CoachWordKeyTests {
    @Test func sameIsStringEquality() {
        var words = Set(CoachSpeedPathsSupport.statements.flatMap { CoachTokenizer.tokenize($0).texts })
        words.formUnion(["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "é", "e\u{301}", "\u{212A}", "K", "k", ";", "\u{37E}", "*"])
        let list = Array(words).sorted()
        #expect(list.count > 1_000)
        let keys = list.map(CoachWordKey.of)
        // Every word against its neighbours and a spread of others (all pairs would be millions).
        for i in list.indices {
            for j in [i, i + 1, i + 2, (i * 7919) % list.count, (i * 104_729) % list.count] where j < list.count {
                #expect(CoachWordKey.same(keys[i], list[i], keys[j], list[j]) == (list[i] == list[j]), "\(list[i]) / \(list[j])")
            }
        }
        // Canonically equivalent spellings stay equal.
        #expect(CoachWordKey.same(CoachWordKey.of("é"), "é", CoachWordKey.of("e\u{301}"), "e\u{301}"))
        #expect(CoachWordKey.same(CoachWordKey.of(";"), ";", CoachWordKey.of("\u{37E}"), "\u{37E}"))
        #expect(CoachWordKey.of("team") != CoachWordKey.of("teams"))
        #expect(CoachWordKey.of("marketing") != CoachWordKey.of("marketign"))
    }

    @Test func theKeyOfLowerCasedBytesIsTheKeyOfTheLowerCasedWord() {
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for n in 0..<4_000 {
            let length = n % 20
            // Mostly ASCII letters of both cases, sometimes any byte (a non-ASCII byte makes the key `slow`).
            let bytes: [UInt8] = (0..<length).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0
                    ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x41...0x7A, using: &generator)
            }
            let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let key = bytes.withUnsafeBufferPointer { CoachWordKey.of(lowercasing: $0) }
            if bytes.allSatisfy({ $0 < 0x80 }) {
                #expect(key == CoachWordKey.of(String(decoding: lowered, as: UTF8.self)), "\(bytes)")
                checked += 1
            } else {
                #expect(key == CoachWordKey.slow, "\(bytes)")
            }
            // The first byte of a packed key is the word's first byte.
            if let first = CoachWordKey.firstByte(key) { #expect(first == lowered.first, "\(bytes)") }
        }
        #expect(checked > 1_000)
    }

    /// The eight-byte read of a short word is the byte loop, whatever follows the word.
    @Test func theWideReadIsTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        var wide = 0
        for n in 0..<20_000 {
            let length = n % 10
            // Letters of both cases, digits and marks, sometimes any byte; then bytes that are not the word's.
            let bytes: [UInt8] = (0..<(length + 8)).map { _ in
                Int.random(in: 0..<20, using: &generator) == 0
                    ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            bytes.withUnsafeBufferPointer { all in
                let word = UnsafeBufferPointer(rebasing: all[0..<length])
                let loop = CoachWordKey.ofLowercasing(word)
                for readable in [length, 8, all.count] where readable >= length {
                    let read = CoachWordKey.ofLowercasing(word, readable: readable)
                    #expect(read.key == loop.key && read.capital == loop.capital, "\(bytes) \(length) \(readable)")
                }
                if length >= 1 && length <= 7 && word.allSatisfy({ $0 < 0x80 }) { wide += 1 }
            }
        }
        #expect(wide > 10_000)
        // Every A–Z and the bytes around them, alone and among others.
        for b in UInt8(0)...0x7F {
            let bytes: [UInt8] = [b, 0x61, b, 0x5A, 0x41, 0x40, 0x5B, 0xFF]
            for length in 1...7 {
                bytes.withUnsafeBufferPointer { all in
                    let word = UnsafeBufferPointer(rebasing: all[0..<length])
                    let read = CoachWordKey.ofLowercasing(word, readable: 8)
                    let loop = CoachWordKey.ofLowercasing(word)
                    #expect(read.key == loop.key && read.capital == loop.capital, "\(b) \(length)")
                }
            }
        }
    }
}
