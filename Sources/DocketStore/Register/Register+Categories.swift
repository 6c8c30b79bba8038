import DocketCore
import DocketRegister

extension Register {
    /// Every category, by code.
    public func categories() throws -> [Category] {
        try read { _ in
            try database.cached("SELECT code, name, description FROM category ORDER BY code COLLATE NOCASE, code")
                .map(transform: Register.category(from:))
        }
    }

    /// Adds a category (`RegisterTransaction.addCategory(_:at:actor:)`) in one transaction.
    @discardableResult
    public func addCategory(_ category: Category, at: Instant, actor: String) throws -> Category {
        try writeOperation { store in try await store.addCategory(category, at: at, actor: actor) }
    }

    /// What a problem records for the category `text` names, read in the caller's transaction:
    /// the listed category's name when `text` is its code (as typed, then folded) or its name
    /// (folded, as other names are); else `text` as typed.
    func categoryName(_ text: String) throws -> String {
        let key = Folding.key(text)
        return try database.cached("""
            SELECT name FROM category WHERE code = ?1 OR code_key = ?2 OR key = ?2
            ORDER BY code = ?1 DESC, code_key = ?2 DESC LIMIT 1
            """).first(text, key, transform: { $0.text(0) }) ?? text
    }

    private static func category(from row: Statement) -> Category {
        Category(code: row.text(0), name: row.text(1), description: row.optionalText(2))
    }
}

/// The categories' primitives of the store protocol.
extension SQLiteStoreTransaction {
    func hasCategory(code: String) throws -> Bool {
        try database.cached("SELECT 1 FROM category WHERE code = ?").first(code, transform: { _ in true }) ?? false
    }

    func categoryCode(nameKey key: String) throws -> String? {
        try database.cached("SELECT code FROM category WHERE key = ?").first(key, transform: { $0.text(0) })
    }

    func insertCategory(_ category: Category, key: String, codeKey: String, at: Instant, actor: String) throws {
        try database.cached("""
            INSERT INTO category (code, name, key, code_key, description, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).run(category.code, category.name, key, codeKey, category.description, at.secondsSinceEpoch, actor)
    }
}
