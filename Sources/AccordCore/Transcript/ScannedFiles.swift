#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The transcripts of a store as one `readdir` saw them (`TranscriptStore.scan()`): each file's id
/// and stamp (inode, size, mtime), sorted by id.
///
/// The ids are kept in one byte buffer, not a `String` each: a session id (22 bytes) is too long
/// for a small string, so at 50,000 sessions an array of `String`s was 50,000 heap blocks and about
/// 6 MB with the array; this is about 2.5 MB. Ids are plain ASCII (`SessionID.isSafe`), so their
/// byte order is their `String` order. An element is made as a `ScannedFile` (with its `String`) only
/// when read; `position(of:)` searches by bytes.
struct ScannedFiles: RandomAccessCollection {
    private var idBytes: [UInt8] = []
    private var idEnds: [Int32] = []  // end of each id in `idBytes`
    private var stamps: [SessionCache.Stamp] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { stamps.count }

    subscript(i: Int) -> TranscriptStore.ScannedFile {
        TranscriptStore.ScannedFile(id: id(i), stamp: stamps[i])
    }

    /// The id of file `i`.
    func id(_ i: Int) -> String { String(decoding: idBytes[idRange(i)], as: UTF8.self) }

    /// The stamp of file `i`.
    func stamp(_ i: Int) -> SessionCache.Stamp { stamps[i] }

    /// The bytes of file `i`'s id.
    func idSlice(_ i: Int) -> ArraySlice<UInt8> { idBytes[idRange(i)] }

    private func idRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(idEnds[i - 1]))..<Int(idEnds[i]) }

    /// The sum of the files' sizes.
    var totalSize: Int64 { stamps.reduce(0) { $0 + $1.size } }

    /// The position of the file whose id is `id` (bytes), by binary search (`memcmp`); nil when none.
    func position<C: Collection<UInt8>>(of id: C) -> Int? {
        let key = Array(id)
        return key.withUnsafeBufferPointer { k in
            idBytes.withUnsafeBufferPointer { b in
                // <0, 0, >0 as file `i`'s id sorts before, as, or after `key`.
                func compare(_ i: Int) -> Int {
                    let r = idRange(i)
                    let n = Swift.min(r.count, k.count)
                    let c = n == 0 ? 0 : Int(memcmp(b.baseAddress! + r.lowerBound, k.baseAddress!, n))
                    return c != 0 ? c : r.count - k.count
                }
                var lo = 0
                var hi = count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if compare(mid) < 0 { lo = mid + 1 } else { hi = mid }
                }
                return lo < count && compare(lo) == 0 ? lo : nil
            }
        }
    }

    /// The position of the file whose id is `id`; nil when none.
    func position(of id: String) -> Int? { position(of: id.utf8) }

    /// `unsorted` (ids as bytes, with their stamps) sorted by id.
    init(unsorted ids: [UInt8], ends: [Int32], stamps unsortedStamps: [SessionCache.Stamp]) {
        func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }
        var order = Array(0..<unsortedStamps.count)
        ids.withUnsafeBufferPointer { b in
            order.sort { x, y in
                let rx = range(x)
                let ry = range(y)
                let n = Swift.min(rx.count, ry.count)
                let c = n == 0 ? 0 : memcmp(b.baseAddress! + rx.lowerBound, b.baseAddress! + ry.lowerBound, n)
                return c != 0 ? c < 0 : rx.count < ry.count
            }
        }
        idBytes.reserveCapacity(ids.count)
        idEnds.reserveCapacity(order.count)
        stamps.reserveCapacity(order.count)
        for i in order {
            idBytes.append(contentsOf: ids[range(i)])
            idEnds.append(Int32(idBytes.count))
            stamps.append(unsortedStamps[i])
        }
    }
}
