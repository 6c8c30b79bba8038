import DocketCore
import Testing

@Suite struct SortingByKeyIsSorting {
    /// Sorting by key gives what sorting by comparing gives, equal keys kept in their order.
    @Test func itGivesTheSortedOrderAndKeepsTiesInOrder() {
        var random = SeededRandom(seed: 11)
        for count in [0, 1, 2, 17, 500] {
            let values = (0..<count).map { index in (group: Int.random(in: 0..<5, using: &random), day: Int.random(in: 0..<9, using: &random), index: index) }
            var byKey = values
            byKey.sort(byKey: { KeyPair($0.group, $0.day) })
            let compared = values.sorted { ($0.group, $0.day, $0.index) < ($1.group, $1.day, $1.index) }
            #expect(byKey.map(\.index) == compared.map(\.index), "\(count)")
        }
        #expect(KeyPair(1, "b") < KeyPair(2, "a") && KeyPair(1, "a") < KeyPair(1, "b") && !(KeyPair(1, "a") < KeyPair(1, "a")))
    }
}
