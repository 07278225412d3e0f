import Testing

@testable import AccordCore

@Suite("Edit distance")
struct EditDistanceTests {
    @Test func countsInsertionsDeletionsAndSubstitutions() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("same", "same") == 0)
    }

    @Test func closestRespectsTheLimit() {
        #expect(EditDistance.closest(to: "lsit", in: ["list", "lint", "show"]) == "list")
        #expect(EditDistance.closest(to: "qqqq", in: ["list"], maxDistance: 2) == nil)
    }
}
