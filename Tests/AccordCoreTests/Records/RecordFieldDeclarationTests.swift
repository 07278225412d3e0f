import Foundation
import Testing

@testable import AccordCore

@Suite struct RecordFieldDeclarationTests {
    func field(_ text: String) -> RecordField? { try? RecordFieldDeclaration.parse(text).get() }
    func problem(_ text: String) -> String? {
        if case .failure(let p) = RecordFieldDeclaration.parse(text) { return p.message }
        return nil
    }

    @Test func everyTypeParses() {
        #expect(
            field("deal: text, required, e.g. Northwind renewal")
                == RecordField(name: "deal", type: .text, required: true, example: "Northwind renewal"))
        #expect(
            field("Decision  Criteria: list, optional, e.g. price; integrations")
                == RecordField(name: "decision criteria", type: .list, required: false, example: "price; integrations"))
        #expect(
            field("segment: choice (enterprise | mid-market | smb), e.g. mid-market")?.type == .choice(["enterprise", "mid-market", "smb"]))
        #expect(field("size: money")?.required == true)
        for kind in RecordFieldKind.allCases where kind != .choice {
            #expect(field("x: \(kind.rawValue)")?.type.kind == kind)
        }
    }

    @Test func problemsAreNamed() {
        #expect(problem("deal") == "field \"deal\" needs a type: \"name: type, required, e.g. example\"")
        #expect(
            problem("size: currency")?.contains("type \"currency\" is not one of text, number, percent, money, date, person, choice, list")
                == true)
        #expect(problem("size: money, mandatory")?.contains("\"mandatory\" is not understood") == true)
        #expect(problem("outcome: choice (won)")?.contains("two or more values") == true)
        #expect(problem("outcome: choice (won | Won)")?.contains("listed twice") == true)
        #expect(problem("outcome: text (won | lost)")?.contains("only a choice") == true)
        #expect(problem("size: money, e.g. lots")?.contains("the example \"lots\" is not a valid money") == true)
        #expect(problem("9lives: text") != nil)
        #expect(problem("size: money, e.g.") != nil)
    }

    @Test func quoteMarksATextOrListFieldAsSomeoneElsesWords() throws {
        let quoted = try #require(field("in their words: text, required, quote, e.g. Nobody showed us the sync."))
        #expect(quoted.quote && quoted.required && quoted.type == .text)
        #expect(field("voices: list, optional, quote")?.quote == true)
        #expect(field("deal: text, required")?.quote == false)
        #expect(problem("size: money, quote")?.contains("only a text or list field can be a quote") == true)
        // Only a quote carries the key, so playbooks embedded in older transcripts read the same.
        let plain = String(decoding: try JSONEncoder().encode(RecordField(name: "deal", type: .text, required: true)), as: UTF8.self)
        #expect(!plain.contains("quote"))
        let data = try JSONEncoder().encode(quoted)
        #expect(String(decoding: data, as: UTF8.self).contains("\"quote\":true"))
        #expect(try JSONDecoder().decode(RecordField.self, from: data) == quoted)
    }

    @Test func fieldDefinitionsRoundTripThroughJSON() throws {
        let fields = [
            RecordField(name: "outcome", type: .choice(["won", "lost"]), required: true, example: "lost"),
            RecordField(name: "size", type: .money, required: false),
        ]
        let data = try JSONEncoder().encode(fields)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"choices\":[\"won\",\"lost\"]"))
        #expect(!json.contains("\"choices\":[]"))
        #expect(try JSONDecoder().decode([RecordField].self, from: data) == fields)
    }
}
