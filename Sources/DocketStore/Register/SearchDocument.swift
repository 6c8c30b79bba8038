import DocketCore

/// One problem's document in the full-text index: its folded text (lower case, no
/// diacritics, `đ` → `d`) in the three columns of the `search` table, under its number.
struct SearchDocument {
    /// The problem's number: the document's rowid.
    var id: Int64
    /// The folded title.
    var title: String
    /// The folded description and recommendation.
    var body: String
    /// The folded texts of its history's notes, each after a space.
    var history: String

    /// The document of a new problem: its texts, and the notes of its first events.
    init(id: Int64, title: String, description: String?, recommendation: String?, notes: [String?] = []) {
        self.id = id
        self.title = Folding.fold(title)
        self.body = SearchDocument.body(description, recommendation)
        self.history = notes.compactMap { $0 }.filter { !$0.isEmpty }.map { " " + Folding.fold($0) }.joined()
    }

    /// The folded text of a body: a description and a recommendation, with a space between.
    static func body(_ description: String?, _ recommendation: String?) -> String {
        switch (description, recommendation) {
        case (nil, nil): ""
        case (let one?, nil), (nil, let one?): Folding.fold(one)
        case (let description?, let recommendation?): Folding.fold(description + " " + recommendation)
        }
    }
}
