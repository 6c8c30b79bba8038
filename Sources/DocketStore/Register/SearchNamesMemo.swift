/// The names of search documents, read once per locality and owner within one batch (an
/// import, a bulk load), where nothing renames a locality or a unit meanwhile.
final class SearchNamesMemo {
    private struct Key: Hashable {
        let locality: Int64
        let owner: Int64?
    }

    private var known: [Key: String] = [:]

    /// The names of a problem of `locality` owned by `owner`, read from `register` the first time.
    func names(locality: Int64, owner: Int64?, in register: Register) throws -> String {
        let key = Key(locality: locality, owner: owner)
        if let names = known[key] { return names }
        let names = try register.searchNames(locality: locality, owner: owner)
        known[key] = names
        return names
    }
}

@available(*, unavailable)
extension SearchNamesMemo: Sendable {}
