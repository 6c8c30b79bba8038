import DocketCore

extension RegisterTransaction {
    /// Adds a category, at `at` by `actor`. A code taken is refused, and so is a name that
    /// another category has, compared without case or diacritics.
    ///
    /// - Throws: `InputError` for a code, name or description that is not one;
    ///   `RegisterError.duplicate` for a code taken; `RegisterError.duplicateCategoryName`
    ///   for a name taken.
    package func addCategory(_ category: Category, at: Instant, actor: String) async throws -> Category {
        let code = try TextInput.code(category.code, field: "category code")
        let name = try TextInput.name(category.name, field: "category name", limit: TextInput.titleLimit)
        let key = Folding.key(name)
        guard !key.isEmpty else { throw InputError.noLetterOrDigit(field: "category name", text: name) }
        let added = Category(code: code, name: name, description: try TextInput.optionalText(category.description,
                                                                                           field: "description"))
        if try await hasCategory(code: code) { throw RegisterError.duplicate(kind: .category, code: code) }
        if let other = try await categoryCode(nameKey: key) { throw RegisterError.duplicateCategoryName(name: name, code: other) }
        try await insertCategory(added, key: key, codeKey: Folding.key(code), at: at, actor: actor)
        return added
    }
}
