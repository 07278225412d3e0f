import Testing

@testable import AccordCore

@Suite struct TokenTests {
    @Test func foldOfEveryASCIICharacterMatchesFoundation() {
        for byte in UInt8(0)..<0x80 {
            let s = String(UnicodeScalar(byte))
            #expect(Token.fold(s) == Token.foundationFold(s), "byte \(byte)")
        }
    }

    @Test func foldMatchesFoundationOnMixedText() {
        let samples = [
            "Dana", "MARKETING", "Tomás", "Straße", "ＦＵＬＬ width", "Ünïcödé Lee", "O’Brien", "q3 FY27", "naïve café", "İstanbul",
            "Ǆemal", "ﬁnance", "",
        ]
        for s in samples { #expect(Token.fold(s) == Token.foundationFold(s), "\(s)") }
    }

    @Test func wordsAreFoldedAndCurlyApostrophesStraightened() {
        let words = Token.scan("Tomás won’t SIGN by Friday").filter(\.isWord).map(\.text)
        #expect(words == ["tomas", "won't", "sign", "by", "friday"])
    }
}
