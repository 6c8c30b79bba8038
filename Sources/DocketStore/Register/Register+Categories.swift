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

    /// Adds a category, at `at` by `actor`, in one transaction. A code taken is refused, and so
    /// is a name that another category has, compared without case or diacritics.
    @discardableResult
    public func addCategory(_ category: Category, at: Instant, actor: String) throws -> Category {
        let code = try TextInput.code(category.code, field: "category code")
        let name = try TextInput.name(category.name, field: "category name", limit: TextInput.titleLimit)
        guard !Folding.key(name).isEmpty else { throw InputError.noLetterOrDigit(field: "category name", text: name) }
        let description = try TextInput.optionalText(category.description, field: "description")
        return try write { _ in
            if try database.scalar("SELECT 1 FROM category WHERE code = ?", code) != nil {
                throw RegisterError.duplicate(kind: .category, code: code)
            }
            if let other = try database.scalarText("SELECT code FROM category WHERE key = ?", Folding.key(name)) {
                throw RegisterError.duplicateCategoryName(name: name, code: other)
            }
            try database.cached("""
                INSERT INTO category (code, name, key, code_key, description, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).run(code, name, Folding.key(name), Folding.key(code), description, at.secondsSinceEpoch, actor)
            return Category(code: code, name: name, description: description)
        }
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
