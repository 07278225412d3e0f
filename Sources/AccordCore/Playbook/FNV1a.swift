/// FNV-1a 64-bit hashing: a small, stable, non-cryptographic digest.
///
/// Used for `Playbook.contentHash` (recorded in transcripts so a resumed session can tell whether its
/// playbook file has changed). Stable across runs and platforms, unlike `Hasher`.
public enum FNV1a {
    /// The FNV-1a 64 offset basis.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a 64 prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The 64-bit FNV-1a hash of some bytes.
    public static func hash64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h = offsetBasis
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* prime
        }
        return h
    }

    /// The 64-bit FNV-1a hash of a string's UTF-8 encoding.
    public static func hash64(_ text: String) -> UInt64 { hash64(text.utf8) }

    /// The hash as exactly 16 lowercase hex digits (zero-padded).
    public static func hex(_ text: String) -> String { hex(hash64(text)) }

    /// A 64-bit value as exactly 16 lowercase hex digits (zero-padded).
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
