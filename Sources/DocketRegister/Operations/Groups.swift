import DocketCore

extension RegisterTransaction {
    /// Makes a group: one difficulty several localities raised, tracked as one. A title
    /// another group has, compared folded, is refused.
    ///
    /// - Throws: `InputError` for a title that is not one; `RegisterError.duplicateGroupTitle`.
    package func addGroup(title: String, at: Instant, actor: String) async throws -> ProblemGroup {
        let title = try TextInput.title(title)
        let key = Folding.key(title)
        if let (id, taken) = try await groupTitles().first(where: { Folding.key($0.title) == key }) {
            throw RegisterError.duplicateGroupTitle(group: id, title: taken)
        }
        let id = try await insertGroup(title: title, createdAt: at, recordedAt: now(), actor: actor)
        return ProblemGroup(id: id, title: title, createdAt: at)
    }
}
