import DocketRegister

/// A write to the full-text index.
enum SearchWrite {
    /// A new problem's document.
    case insert(SearchDocument)
    /// What is added to the history of problem `id`'s document (a note's folded text after a
    /// space, or nothing), and its new names where given.
    case update(id: Int64, history: String, names: String?)
    /// An edited problem's title, body and names (its history stays).
    case replace(SearchDocument)
}

extension Register {
    /// Writes to the full-text index inside the caller's transaction, or — inside a
    /// ``batch(_:)`` — keeps the write for the batch's end, after the last of its operations.
    ///
    /// FTS5 holds the terms it is given in memory, and writes them out as a new segment of the
    /// index (merging older segments as it goes) whenever a savepoint begins, and whenever it
    /// is given a document numbered lower than the last, or the same document again. Every
    /// operation of a batch is a savepoint, and a group commit of comments touches documents
    /// in no order: written as each operation made them, sixteen comments wrote sixteen small
    /// segments, and merging them was a quarter of the writer's time. Kept for the batch's end,
    /// they are written in one pass in the order of the documents' numbers, each document
    /// once, and FTS5 writes one segment at the commit. An operation undone in its savepoint
    /// takes its kept writes with it.
    func writeSearch(_ write: SearchWrite) throws {
        if heldSearchWrites != nil {
            heldSearchWrites?.append(write)
        } else {
            var change = SearchChange()
            change.add(write)
            try perform(change, of: write.id)
        }
    }

    /// Makes the index writes a batch's operations kept: in the order of their documents'
    /// numbers, each document's in one statement, which does to it what they did in turn.
    func performHeldSearchWrites() throws {
        guard let held = heldSearchWrites else { return }
        heldSearchWrites = []
        var changes: [Int64: SearchChange] = [:]
        for write in held { changes[write.id, default: SearchChange()].add(write) }
        for (id, change) in changes.sorted(by: { $0.key < $1.key }) { try perform(change, of: id) }
    }

    private func perform(_ change: SearchChange, of id: Int64) throws {
        if let document = change.newDocument {
            // Bound one by one, without an array of values: a bulk load makes millions.
            let statement = try database.cached("INSERT INTO search (rowid, title, body, history, names) VALUES (?, ?, ?, ?, ?)")
            try statement.bind(document.id, at: 1)
            try statement.bind(document.title, at: 2)
            try statement.bind(document.body, at: 3)
            try statement.bind(document.history, at: 4)
            try statement.bind(document.names, at: 5)
            try statement.execute()
        } else {
            // FTS5 stores a document whole, so this rewrites it: the cost of a comment grows
            // with the problem's history (bench/serve-notes.md).
            try database.cached("""
                UPDATE search SET title = coalesce(?, title), body = coalesce(?, body), names = coalesce(?, names),
                                  history = history || ?
                WHERE rowid = ?
                """).run(change.title, change.body, change.names, change.history, id)
        }
    }
}

/// What the index writes of one batch do to one document, together.
private struct SearchChange {
    /// The document written whole, when one of the writes made it (always the first).
    var new: SearchDocument?
    /// What replaces the document's title, body and names, where a write replaced them.
    var title: String?
    var body: String?
    var names: String?
    /// What is added to the document's history.
    var history = ""

    mutating func add(_ write: SearchWrite) {
        switch write {
        case .insert(let document):
            new = document
        case .update(_, let folded, let names):
            history += folded
            if let names { self.names = names }
        case .replace(let document):
            title = document.title
            body = document.body
            names = document.names
        }
    }

    /// The new document with the later writes made to it, when one of the writes made it.
    var newDocument: SearchDocument? {
        guard var document = new else { return nil }
        document.title = title ?? document.title
        document.body = body ?? document.body
        document.names = names ?? document.names
        document.history += history
        return document
    }
}

extension SearchWrite {
    /// The number of the problem whose document it writes.
    var id: Int64 {
        switch self {
        case .insert(let document), .replace(let document): document.id
        case .update(let id, _, _): id
        }
    }
}
