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

    /// The names of a problem of `locality` owned by `owner`, if read before.
    package subscript(locality locality: Int64, owner owner: Int64?) -> String? {
        get { known[Key(locality: locality, owner: owner)] }
        set { known[Key(locality: locality, owner: owner)] = newValue }
    }

    /// The names of a problem of `locality` owned by `owner`, read with `read` the first time.
    package func names(locality: Int64, owner: Int64?, read: (_ locality: Int64, _ owner: Int64?) throws -> String) rethrows -> String {
        if let names = self[locality: locality, owner: owner] { return names }
        let names = try read(locality, owner)
        self[locality: locality, owner: owner] = names
        return names
    }
}

@available(*, unavailable)
extension SearchNamesMemo: Sendable {}
