import DocketCore
import DocketRegister

extension Register {
    /// Every unit, each followed by the units under it (depth first, by code).
    public func units() throws -> [OrgUnit] {
        let all = try read { _ in
            try database.cached("""
                SELECT u.id, u.code, u.name, u.kind, u.parent_id, p.code
                FROM unit AS u LEFT JOIN unit AS p ON p.id = u.parent_id ORDER BY u.code COLLATE NOCASE
                """).map(transform: Register.unit(from:))
        }
        let children = Dictionary(grouping: all, by: \.parentID)
        var ordered: [OrgUnit] = []
        func visit(_ parent: Int64?) {
            for unit in children[parent] ?? [] {
                ordered.append(unit)
                visit(unit.id)
            }
        }
        visit(nil)
        return ordered
    }

    /// The unit a person means by `text`, typed any way (``NameDirectory/resolveUnit(_:)``).
    public func unit(named text: String) throws -> OrgUnit {
        try read { _ in try resolveUnit(text) }
    }

    static let selectUnit = "SELECT u.id, u.code, u.name, u.kind, u.parent_id, p.code FROM unit AS u LEFT JOIN unit AS p ON p.id = u.parent_id"

    /// The unit `id`, for the workflow: its code and its parent.
    func unit(id: Int64) throws -> OrgUnit? {
        try database.cached(Register.selectUnit + " WHERE u.id = ?").first(id, transform: Register.unit(from:))
    }

    /// Adds a unit with a new code, under `parent` when given.
    public func addUnit(code: String, name: String, kind: OrgUnit.Kind, parent: String?, at: Instant) throws -> OrgUnit {
        let code = try Register.validCode(code, what: "unit code")
        let name = try TextInput.title(name)
        guard !Folding.key(name).isEmpty else {
            throw InputError.noLetterOrDigit(field: "unit name", text: name)
        }
        return try write { _ in
            if try database.scalar("SELECT 1 FROM unit WHERE code = ?", code) != nil {
                throw RegisterError.duplicate(kind: .unit, code: code)
            }
            let parentUnit = try parent.map(resolveUnit)
            try database.run("""
                INSERT INTO unit (code, name, key, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, code, name, Folding.key(name), kind.rawValue, parentUnit?.id, at.secondsSinceEpoch)
            return OrgUnit(id: database.lastInsertedRowID, code: code, name: name, kind: kind,
                           parentID: parentUnit?.id, parentCode: parentUnit?.code)
        }
    }

    /// Renames the unit `text` names (its code or name) to `name`, which is checked as a new
    /// unit's is, at `at` by `actor`: the unit's row and a `unit_change` record of the old and new
    /// names, in one transaction. Its code stays, and every problem shows it by its new name, its
    /// history and past reports too (a unit is one body whatever it is called). Renaming it to the
    /// name it has is refused.
    public func renameUnit(_ text: String, to name: String, at: Instant, actor: String) throws -> OrgUnit {
        let name = try TextInput.title(name)
        guard !Folding.key(name).isEmpty else {
            throw InputError.noLetterOrDigit(field: "unit name", text: name)
        }
        return try write { _ in
            var unit = try resolveUnit(text)
            guard unit.name != name else { throw RegisterError.unitAlreadyNamed(unit: unit.code, name: name) }
            try database.run("UPDATE unit SET name = ?, key = ? WHERE id = ?", name, Folding.key(name), unit.id)
            try recordUnitChange(unit.id, field: "name", old: unit.name, new: name, at: at, actor: actor)
            // The problems it owns are found by its new name.
            let reindex = try database.cached("UPDATE search SET names = ? WHERE rowid = ?")
            for id in try database.cached("SELECT id FROM problem WHERE unit_id = ?").map(unit.id, transform: { $0.int64(0) }) {
                try reindex.run(try searchNames(ofProblem: id), id)
            }
            unit.name = name
            return unit
        }
    }

    /// Moves the unit `text` names under the unit `parent` names, at `at` by `actor`: the unit's
    /// row and a `unit_change` record of the old and new parents, in one transaction. Everything
    /// that reads the hierarchy reads it as it is now: the sweep escalates to the new parent, and
    /// a unit token's scope (its subtree) gains or loses the unit with its problems at once.
    /// Moving a unit under itself or under a unit below it is refused, and so is a move under the
    /// parent it has.
    public func moveUnit(_ text: String, under parent: String, at: Instant, actor: String) throws -> OrgUnit {
        try write { _ in
            var unit = try resolveUnit(text)
            let parent = try resolveUnit(parent)
            if try parent.id == unit.id || isUnit(parent.id, within: unit.id) {
                throw RegisterError.unitUnderItself(unit: unit.code, parent: parent.code)
            }
            guard unit.parentID != parent.id else { throw RegisterError.unitAlreadyUnder(unit: unit.code, parent: parent.code) }
            try database.run("UPDATE unit SET parent_id = ? WHERE id = ?", parent.id, unit.id)
            try recordUnitChange(unit.id, field: "parent", old: unit.parentID, new: parent.id, at: at, actor: actor)
            unit.parentID = parent.id
            unit.parentCode = parent.code
            return unit
        }
    }

    /// Records one change of unit `id`'s row, inside the caller's transaction.
    /// The unit `text` names and its renames and moves, in the order they happened; a parent
    /// is given by its code.
    public func unitHistory(_ text: String) throws -> (unit: OrgUnit, changes: [OrgUnit.Change]) {
        try read { _ in
            let unit = try resolveUnit(text)
            let changes = try database.cached("""
                SELECT c.at, c.recorded_at, c.actor, c.field,
                       CASE c.field WHEN 'parent' THEN (SELECT code FROM unit WHERE id = c.old_value) ELSE c.old_value END,
                       CASE c.field WHEN 'parent' THEN (SELECT code FROM unit WHERE id = c.new_value) ELSE c.new_value END
                FROM unit_change AS c WHERE c.unit_id = ? ORDER BY c.at, c.id
                """).map(unit.id) { row in
                OrgUnit.Change(at: Instant(secondsSinceEpoch: row.int64(0)), recordedAt: Instant(secondsSinceEpoch: row.int64(1)),
                               actor: row.text(2), field: OrgUnit.Change.Field(rawValue: row.text(3)) ?? .name,
                               old: row.optionalText(4), new: row.optionalText(5))
            }
            return (unit, changes)
        }
    }

    private func recordUnitChange(_ id: Int64, field: String, old: any SQLValueConvertible, new: any SQLValueConvertible,
                                  at: Instant, actor: String) throws {
        try database.cached("""
            INSERT INTO unit_change (unit_id, at, recorded_at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).run(id, at.secondsSinceEpoch, clock().secondsSinceEpoch, actor, field, old, new)
    }

    static func unit(from row: Statement) -> OrgUnit {
        OrgUnit(id: row.int64(0), code: row.text(1), name: row.text(2),
                kind: OrgUnit.Kind(rawValue: row.text(3)) ?? .internal,
                parentID: row.optionalInt64(4), parentCode: row.optionalText(5))
    }
}
