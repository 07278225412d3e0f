import Testing

@testable import AccordCore

@Suite("Plain line splitting")
struct LineSplitterTests {
    @Test func splitsOnNewlineAndStripsCarriageReturn() {
        var splitter = LineSplitter()
        splitter.append(Array("one\r\ntwo\nthr".utf8))
        #expect(splitter.nextLine() == "one")
        #expect(splitter.nextLine() == "two")
        #expect(splitter.nextLine() == nil)
        splitter.append(Array("ee\n".utf8))
        #expect(splitter.nextLine() == "three")
        #expect(splitter.finish() == nil)
    }

    @Test func lastLineWithoutNewlineIsKept() {
        var splitter = LineSplitter()
        splitter.append(Array("tail".utf8))
        #expect(splitter.nextLine() == nil)
        #expect(splitter.finish() == "tail")
    }

    @Test func invalidUTF8BytesBecomeVisibleEscapes() {
        #expect(LineSplitter.decode([0x61, 0xFF, 0x62]) == "a\\xFFb")
        #expect(LineSplitter.decode([0xC3, 0xA9, 0xC3]) == "é\\xC3")
        #expect(LineSplitter.decode([0xED, 0xA0, 0x80]) == "\\xED\\xA0\\x80")  // surrogate
        #expect(LineSplitter.decode([0xC0, 0xAF]) == "\\xC0\\xAF")  // overlong
        #expect(LineSplitter.decode(Array("日本".utf8)) == "日本")
    }

    @Test func linesUpToTheAnswerLimitArriveWhole() {
        var splitter = LineSplitter()
        splitter.append([UInt8](repeating: 0x78, count: AnswerLimit.bytes))
        #expect(splitter.nextLine() == nil)
        splitter.append([0x0A, 0x79, 0x0A])
        #expect(splitter.nextLine()?.utf8.count == AnswerLimit.bytes)
        #expect(splitter.nextLine() == "y")
    }

    @Test func aLongerLineKeepsOnlyOneByteOverTheLimitWhateverItsSize() {
        var splitter = LineSplitter()
        let chunk = [UInt8](repeating: 0x78, count: 65_536)
        for _ in 0..<160 {  // 10 MB without a newline
            splitter.append(chunk)
            #expect(splitter.nextLine() == nil)
            #expect(splitter.pendingByteCount <= AnswerLimit.bytes + 1)
        }
        splitter.append(Array("xx\nnext\ntail".utf8))
        #expect(splitter.nextLine()?.utf8.count == AnswerLimit.bytes + 1)  // refused by the runner
        #expect(splitter.nextLine() == "next")
        #expect(splitter.nextLine() == nil)
        #expect(splitter.finish() == "tail")
    }
}
