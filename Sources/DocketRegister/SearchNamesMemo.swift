/// The names of search documents, read once per locality and owner within one batch (an
/// import, a bulk load), where nothing renames a locality or a unit meanwhile.
package final class SearchNamesMemo {
    private struct Key: Hashable {
        let locality: Int64
        let owner: Int64?
    }

    private var known: [Key: String] = [:]

    /// An empty memo.
    package init() {}

    /// The names of a problem of `locality` owned by `owner`, read with `read` the first time.
    package func names(locality: Int64, owner: Int64?, read: (_ locality: Int64, _ owner: Int64?) throws -> String) rethrows -> String {
        let key = Key(locality: locality, owner: owner)
        if let names = known[key] { return names }
        let names = try read(locality, owner)
        known[key] = names
        return names
    }
}

@available(*, unavailable)
extension SearchNamesMemo: Sendable {}
