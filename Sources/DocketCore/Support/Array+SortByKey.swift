extension Array {
    /// Sorts the array by `key` (read once an element), ascending, moving each element once:
    /// for lists of large values — a report's problems, each a dozen strings — which a sort
    /// that compares and moves the values themselves copies many times over, and for keys
    /// that cost something to compute. Elements with equal keys keep their order. Inlinable, so
    /// that it is specialized for each list where it is called.
    @inlinable
    public mutating func sort<Key: Comparable>(byKey key: (Element) -> Key) {
        let keys = indices.map { (key: key(self[$0]), index: $0) }
        let order = keys.sorted { ($0.key, $0.index) < ($1.key, $1.index) }
        self = order.map { self[$0.index] }
    }
}

/// Two keys compared in order, as a tuple of them would be (tuples are not Comparable): a key
/// for ``Swift/Array/sort(byKey:)``.
@frozen
public struct KeyPair<First: Comparable, Second: Comparable>: Comparable {
    public let first: First
    public let second: Second

    @inlinable
    public init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    @inlinable
    public static func < (a: KeyPair, b: KeyPair) -> Bool {
        (a.first, a.second) < (b.first, b.second)
    }
}
