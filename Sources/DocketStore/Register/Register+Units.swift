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
        try readOperation { store in try await store.resolveUnit(text) }
    }

    static let selectUnit = "SELECT u.id, u.code, u.name, u.kind, u.parent_id, p.code FROM unit AS u LEFT JOIN unit AS p ON p.id = u.parent_id"

    /// The unit `id`, for the workflow: its code and its parent.
    func unit(id: Int64) throws -> OrgUnit? {
        try database.cached(Register.selectUnit + " WHERE u.id = ?").first(id, transform: Register.unit(from:))
    }

    /// Adds a unit with a new code, under `parent` when given: DocketRegister's
    /// `RegisterTransaction.addUnit(code:name:kind:parent:at:)` in one transaction.
    public func addUnit(code: String, name: String, kind: OrgUnit.Kind, parent: String?, at: Instant) throws -> OrgUnit {
        try writeOperation { store in try await store.addUnit(code: code, name: name, kind: kind, parent: parent, at: at) }
    }

    /// Renames the unit `text` names to `name` (`RegisterTransaction.renameUnit(_:to:at:actor:)`),
    /// its row, the record of the change and the search index of its problems in one transaction.
    public func renameUnit(_ text: String, to name: String, at: Instant, actor: String) throws -> OrgUnit {
        try writeOperation { store in try await store.renameUnit(text, to: name, at: at, actor: actor) }
    }

    /// Moves the unit `text` names under the unit `parent` names
    /// (`RegisterTransaction.moveUnit(_:under:at:actor:)`), in one transaction.
    public func moveUnit(_ text: String, under parent: String, at: Instant, actor: String) throws -> OrgUnit {
        try writeOperation { store in try await store.moveUnit(text, under: parent, at: at, actor: actor) }
    }

    /// The unit `text` names and its renames and moves, in the order they happened; a parent
    /// is given by its code.
    public func unitHistory(_ text: String) throws -> (unit: OrgUnit, changes: [OrgUnit.Change]) {
        try read { _ in
            let unit = try unit(named: text)
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

    static func unit(from row: Statement) -> OrgUnit {
        OrgUnit(id: row.int64(0), code: row.text(1), name: row.text(2),
                kind: OrgUnit.Kind(rawValue: row.text(3)) ?? .internal,
                parentID: row.optionalInt64(4), parentCode: row.optionalText(5))
    }
}

/// The units' primitives of the store protocol.
extension SQLiteStoreTransaction {
    func insertUnit(code: String, name: String, key: String, kind: OrgUnit.Kind, parent: Int64?,
                    createdAt: Instant) throws -> Int64 {
        try database.run("""
            INSERT INTO unit (code, name, key, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, code, name, key, kind.rawValue, parent, createdAt.secondsSinceEpoch)
        return database.lastInsertedRowID
    }

    func setUnitName(_ id: Int64, to name: String, key: String) throws {
        try database.run("UPDATE unit SET name = ?, key = ? WHERE id = ?", name, key, id)
    }

    func setUnitParent(_ id: Int64, to parent: Int64) throws {
        try database.run("UPDATE unit SET parent_id = ? WHERE id = ?", parent, id)
    }

    func insertUnitChange(_ id: Int64, field: OrgUnit.Change.Field, old: StoredValue?, new: StoredValue?,
                          at: Instant, recordedAt: Instant, actor: String) throws {
        try database.cached("""
            INSERT INTO unit_change (unit_id, at, recorded_at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).run(id, at.secondsSinceEpoch, recordedAt.secondsSinceEpoch, actor, field.rawValue, old.sqlValue, new.sqlValue)
    }

    func problems(ownedBy id: Int64) throws -> [Int64] {
        try database.cached("SELECT id FROM problem WHERE unit_id = ?").map(id, transform: { $0.int64(0) })
    }
}
