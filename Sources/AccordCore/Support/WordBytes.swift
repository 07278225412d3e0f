/// Constants for reading eight bytes at a time as one `UInt64` ("SIMD within a register"), shared by
/// the coach's word keys (`CoachWordKey.ofLowercasing(_:readable:)`) and the record encoder's escape
/// scan (`FastRecordEncoder`).
enum WordBytes {
    /// 0x01 in every byte: `b &* ones` repeats the byte `b` eight times.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every byte: where a per-byte test leaves its answer.
    static let highs: UInt64 = 0x8080_8080_8080_8080
}
