import DocketCore

extension RegisterTransaction {
    /// Adds a unit with a new code, under the unit `parent` names when given.
    ///
    /// - Throws: `InputError` for a code or name that is not one; `RegisterError.duplicate` for
    ///   a code another unit has; `RegisterError.notFound` (or `.ambiguous`) for the parent.
    package func addUnit(code: String, name: String, kind: OrgUnit.Kind, parent: String?, at: Instant) async throws -> OrgUnit {
        let code = try TextInput.code(code, field: "unit code")
        let name = try Self.unitName(name)
        if try await unit(code: code) != nil { throw RegisterError.duplicate(kind: .unit, code: code) }
        let parent = try await parent.asyncMap(resolveUnit)
        let id = try await insertUnit(code: code, name: name, key: Folding.key(name), kind: kind, parent: parent?.id, createdAt: at)
        return OrgUnit(id: id, code: code, name: name, kind: kind, parentID: parent?.id, parentCode: parent?.code)
    }

    /// Renames the unit `text` names (its code or name) to `name`, which is checked as a new
    /// unit's is, at `at` by `actor`: the unit's row and a record of the old and new names. Its
    /// code stays, and every problem shows it by its new name, its history and past reports too
    /// (a unit is one body whatever it is called); the problems it owns are found by it.
    ///
    /// - Throws: `RegisterError.unitAlreadyNamed` when it has that name already.
    package func renameUnit(_ text: String, to name: String, at: Instant, actor: String) async throws -> OrgUnit {
        let name = try Self.unitName(name)
        var unit = try await resolveUnit(text)
        guard unit.name != name else { throw RegisterError.unitAlreadyNamed(unit: unit.code, name: name) }
        try await setUnitName(unit.id, to: name, key: Folding.key(name))
        try await insertUnitChange(unit.id, field: .name, old: .text(unit.name), new: .text(name), at: at, recordedAt: now(),
                             actor: actor)
        for id in try await problems(ownedBy: unit.id) {
            try await updateDocument(of: id, appendingToHistory: "", names: try searchNames(ofProblem: id))
        }
        unit.name = name
        return unit
    }

    /// Moves the unit `text` names under the unit `parent` names, at `at` by `actor`: the unit's
    /// row and a record of the old and new parents. Everything that reads the hierarchy reads it
    /// as it is now: the sweep escalates to the new parent, and a unit's scope (its subtree)
    /// gains or loses the unit with its problems at once.
    ///
    /// - Throws: `RegisterError.unitUnderItself` for a move under itself or a unit below it;
    ///   `RegisterError.unitAlreadyUnder` for a move under the parent it has.
    package func moveUnit(_ text: String, under parent: String, at: Instant, actor: String) async throws -> OrgUnit {
        var unit = try await resolveUnit(text)
        let parent = try await resolveUnit(parent)
        if try await parent.id == unit.id ? true : isUnit(parent.id, within: unit.id) {
            throw RegisterError.unitUnderItself(unit: unit.code, parent: parent.code)
        }
        guard unit.parentID != parent.id else { throw RegisterError.unitAlreadyUnder(unit: unit.code, parent: parent.code) }
        try await setUnitParent(unit.id, to: parent.id)
        try await insertUnitChange(unit.id, field: .parent, old: unit.parentID.map { .number($0) }, new: .number(parent.id),
                             at: at, recordedAt: now(), actor: actor)
        unit.parentID = parent.id
        unit.parentCode = parent.code
        return unit
    }

    /// A unit's name as typed: a title (``TextInput/title(_:)``) with a letter or digit in it.
    private static func unitName(_ text: String) throws(InputError) -> String {
        let name = try TextInput.title(text)
        guard !Folding.key(name).isEmpty else { throw .noLetterOrDigit(field: "unit name", text: name) }
        return name
    }
}
