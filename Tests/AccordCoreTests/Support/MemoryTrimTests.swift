import Foundation
import Testing

@testable import AccordCore

@Suite struct MemoryTrimTests {
    @Test func freedMemoryCanBeHandedBack() {
        // Memory freed by another thread is what it is for (a worker's arena).
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var blocks: [[UInt8]] = []
            for i in 0..<2_000 { blocks.append([UInt8](repeating: UInt8(truncatingIfNeeded: i), count: 4_000)) }
            #expect(blocks.count == 2_000)
            blocks.removeAll()
            done.signal()
        }
        done.wait()
        #if os(Linux)
            #expect(MemoryTrim.release())  // glibc's malloc_trim is found
        #else
            MemoryTrim.release()
        #endif
    }
}
