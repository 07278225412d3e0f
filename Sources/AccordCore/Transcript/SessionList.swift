/// Every session of a store, as `TranscriptStore.listing()` returns it: the list cache's lines (one
/// per session, sorted by id), each decoded into a `SessionSummary` only while it is visited.
///
/// At 50,000 sessions an array of summaries is about 20 MB and was copied three times on the way to
/// `accord list`; these lines are 7 MB and are never copied. `TranscriptStore.list()` is this,
/// collected into an array.
public struct SessionList: Sendable {
    /// The cache file's bytes; entry lines from `start`, each ending with a newline (validated).
    let bytes: [UInt8]
    let start: Int
    /// The number of sessions.
    public let count: Int

    /// No session at all.
    public var isEmpty: Bool { count == 0 }

    /// Visits every session's summary, in id order.
    public func forEach(_ body: (SessionSummary) throws -> Void) rethrows {
        try forEachEntry { try body($0.summary) }
    }

    /// Visits every session's summary with the file stamp it was made from, in id order.
    func forEachEntry(_ body: (SessionCache.Entry) throws -> Void) rethrows {
        var from = start
        var i = start
        let end = bytes.count
        while i < end {
            if bytes[i] == 0x0A {
                // Every line was checked when the list was made; a line that did not decode is not here.
                if let entry = SessionCache.entry(bytes[from..<i]) { try body(entry) }
                from = i + 1
            }
            i += 1
        }
    }
}
