extension Optional {
    /// `map` for a transform that awaits: an operation's optional argument resolved over the store.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Sequence {
    /// `map` for a transform that awaits, applied to each element in turn.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var mapped: [T] = []
        mapped.reserveCapacity(underestimatedCount)
        for element in self { mapped.append(try await transform(element)) }
        return mapped
    }
}
