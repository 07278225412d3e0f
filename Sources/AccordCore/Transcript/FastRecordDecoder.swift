/// A fast path for decoding one transcript record line, ~10× cheaper than `JSONDecoder` with the
/// synthesized `Codable` of `Event` (which dominated resuming a 10,000-event session).
///
/// It is a small, strict JSON parser plus a hand-written mapping that mirrors the synthesized
/// decoding of `EventRecord` and `Event` (keys by label, unknown keys ignored, an absent or `null`
/// optional is nil). It only ever *accepts* input it understands completely; anything else —
/// invalid UTF-8, duplicate keys, non-integer numbers, unknown event names, deep nesting, a
/// `recap` event — returns nil and `EventLineCodec` falls back to `JSONDecoder`, so what is
/// accepted, rejected and the resulting values are unchanged.
enum FastRecordDecoder {
    static func decode(_ bytes: UnsafeRawBufferPointer) -> EventRecord? { decodeFramed(bytes)?.record }

    /// The record and the line's `group` framing key (nil when absent or `null`).
    static func decodeFramed(_ bytes: UnsafeRawBufferPointer) -> (record: EventRecord, group: Int?)? {
        var p = Parser(bytes: bytes)
        guard let value = p.value(depth: 0) else { return nil }
        p.skipSpace()
        guard p.i == bytes.count, case .object(let top) = value else { return nil }
        guard let seq = int(top, "seq"), let at = string(top, "at"), let batch = int(top, "batch"),
            let ev = field(top, "event"), let event = event(ev)
        else { return nil }
        let group: Int?
        switch field(top, "group") {
        case nil, .null?: group = nil
        case .int(let n)?: group = n
        default: return nil
        }
        return (EventRecord(seq: seq, at: at, batch: batch, event: event), group)
    }

    // MARK: mapping (mirrors the synthesized Codable)

    private static func event(_ value: JSON) -> Event? {
        guard case .object(let outer) = value, outer.count == 1, case .object(let p) = outer[0].1 else { return nil }
        switch outer[0].0 {
        case "stepStarted":
            guard let index = int(p, "index") else { return nil }
            return .stepStarted(index: index)
        case "answer":
            guard let speaker = role(p, "speaker"), let text = string(p, "text") else { return nil }
            return .answer(speaker: speaker, text: text)
        case "itemProposed":
            guard let id = string(p, "id"), let k = string(p, "kind"), let kind = Capture(rawValue: k),
                let by = role(p, "by"), let text = string(p, "text"),
                case .object(let f)? = field(p, "fields")
            else { return nil }
            var fields: [String: String] = [:]
            for (key, v) in f {
                guard case .string(let s) = v else { return nil }
                fields[key] = s
            }
            return .itemProposed(id: id, kind: kind, by: by, text: text, fields: fields)
        case "itemEdited":
            guard let id = string(p, "item"), let text = string(p, "text"),
                case .object(let f)? = field(p, "fields")
            else { return nil }
            var fields: [String: String] = [:]
            for (key, v) in f {
                guard case .string(let s) = v else { return nil }
                fields[key] = s
            }
            return .itemEdited(item: id, text: text, fields: fields)
        case "today":
            guard let date = string(p, "date") else { return nil }
            return .today(date: date)
        case "fieldSet":
            guard let item = string(p, "item"), let name = string(p, "field"), let v = string(p, "value") else { return nil }
            return .fieldSet(item: item, field: name, value: v)
        case "agreed":
            guard let item = string(p, "item"), let by = role(p, "by") else { return nil }
            return .agreed(item: item, by: by)
        case "declined":
            guard let item = string(p, "item"), let by = role(p, "by"), let reason = string(p, "reason") else { return nil }
            return .declined(item: item, by: by, reason: reason)
        case "parked":
            guard let item = optionalString(p, "item"), let by = role(p, "by"), let text = string(p, "text") else { return nil }
            return .parked(item: item, by: by, text: text)
        case "refused":
            guard let speaker = role(p, "speaker"), let message = string(p, "message") else { return nil }
            return .refused(speaker: speaker, message: message)
        case "followUp":
            guard let speaker = role(p, "speaker"), let question = string(p, "question") else { return nil }
            return .followUp(speaker: speaker, question: question)
        case "note":
            guard let by = role(p, "by"), let text = string(p, "text") else { return nil }
            return .note(by: by, text: text)
        case "handover":
            guard let to = role(p, "to") else { return nil }
            return .handover(to: to)
        case "turnEnded":
            guard let speaker = role(p, "speaker") else { return nil }
            return .turnEnded(speaker: speaker)
        case "skipped":
            guard let index = int(p, "index") else { return nil }
            return .skipped(index: index)
        case "coachFlag":
            guard let speaker = role(p, "speaker"), let original = string(p, "original"),
                let reason = string(p, "reason"), let suggestion = string(p, "suggestion")
            else { return nil }
            return .coachFlag(speaker: speaker, original: original, reason: reason, suggestion: suggestion)
        case "coachChoice":
            guard let speaker = role(p, "speaker"), let choice = string(p, "choice").flatMap(CoachChoice.init(rawValue:)) else {
                return nil
            }
            return .coachChoice(speaker: speaker, choice: choice)
        case "commitmentUpdated":
            guard let ref = string(p, "ref"), let status = string(p, "status").flatMap(ReviewStatus.init(rawValue:)),
                let note = string(p, "note"),
                let due = optionalString(p, "due")
            else { return nil }
            return .commitmentUpdated(ref: ref, status: status, note: note, due: due)
        case "paused":
            guard let reason = string(p, "reason") else { return nil }
            return .paused(reason: reason)
        case "undo": return p.isEmpty ? .undo : nil
        case "resumed": return p.isEmpty ? .resumed : nil
        case "completed": return p.isEmpty ? .completed : nil
        default:
            return nil  // recap and anything unknown: JSONDecoder decides
        }
    }

    private static func field(_ object: [(String, JSON)], _ key: String) -> JSON? {
        for (k, v) in object where k == key { return v }
        return nil
    }

    private static func string(_ o: [(String, JSON)], _ key: String) -> String? {
        guard case .string(let s)? = field(o, key) else { return nil }
        return s
    }

    private static func int(_ o: [(String, JSON)], _ key: String) -> Int? {
        guard case .int(let n)? = field(o, key) else { return nil }
        return n
    }

    private static func role(_ o: [(String, JSON)], _ key: String) -> Role? {
        string(o, key).flatMap(Role.init(rawValue:))
    }

    /// `.some(nil)` when absent or null, `.some(s)` for a string, nil (not decodable here) otherwise.
    private static func optionalString(_ o: [(String, JSON)], _ key: String) -> String?? {
        switch field(o, key) {
        case nil, .null?: return .some(nil)
        case .string(let s)?: return .some(s)
        default: return nil
        }
    }

    // MARK: JSON

    private enum JSON {
        case string(String)
        case int(Int)
        case null
        case bool(Bool)
        case object([(String, JSON)])
        case array([JSON])
    }

    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count {
                let b = bytes[i]
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
                i += 1
            }
        }

        mutating func value(depth: Int) -> JSON? {
            guard depth < 8 else { return nil }
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(JSON.string)
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer().map(JSON.int)
            default: return nil
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// `-?(0|[1-9][0-9]*)` within 18 digits; a fraction or exponent is left to JSONDecoder.
        mutating func integer() -> Int? {
            var negative = false
            if bytes[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            let start = i
            var n = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                // Accumulate at most 18 digits: a longer number (≥ 2^63 included) must not trap.
                if i - start < 18 { n = n * 10 + Int(bytes[i] - 0x30) }
                i += 1
            }
            let digits = i - start
            guard digits > 0, digits <= 18, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                return nil
            }
            return negative ? -n : n
        }

        mutating func string() -> String? {
            i += 1  // opening quote
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = validated(UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { break }
                i += 1
            }
            // Escapes: decode into a buffer.
            var out = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return out.withUnsafeBytes { validated($0) }
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let high = hex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800..<0xDC00).contains(high) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        scalar = Unicode.Scalar(high)  // nil for a lone low surrogate
                    }
                    guard let s = scalar else { return nil }
                    out.append(contentsOf: UTF8.encode(s)!)
                default:
                    return nil
                }
            }
            return nil
        }

        /// The string of well-formed UTF-8 `bytes`, nil otherwise. (`String(validating:as:)` is
        /// generic and unspecialised here: it instantiated metadata on every call and was half the
        /// decoder's time.) `String(decoding:)` repairs bad bytes with U+FFFD, so the bytes are valid
        /// exactly when decoding gives them back unchanged.
        func validated(_ bytes: UnsafeRawBufferPointer) -> String? {
            let s = String(decoding: bytes, as: UTF8.self)
            if bytes.allSatisfy({ $0 < 0x80 }) { return s }
            return s.utf8.elementsEqual(bytes) ? s : nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }

        mutating func object(depth: Int) -> JSON? {
            i += 1
            var members: [(String, JSON)] = []
            members.reserveCapacity(6)
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                guard !members.contains(where: { $0.0 == key }) else { return nil }  // duplicates: JSONDecoder decides
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(members)
                }
                return nil
            }
        }

        mutating func array(depth: Int) -> JSON? {
            i += 1
            var elements: [JSON] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(elements)
            }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                elements.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(elements)
                }
                return nil
            }
        }
    }
}
