/// A playbook file (Markdown with key blocks), as read from `--prompts` or `ACCORD_PROMPTS`.
enum FuzzPlaybook {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let playbook = try? PlaybookParser.parse(fuzzText(bytes), source: "fuzz.md") else { return }
        _ = SessionState.replay(
            header: SessionHeader(
                id: "20261122-100000-fuzz00", playbook: playbook,
                participants: Participants(sales: "Dana", marketing: "Lee"),
                title: nil, started: "2026-11-22T10:00:00Z"), records: [])
    }
}
