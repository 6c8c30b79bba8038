import DocketCore

/// One problem's document in the full-text index: its folded text (lower case, no
/// diacritics, `đ` → `d`) in the four columns of the `search` table, under its number.
package struct SearchDocument {
    /// The problem's number: the document's rowid.
    package var id: Int64
    /// The folded title.
    package var title: String
    /// The folded description and recommendation.
    package var body: String
    /// The folded texts of its history's notes, each after a space.
    package var history: String
    /// The folded names it is found by: see ``names(place:province:owner:)``.
    package var names: String

    /// The document of a new problem: its texts, the notes of its first events, and its names.
    package init(id: Int64, title: String, description: String?, recommendation: String?, notes: [String?] = [], names: String) {
        self.id = id
        self.title = Folding.fold(title)
        self.body = SearchDocument.body(description, recommendation)
        self.history = notes.compactMap { $0 }.filter { !$0.isEmpty }.map { " " + Folding.fold($0) }.joined()
        self.names = names
    }

    /// The folded names a problem is found by: its locality's full name (`"phuong ninh kieu"`),
    /// then its province's name when the locality is a commune, then its owner's name, each
    /// after a space but the first.
    package static func names(place: String, province: String?, owner: String?) -> String {
        [place, province, owner].compactMap { $0.map(Folding.fold) }.joined(separator: " ")
    }

    /// The folded text of a body: a description and a recommendation, with a space between.
    package static func body(_ description: String?, _ recommendation: String?) -> String {
        switch (description, recommendation) {
        case (nil, nil): ""
        case (let one?, nil), (nil, let one?): Folding.fold(one)
        case (let description?, let recommendation?): Folding.fold(description + " " + recommendation)
        }
    }
}

extension SearchDocument {
    /// How many documents an import or a bulk load keeps before adding them to the index
    /// together, between two problems, so that a store may write its index in a few large
    /// pieces rather than one per problem (SQLite's FTS5 does).
    package static let batchSize = 8192
}
