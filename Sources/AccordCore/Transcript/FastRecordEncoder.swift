#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes a record line exactly as `JSONEncoder` (sorted keys, slashes not escaped) writes it, for
/// the events a session writes most, without `JSONEncoder`. Its first use costs ~6 M instructions
/// (generic metadata and protocol-conformance lookups over a static binary), which was a third of
/// `accord start`. Anything it does not handle — `itemProposed` with fields (a dictionary), `recap`, and any
/// string holding a control character (JSONEncoder's escapes for those are left to it) — returns
/// false, and the caller uses `JSONEncoder`. Tests compare both encoders.
enum FastRecordEncoder {
    /// Appends `s` as a JSON string; false for a control character other than tab, newline and
    /// carriage return (JSONEncoder's escapes for those are left to it).
    static func appendString(_ s: String, to out: inout [UInt8]) -> Bool {
        out.append(0x22)
        // Runs of bytes that need no escape are copied whole (a 5 KB answer byte by byte cost
        // about 0.25 M instructions).
        var s = s
        let done = s.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var run = 0
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time while none of them needs an escape.
                while i + 8 <= bytes.count, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                guard i < bytes.count else { break }
                let b = bytes[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    guard appendEscape(b, to: &out) else { return false }
                    run = i + 1
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return true
        }
        guard done else { return false }
        out.append(0x22)
        return true
    }

    /// Whether one of the eight bytes of `w` may need an escape (a control byte, `"` or `\`): never
    /// false when one does (the zero-byte tests of "Bit Twiddling Hacks", exact for existence).
    @inline(__always)
    private static func mayNeedEscape(_ w: UInt64) -> Bool {
        let (ones, highs) = (WordBytes.ones, WordBytes.highs)
        let control = (w &- 0x20 &* ones) & ~w & highs
        let quote = ((w ^ (0x22 &* ones)) &- ones) & ~(w ^ (0x22 &* ones)) & highs
        let backslash = ((w ^ (0x5C &* ones)) &- ones) & ~(w ^ (0x5C &* ones)) & highs
        return control | quote | backslash != 0
    }

    /// The escape of one byte that needs one; false for a control character JSONEncoder escapes itself.
    private static func appendEscape(_ b: UInt8, to out: inout [UInt8]) -> Bool {
        switch b {
        case 0x22:
            out.append(0x5C)
            out.append(0x22)
        case 0x5C:
            out.append(0x5C)
            out.append(0x5C)
        case 0x0A:
            out.append(0x5C)
            out.append(UInt8(ascii: "n"))
        case 0x0D:
            out.append(0x5C)
            out.append(UInt8(ascii: "r"))
        case 0x09:
            out.append(0x5C)
            out.append(UInt8(ascii: "t"))
        default: return false
        }
        return true
    }

    /// The header line `{"accord":1,"header":{…}}` as JSONEncoder writes it, or nil when a string
    /// needs JSONEncoder.
    static func header(_ line: HeaderLine) -> [UInt8]? {
        // Record steps carry field definitions: left to JSONEncoder.
        guard !line.header.steps.steps.contains(where: { !$0.fields.isEmpty }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        var ok = true
        func raw(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        func string(_ s: String) { if !appendString(s, to: &out) { ok = false } }
        func int(_ n: Int) { out.append(contentsOf: String(n).utf8) }
        func bool(_ b: Bool) { b ? raw("true") : raw("false") }
        let h = line.header
        raw("{\"accord\":")
        int(line.accord)
        raw(",\"header\":{\"format\":")
        int(h.format)
        raw(",\"id\":")
        string(h.id)
        raw(",\"participants\":{\"marketing\":")
        string(h.participants.marketing)
        raw(",\"sales\":")
        string(h.participants.sales)
        raw(",\"solo\":")
        bool(h.participants.solo)
        raw("},\"playbook\":")
        string(h.playbook)
        raw(",\"playbookHash\":")
        string(h.playbookHash)
        raw(",\"started\":")
        string(h.started)
        let p = h.steps
        raw(",\"steps\":{\"contentHash\":")
        string(p.contentHash)
        raw(",\"id\":")
        string(p.id)
        raw(",\"purpose\":")
        string(p.purpose)
        raw(",\"recap\":")
        bool(p.recap)
        raw(",\"source\":")
        string(p.source)
        raw(",\"steps\":[")
        for (i, step) in p.steps.enumerated() {
            if i > 0 { out.append(0x2C) }
            raw("{\"activities\":[")
            for (k, a) in step.activities.enumerated() {
                if k > 0 { out.append(0x2C) }
                string(a)
            }
            raw("],\"agree\":")
            bool(step.agree)
            raw(",\"capture\":")
            string(step.capture.rawValue)
            raw(",\"coach\":")
            bool(step.coach)
            raw(",\"line\":")
            int(step.line)
            if let plan = step.plan {
                raw(",\"plan\":")
                string(plan.rawValue)
            }
            raw(",\"prompt\":")
            string(step.prompt)
            if !step.proposals.isEmpty {
                raw(",\"proposals\":[")
                for (k, t) in step.proposals.enumerated() {
                    if k > 0 { out.append(0x2C) }
                    string(t)
                }
                out.append(0x5D)
            }
            if let show = step.show {
                raw(",\"show\":")
                string(show.rawValue)
            }
            raw(",\"title\":")
            string(step.title)
            raw(",\"who\":")
            string(step.who.rawValue)
            out.append(0x7D)
        }
        raw("],\"title\":")
        string(p.title)
        out.append(0x7D)
        if let title = h.title {
            raw(",\"title\":")
            string(title)
        }
        raw("}}")
        return ok ? out : nil
    }

    /// Appends `record` as one JSON line (no newline) to `out`; false (and `out` unchanged) when
    /// the record needs `JSONEncoder`.
    static func append(_ record: EventRecord, group: Int? = nil, to out: inout [UInt8]) -> Bool {
        let mark = out.count
        var ok = true
        func raw(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        func string(_ s: String) { if !appendString(s, to: &out) { ok = false } }
        func int(_ n: Int) { out.append(contentsOf: String(n).utf8) }
        func key(_ k: StaticString, first: Bool = false) {
            if !first { out.append(0x2C) }
            out.append(0x22)
            raw(k)
            out.append(0x22)
            out.append(0x3A)
        }

        raw("{\"at\":")
        string(record.at)
        raw(",\"batch\":")
        int(record.batch)
        raw(",\"event\":{")
        switch record.event {
        case .stepStarted(let index):
            raw("\"stepStarted\":{")
            key("index", first: true)
            int(index)
        case .answer(let speaker, let text):
            raw("\"answer\":{")
            key("speaker", first: true)
            string(speaker.rawValue)
            key("text")
            string(text)
        case .fieldSet(let item, let field, let value):
            raw("\"fieldSet\":{")
            key("field", first: true)
            string(field)
            key("item")
            string(item)
            key("value")
            string(value)
        case .agreed(let item, let by):
            raw("\"agreed\":{")
            key("by", first: true)
            string(by.rawValue)
            key("item")
            string(item)
        case .declined(let item, let by, let reason):
            raw("\"declined\":{")
            key("by", first: true)
            string(by.rawValue)
            key("item")
            string(item)
            key("reason")
            string(reason)
        case .parked(let item, let by, let text):
            raw("\"parked\":{")
            key("by", first: true)
            string(by.rawValue)
            if let item {
                key("item")
                string(item)
            }
            key("text")
            string(text)
        case .refused(let speaker, let message):
            raw("\"refused\":{")
            key("message", first: true)
            string(message)
            key("speaker")
            string(speaker.rawValue)
        case .followUp(let speaker, let question):
            raw("\"followUp\":{")
            key("question", first: true)
            string(question)
            key("speaker")
            string(speaker.rawValue)
        case .note(let by, let text):
            raw("\"note\":{")
            key("by", first: true)
            string(by.rawValue)
            key("text")
            string(text)
        case .handover(let to):
            raw("\"handover\":{")
            key("to", first: true)
            string(to.rawValue)
        case .turnEnded(let speaker):
            raw("\"turnEnded\":{")
            key("speaker", first: true)
            string(speaker.rawValue)
        case .skipped(let index):
            raw("\"skipped\":{")
            key("index", first: true)
            int(index)
        case .undo:
            raw("\"undo\":{")
        case .coachFlag(let speaker, let original, let reason, let suggestion):
            raw("\"coachFlag\":{")
            key("original", first: true)
            string(original)
            key("reason")
            string(reason)
            key("speaker")
            string(speaker.rawValue)
            key("suggestion")
            string(suggestion)
        case .coachChoice(let speaker, let choice):
            raw("\"coachChoice\":{")
            key("choice", first: true)
            string(choice.rawValue)
            key("speaker")
            string(speaker.rawValue)
        case .commitmentUpdated(let ref, let status, let note, let due):
            raw("\"commitmentUpdated\":{")
            if let due {
                key("due", first: true)
                string(due)
                key("note")
            } else {
                key("note", first: true)
            }
            string(note)
            key("ref")
            string(ref)
            key("status")
            string(status.rawValue)
        case .paused(let reason):
            raw("\"paused\":{")
            key("reason", first: true)
            string(reason)
        case .resumed:
            raw("\"resumed\":{")
        case .completed:
            raw("\"completed\":{")
        case .itemProposed(let id, let kind, let by, let text, let fields) where fields.isEmpty:
            // Every list and text item (one per answer); items with fields (a dictionary, whose
            // key order is JSONEncoder's) are left to it.
            raw("\"itemProposed\":{")
            key("by", first: true)
            string(by.rawValue)
            raw(",\"fields\":{}")
            key("id")
            string(id)
            key("kind")
            string(kind.rawValue)
            key("text")
            string(text)
        case .itemProposed, .recap, .today, .itemEdited:
            ok = false
        }
        raw("}}")
        if let group {
            raw(",\"group\":")
            int(group)
        }
        raw(",\"seq\":")
        int(record.seq)
        out.append(0x7D)
        if !ok { out.removeSubrange(mark...) }
        return ok
    }
}
