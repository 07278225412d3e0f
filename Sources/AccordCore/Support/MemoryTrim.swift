#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory that was freed back to the system (glibc's `malloc_trim`). Freed blocks of a thread's
/// malloc arena stay resident until then: after the cache's blocks were made over all cores, that
/// was about 10 MB of the peak of a cold `commitments` at 50,000 sessions.
enum MemoryTrim {
    /// `malloc_trim`, looked up once at run time (its header is not part of Swift's Glibc module);
    /// nil where there is none.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()

    /// Returns the free pages of every arena to the system (a few milliseconds); true when it could.
    @discardableResult
    static func release() -> Bool {
        guard let trim else { return false }
        _ = trim(0)
        return true
    }
}
