#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fast path for decoding one transcript record line, much cheaper than `JSONDecoder` with the
/// synthesized `Codable` of `Event` (which is the definition; `EventCodecPathsTests` and the
/// `transcript-line` fuzz target compare the two).
///
/// It reads the line in one pass, straight into the `EventRecord`: keys are compared as bytes
/// against the labels of the synthesized `Codable` (no `String` per key, no intermediate JSON tree),
/// values are decoded where they are found. It only ever *accepts* a line it understands completely:
/// anything else — invalid UTF-8, a key written with escapes, a key it does not know, a key twice,
/// a non-integer number, an unknown event name or value — returns nil and `EventLineCodec` falls
/// back to `JSONDecoder`, so what is accepted, rejected and the resulting values are unchanged.
/// Every event case is read here, `recap` included.
enum FastRecordDecoder {
    static func decode(_ bytes: UnsafeRawBufferPointer) -> EventRecord? { decodeFramed(bytes)?.record }

    /// The record and the line's `group` framing key (nil when absent or `null`), at `detail`: with
    /// `.outline`, the record's outline (`EventRecord.outline`): every value validated as in full,
    /// texts and `at` not built; with `.commitments`, `EventRecord.forCommitments`, the texts it
    /// leaves out validated, not built, on the template (`canonical`), and cut from the full record
    /// key by key. It may give up where the full reading would not, never the other way round (a line
    /// it gives up on goes to `JSONDecoder`, whose value is then brought to the same detail).
    static func decodeFramed(_ bytes: UnsafeRawBufferPointer, detail: RecordDetail = .full) -> (record: EventRecord, group: Int?)? {
        guard bytes.count > 0 else { return nil }
        if let template = canonical(bytes, detail: detail) { return template }
        guard let line = keyByKey(bytes, outline: detail == .outline) else { return nil }
        return detail == .commitments ? (line.record.kept(at: detail), line.group) : line
    }

    /// The five events a session writes most (answer, item proposed, agreed, turn ended, step
    /// started: 92% of the lines of the benchmark's real sessions), when the line is exactly as the
    /// writer writes it — keys in sorted order, no white space between them — matched as one template
    /// of literal bytes instead of key by key (docs/performance.md, "Cold `list`, fourth pass").
    /// Values are read by the same reader functions as `keyByKey`, so what it accepts `keyByKey`
    /// accepts with the same value; anything else (another event, another order, white space, a
    /// `null` group) is nil and left to `keyByKey`. `RecordOutlineTests` and the `transcript-line`
    /// fuzz target compare the two.
    static func canonical(_ bytes: UnsafeRawBufferPointer, detail: RecordDetail) -> (record: EventRecord, group: Int?)? {
        // `at` and an answer's text are kept in full detail only; an item's text and fields, in full
        // detail, and its text at `.commitments` when it is a goal or an action.
        var r = JSONBytesReader(bytes: bytes, outline: detail != .full)
        guard r.literal(#"{"at":"#), let at = r.text(), r.literal(#","batch":"#), let batch = r.int(), r.literal(#","event":{""#)
        else { return nil }
        let event: Event
        if r.literal(#"answer":{"speaker":"#) {
            guard let speaker = r.role(), r.literal(#","text":"#), let text = r.text() else { return nil }
            event = .answer(speaker: speaker, text: text)
        } else if r.literal(#"agreed":{"by":"#) {
            guard let by = r.role(), r.literal(#","item":"#), let item = r.string() else { return nil }
            event = .agreed(item: item, by: by)
        } else if r.literal(#"turnEnded":{"speaker":"#) {
            guard let speaker = r.role() else { return nil }
            event = .turnEnded(speaker: speaker)
        } else if r.literal(#"stepStarted":{"index":"#) {
            guard let index = r.int() else { return nil }
            event = .stepStarted(index: index)
        } else if r.literal(#"itemProposed":{"by":"#) {
            r.outline = detail == .outline
            guard let by = r.role(), r.literal(#","fields":"#), let fields = r.fields(), r.literal(#","id":"#), let id = r.string(),
                r.literal(#","kind":"#), let kind = r.closed(Capture.self)
            else { return nil }
            if detail == .commitments { r.outline = CommitmentKind(capture: kind) == nil }
            guard r.literal(#","text":"#), let text = r.text() else { return nil }
            event = .itemProposed(id: id, kind: kind, by: by, text: text, fields: fields)
        } else {
            return nil
        }
        guard r.literal("}}") else { return nil }
        var group: Int?
        if r.literal(#","group":"#) {
            guard let g = r.int() else { return nil }
            group = g
        }
        guard r.literal(#","seq":"#), let seq = r.int(), r.literal("}"), r.i == bytes.count else { return nil }
        return (EventRecord(seq: seq, at: at, batch: batch, event: event), group)
    }

    /// Any line, key by key, in any order.
    static func keyByKey(_ bytes: UnsafeRawBufferPointer, outline: Bool) -> (record: EventRecord, group: Int?)? {
        guard bytes.count > 0 else { return nil }
        var r = JSONBytesReader(bytes: bytes, outline: outline)
        var seq: Int?
        var at: String?
        var batch: Int?
        var event: Event?
        var group: Int??
        let ok = r.object { r, key in
            if key.is("seq") { return r.once(&seq) { $0.int() } }
            if key.is("at") { return r.once(&at) { $0.text() } }
            if key.is("batch") { return r.once(&batch) { $0.int() } }
            if key.is("event") { return r.once(&event) { $0.event() } }
            if key.is("group") { return r.once(&group) { $0.optional { $0.int() } } }
            return false
        }
        r.skipSpace()
        guard ok, r.i == bytes.count, let seq, let at, let batch, let event else { return nil }
        return (EventRecord(seq: seq, at: at, batch: batch, event: event), group ?? nil)
    }
}

/// The events, mirroring the synthesized `Codable` of `Event` (labels as keys, one case per object).
extension JSONBytesReader {

    /// `{"<case>":{<labels>}}`: exactly one case.
    mutating func event() -> Event? {
        var event: Event?
        let ok = object { r, name in
            guard event == nil else { return false }
            event = r.payload(name)
            return event != nil
        }
        return ok ? event : nil
    }

    mutating func payload(_ name: JSONKey) -> Event? {
        if name.is("answer") {
            var speaker: Role?
            var text: String?
            guard
                object({ r, k in
                    if k.is("speaker") { return r.once(&speaker) { $0.role() } }
                    if k.is("text") { return r.once(&text) { $0.text() } }
                    return false
                }), let speaker, let text
            else { return nil }
            return .answer(speaker: speaker, text: text)
        }
        if name.is("stepStarted") || name.is("skipped") {
            var index: Int?
            guard object({ r, k in k.is("index") ? r.once(&index) { $0.int() } : false }), let index else { return nil }
            return name.is("skipped") ? .skipped(index: index) : .stepStarted(index: index)
        }
        if name.is("turnEnded") {
            guard let speaker = onlyRole("speaker") else { return nil }
            return .turnEnded(speaker: speaker)
        }
        if name.is("handover") {
            guard let to = onlyRole("to") else { return nil }
            return .handover(to: to)
        }
        if name.is("itemProposed") {
            var id: String?
            var kind: Capture?
            var by: Role?
            var text: String?
            var fields: [String: String]?
            guard
                object({ r, k in
                    if k.is("id") { return r.once(&id) { $0.string() } }
                    if k.is("kind") { return r.once(&kind) { $0.closed(Capture.self) } }
                    if k.is("by") { return r.once(&by) { $0.role() } }
                    if k.is("text") { return r.once(&text) { $0.text() } }
                    if k.is("fields") { return r.once(&fields) { $0.fields() } }
                    return false
                }), let id, let kind, let by, let text, let fields
            else { return nil }
            return .itemProposed(id: id, kind: kind, by: by, text: text, fields: fields)
        }
        if name.is("itemEdited") {
            var item: String?
            var text: String?
            var fields: [String: String]?
            guard
                object({ r, k in
                    if k.is("item") { return r.once(&item) { $0.string() } }
                    if k.is("text") { return r.once(&text) { $0.text() } }
                    if k.is("fields") { return r.once(&fields) { $0.fields() } }
                    return false
                }), let item, let text, let fields
            else { return nil }
            return .itemEdited(item: item, text: text, fields: fields)
        }
        if name.is("fieldSet") {
            guard let (item, field, value) = strings("item", "field", "value") else { return nil }
            return .fieldSet(item: item, field: field, value: value)
        }
        if name.is("agreed") {
            var item: String?
            var by: Role?
            guard
                object({ r, k in
                    if k.is("item") { return r.once(&item) { $0.string() } }
                    if k.is("by") { return r.once(&by) { $0.role() } }
                    return false
                }), let item, let by
            else { return nil }
            return .agreed(item: item, by: by)
        }
        if name.is("declined") || name.is("parked") {
            let declined = name.is("declined")
            var item: String??
            var by: Role?
            var text: String?
            guard
                object({ r, k in
                    if k.is("item") { return r.once(&item) { declined ? $0.string().map { .some($0) } : $0.optional { $0.string() } } }
                    if k.is("by") { return r.once(&by) { $0.role() } }
                    if k.is(declined ? "reason" : "text") { return r.once(&text) { $0.text() } }
                    return false
                }), let by, let text
            else { return nil }
            if declined {
                guard case .some(.some(let item)) = item else { return nil }
                return .declined(item: item, by: by, reason: text)
            }
            return .parked(item: item ?? nil, by: by, text: text)
        }
        if name.is("refused") || name.is("followUp") || name.is("note") {
            let (roleKey, textKey): (StaticString, StaticString) =
                name.is("refused") ? ("speaker", "message") : name.is("followUp") ? ("speaker", "question") : ("by", "text")
            var role: Role?
            var text: String?
            guard
                object({ r, k in
                    if k.is(roleKey) { return r.once(&role) { $0.role() } }
                    if k.is(textKey) { return r.once(&text) { $0.text() } }
                    return false
                }), let role, let text
            else { return nil }
            if name.is("refused") { return .refused(speaker: role, message: text) }
            if name.is("followUp") { return .followUp(speaker: role, question: text) }
            return .note(by: role, text: text)
        }
        if name.is("today") {
            var date: String?
            guard object({ r, k in k.is("date") ? r.once(&date) { $0.text() } : false }), let date else { return nil }
            return .today(date: date)
        }
        if name.is("paused") {
            var reason: String?
            guard object({ r, k in k.is("reason") ? r.once(&reason) { $0.text() } : false }), let reason else { return nil }
            return .paused(reason: reason)
        }
        if name.is("coachFlag") {
            var speaker: Role?
            var original: String?
            var reason: String?
            var suggestion: String?
            guard
                object({ r, k in
                    if k.is("speaker") { return r.once(&speaker) { $0.role() } }
                    if k.is("original") { return r.once(&original) { $0.text() } }
                    if k.is("reason") { return r.once(&reason) { $0.text() } }
                    if k.is("suggestion") { return r.once(&suggestion) { $0.text() } }
                    return false
                }), let speaker, let original, let reason, let suggestion
            else { return nil }
            return .coachFlag(speaker: speaker, original: original, reason: reason, suggestion: suggestion)
        }
        if name.is("coachChoice") {
            var speaker: Role?
            var choice: CoachChoice?
            guard
                object({ r, k in
                    if k.is("speaker") { return r.once(&speaker) { $0.role() } }
                    if k.is("choice") { return r.once(&choice) { $0.closed(CoachChoice.self) } }
                    return false
                }), let speaker, let choice
            else { return nil }
            return .coachChoice(speaker: speaker, choice: choice)
        }
        if name.is("commitmentUpdated") {
            var ref: String?
            var status: ReviewStatus?
            var note: String?
            var due: String??
            guard
                object({ r, k in
                    if k.is("ref") { return r.once(&ref) { $0.text() } }
                    if k.is("status") { return r.once(&status) { $0.closed(ReviewStatus.self) } }
                    if k.is("note") { return r.once(&note) { $0.text() } }
                    if k.is("due") { return r.once(&due) { $0.optional { $0.text() } } }
                    return false
                }), let ref, let status, let note
            else { return nil }
            return .commitmentUpdated(ref: ref, status: status, note: note, due: due ?? nil)
        }
        if name.is("recap") {
            var list: [RecapItem]?
            guard
                object({ r, k in
                    guard k.is("commitments") else { return false }
                    return r.once(&list) { r in
                        var items: [RecapItem] = []
                        return r.array { r in
                            guard let item = r.recapItem() else { return false }
                            if !r.outline { items.append(item) }  // the outline's list is empty
                            return true
                        } ? items : nil
                    }
                }), let list
            else { return nil }
            return .recap(commitments: list)
        }
        if name.is("undo") || name.is("resumed") || name.is("completed") {
            guard object({ _, _ in false }) else { return nil }  // `{}`: a label there is left to JSONDecoder
            return name.is("undo") ? .undo : name.is("resumed") ? .resumed : .completed
        }
        return nil  // an unknown event: JSONDecoder decides
    }

    mutating func recapItem() -> RecapItem? {
        var ref: String?
        var text: String?
        var owner: String?
        var due: String?
        var status: CommitmentStatus?
        guard
            object({ r, k in
                if k.is("ref") { return r.once(&ref) { $0.text() } }
                if k.is("text") { return r.once(&text) { $0.text() } }
                if k.is("owner") { return r.once(&owner) { $0.text() } }
                if k.is("due") { return r.once(&due) { $0.text() } }
                if k.is("status") { return r.once(&status) { $0.closed(CommitmentStatus.self) } }
                return false
            }), let ref, let text, let owner, let due, let status
        else { return nil }
        return RecapItem(ref: ref, text: text, owner: owner, due: due, status: status)
    }

    /// A payload of one role labelled `label`.
    mutating func onlyRole(_ label: StaticString) -> Role? {
        var role: Role?
        guard object({ r, k in k.is(label) ? r.once(&role) { $0.role() } : false }) else { return nil }
        return role
    }

    /// A payload of an item id and two texts (`fieldSet`).
    mutating func strings(_ a: StaticString, _ b: StaticString, _ c: StaticString) -> (String, String, String)? {
        var x: String?
        var y: String?
        var z: String?
        guard
            object({ r, k in
                if k.is(a) { return r.once(&x) { $0.string() } }
                if k.is(b) { return r.once(&y) { $0.text() } }
                if k.is(c) { return r.once(&z) { $0.text() } }
                return false
            }), let x, let y, let z
        else { return nil }
        return (x, y, z)
    }
}
