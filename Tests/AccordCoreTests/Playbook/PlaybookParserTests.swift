import Testing

@testable import AccordCore

@Suite struct PlaybookParserTests {
    static let minimal = """
        # Try it
        id: try-it
        purpose: A tiny playbook.

        ## Hello
        who: either
        capture: text

        Hello {sales} and {marketing}.
        """

    /// The messages of a malformed text, as `file:line: message`.
    func errors(_ text: String, file: String = "prompts/x.md") -> [String] {
        do {
            _ = try PlaybookParser.parse(text, source: file)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func parsesMinimalPlaybook() throws {
        let p = try PlaybookParser.parse(Self.minimal, source: "x.md")
        #expect(p.id == "try-it")
        #expect(p.title == "Try it")
        #expect(p.purpose == "A tiny playbook.")
        #expect(p.recap == false)
        #expect(p.source == "x.md")
        #expect(p.steps.count == 1)
        #expect(
            p.steps[0] == Step(title: "Hello", prompt: "Hello {sales} and {marketing}.", who: .either, capture: .text, coach: true, line: 5)
        )
        #expect(p.contentHash == FNV1a.hex(Self.minimal))
        #expect(p.contentHash.count == 16)
    }

    /// The coach is on by default where people type freely (text, list), off elsewhere, and a step's
    /// `coach:` key overrides the default either way.
    @Test func coachDefaultsOnForTextAndListCapturesAndPlaybooksCanTurnItOff() throws {
        let text = """
            # Coach defaults
            id: coach-defaults
            purpose: Which steps the coach watches.

            ## Free text
            capture: text

            Say it.

            ## A list
            capture: list

            List it.

            ## Quiet text
            capture: text
            coach: no

            Say it without the coach.

            ## Goals
            capture: goal

            Goals.

            ## Coached actions
            capture: action
            coach: yes

            Actions.
            """
        let p = try PlaybookParser.parse(text, source: "c.md")
        #expect(p.steps.map(\.coach) == [true, true, false, false, true])
    }

    @Test func fnv1aKnownValues() {
        #expect(FNV1a.hex("") == "cbf29ce484222325")
        #expect(FNV1a.hex("a") == "af63dc4c8601ec8c")
        #expect(FNV1a.hex("foobar") == "85944171f73967e8")
    }

    @Test func keysPromptParagraphsActivitiesAndComments() throws {
        let text = """
            # Roles <!-- a comment -->
            id: roles
            purpose: Who does what.
            recap: yes

            <!-- a comment
                 over two lines -->
            ## Matrix
            who: either
            capture: raci
            agree: yes
            coach: no
            activities:
            - Lead scoring
            - Hand-off

            First paragraph,
            second line.


            Second paragraph.

            ## Inline
            capture: raci
            activities: A; B ;C
            show: plan

            Go.
            """
        let p = try PlaybookParser.parse(text, source: "r.md")
        #expect(p.title == "Roles")
        #expect(p.recap)
        #expect(p.steps[0].activities == ["Lead scoring", "Hand-off"])
        #expect(p.steps[0].prompt == "First paragraph,\nsecond line.\n\nSecond paragraph.")
        #expect(p.steps[0].agree && !p.steps[0].coach)
        #expect(p.steps[0].line == 8)
        #expect(p.steps[1].activities == ["A", "B", "C"])
        #expect(p.steps[1].who == .each)
        #expect(p.steps[1].show == .plan)
    }

    @Test func missingPrompt() {
        let text = Self.minimal + "\n\n## Merge\nwho: either\ncapture: goal\n"
        #expect(errors(text, file: "prompts/goals.md") == ["prompts/goals.md:11: step \"Merge\" has no prompt"])
    }

    @Test func badWhoAndCapture() {
        let text = Self.minimal.replacingOccurrences(of: "who: either", with: "who: both")
            .replacingOccurrences(of: "capture: text", with: "capture: essay")
        #expect(
            errors(text) == [
                "prompts/x.md:6: who: \"both\" is not one of sales, marketing, each, either",
                "prompts/x.md:7: capture: \"essay\" is not one of text, list, goal, action, raci, agreement, commitments, record",
            ])
    }

    @Test func unknownKeys() {
        let text = Self.minimal.replacingOccurrences(of: "who: either", with: "who: either\nowner: Dana")
            .replacingOccurrences(of: "id: try-it", with: "id: try-it\nversion: 2")
        #expect(
            errors(text) == [
                "prompts/x.md:3: unknown key \"version\" after the title (expected one of: id, purpose, recap)",
                "prompts/x.md:8: unknown key \"owner\" in a step (expected one of: who, capture, agree, coach, show, plan, activities, fields, proposals)",
            ])
    }

    @Test func missingIdTitleAndPurpose() {
        let noID = Self.minimal.replacingOccurrences(of: "id: try-it\n", with: "")
        #expect(errors(noID) == ["prompts/x.md:1: missing \"id:\" after the title"])
        let badID = Self.minimal.replacingOccurrences(of: "id: try-it", with: "id: Try It")
        #expect(errors(badID) == ["prompts/x.md:2: id \"Try It\" must be lowercase letters, digits and hyphens (a-z, 0-9, -)"])
        let noTitle = Self.minimal.replacingOccurrences(of: "# Try it\n", with: "")
        #expect(errors(noTitle).contains("prompts/x.md:1: no title; the first line should be \"# Title\""))
        let noPurpose = Self.minimal.replacingOccurrences(of: "purpose: A tiny playbook.\n", with: "")
        #expect(errors(noPurpose) == ["prompts/x.md:1: missing \"purpose:\" after the title"])
        let twoTitles = Self.minimal + "\n# Again\n"
        #expect(
            errors(twoTitles).first
                == "prompts/x.md:10: second title \"Again\"; a playbook has exactly one \"# \" title (the first is on line 1)")
    }

    @Test func raciWithoutActivities() {
        let text = Self.minimal.replacingOccurrences(of: "capture: text", with: "capture: raci")
        #expect(errors(text) == ["prompts/x.md:5: step \"Hello\" captures raci but lists no activities (add \"activities: A; B; C\")"])
    }

    @Test func unknownPlaceholder() {
        let text = Self.minimal + "\nAsk {owner} and {sales}; JSON like {\"a\": 1} is fine."
        #expect(errors(text) == ["prompts/x.md:10: unknown placeholder {owner}; only {sales} and {marketing} are replaced"])
    }

    @Test func duplicateStepTitlesAndAllErrorsCollected() {
        let text = Self.minimal + "\n\n## hello\nwho: nobody\n\nAgain.\n\n## Empty\n"
        #expect(
            errors(text) == [
                "prompts/x.md:11: step \"hello\" has the same title as the step on line 5",
                "prompts/x.md:12: who: \"nobody\" is not one of sales, marketing, each, either",
                "prompts/x.md:16: step \"Empty\" has no prompt",
            ])
    }

    @Test func badFlagAndShowAndDuplicateKey() {
        let text = Self.minimal.replacingOccurrences(of: "who: either", with: "who: either\nagree: maybe\nshow: slides\nwho: each")
        #expect(
            errors(text) == [
                "prompts/x.md:7: agree: \"maybe\" must be yes or no",
                "prompts/x.md:8: show: \"slides\" is not one of plan",
                "prompts/x.md:9: duplicate key \"who\" (already set on line 6)",
            ])
    }

    @Test func renderSubstitutesNames() throws {
        let p = try PlaybookParser.parse(Self.minimal, source: "x.md")
        #expect(p.steps[0].prompt(for: Participants(sales: "Dana", marketing: "Lee")) == "Hello Dana and Lee.")
        #expect(p.steps[0].render(sales: "A", marketing: "B") == "Hello A and B.")
    }

    @Test func stepWithoutKeysUsesDefaultsAndPromptMayContainColons() throws {
        let text = Self.minimal + "\n\n## Defaults\n\nNote: this is the prompt.\n"
        let p = try PlaybookParser.parse(text, source: "x.md")
        #expect(p.steps[1].who == .each && p.steps[1].capture == .text && !p.steps[1].agree)
        #expect(p.steps[1].prompt == "Note: this is the prompt.")
    }

    @Test func crlfAndBOMAreAccepted() throws {
        let text = "\u{FEFF}" + Self.minimal.replacingOccurrences(of: "\n", with: "\r\n")
        let p = try PlaybookParser.parse(text, source: "x.md")
        #expect(p.steps[0].prompt == "Hello {sales} and {marketing}.")
    }
}

@Suite struct PlaybookProposalsKeyTests {
    @Test func proposalsNameEarlierStepsByTitle() throws {
        let text = """
            # Try
            id: try-it
            purpose: p

            ## Ideas
            who: each
            capture: list

            Ideas?

            ## Pick
            who: either
            capture: action
            proposals: Ideas

            Pick some.
            """
        let playbook = try PlaybookParser.parse(text, source: "prompts/x.md")
        #expect(playbook.steps[1].proposals == ["Ideas"])
        #expect(
            PlaybookParserTests().errors(text.replacingOccurrences(of: "proposals: Ideas", with: "proposals: Later"))
                == ["prompts/x.md:14: proposals: \"Later\" is not the title of an earlier step"])
    }
}
