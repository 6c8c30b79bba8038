import DocketCore
import DocketRegister

extension Register {
    /// Every locality: the provincial-level ones in the reference list's order, each followed by
    /// the communes, wards and special zones under it, by name.
    public func localities() throws -> [Locality] {
        try read { _ in
            try database.cached("""
                SELECT l.id, l.code, l.name, l.kind, l.parent_id, l.province_id, l.merged_from
                FROM locality AS l JOIN locality AS p ON p.id = l.province_id
                ORDER BY p.id, l.parent_id IS NOT NULL, l.key, l.id
                """).map(transform: Register.locality(from:))
        }
    }

    /// The locality a person means by `text`, typed any way (``NameDirectory/resolveLocality(_:)``).
    public func locality(named text: String) throws -> Locality {
        try readOperation { store in try await store.resolveLocality(text) }
    }

    static let selectLocality = "SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality"

    /// Adds a commune, ward or special zone under `parent`
    /// (`RegisterTransaction.addLocality(name:parent:code:at:)`) in one transaction.
    public func addLocality(name: String, parent: String, code: String?, at: Instant) throws -> (locality: Locality, province: Locality) {
        try writeOperation { store in try await store.addLocality(name: name, parent: parent, code: code, at: at) }
    }

    static func locality(from row: Statement) -> Locality {
        Locality(id: row.int64(0), code: row.optionalText(1), name: row.text(2), kind: row.optionalText(3),
                 parentID: row.optionalInt64(4), provinceID: row.int64(5), mergedFrom: row.optionalText(6))
    }
}

/// The name directory's lookups (``NameDirectory``), which ``SQLiteStoreTransaction`` hands on
/// to; names are resolved through a transaction, as ``locality(named:)`` does.
extension Register {
    package func locality(code: String) throws -> Locality? {
        try database.cached(Register.selectLocality + " WHERE code = ?").first(code, transform: Register.locality(from:))
    }

    package func province(code: String) throws -> Locality? {
        try database.cached(Register.selectLocality + " WHERE code = ? AND parent_id IS NULL")
            .first(code, transform: Register.locality(from:))
    }

    package func locality(id: Int64) throws -> Locality? {
        try database.cached(Register.selectLocality + " WHERE id = ?").first(id, transform: Register.locality(from:))
    }

    package func localities(key: String, inProvince province: Int64?) throws -> [Locality] {
        try database.cached(Register.selectLocality + """
             WHERE key = ?1 AND (?2 IS NULL OR (parent_id IS NOT NULL AND province_id = ?2)) ORDER BY id
            """).map(key, province, transform: Register.locality(from:))
    }

    package func localities(keyPrefix prefix: String, inProvince province: Int64?) throws -> [Locality] {
        try database.cached(Register.selectLocality + """
             WHERE key > ?1 AND key < ?2 AND (?3 IS NULL OR (parent_id IS NOT NULL AND province_id = ?3)) ORDER BY id
            """).map(prefix, prefix + "\u{10FFFF}", province, transform: Register.locality(from:))
    }

    package func unit(code: String) throws -> OrgUnit? {
        try database.cached(Register.selectUnit + " WHERE u.code = ?").first(code, transform: Register.unit(from:))
    }

    package func allUnits() throws -> [OrgUnit] {
        try database.cached(Register.selectUnit + " ORDER BY u.id").map(transform: Register.unit(from:))
    }

    package func units(key: String) throws -> [OrgUnit] {
        try database.cached(Register.selectUnit + " WHERE u.key = ? ORDER BY u.id").map(key, transform: Register.unit(from:))
    }

    package func units(keyPrefix prefix: String) throws -> [OrgUnit] {
        try database.cached(Register.selectUnit + " WHERE u.key > ? AND u.key < ? ORDER BY u.id")
            .map(prefix, prefix + "\u{10FFFF}", transform: Register.unit(from:))
    }
}

/// The localities' primitives of the store protocol.
extension SQLiteStoreTransaction {
    func hasCommune(key: String, kind: String?, inProvince province: Int64) throws -> Bool {
        try database.cached("""
            SELECT 1 FROM locality WHERE key = ?1 AND province_id = ?2 AND parent_id IS NOT NULL AND (?3 IS NULL OR kind = ?3)
            """).first(key, province, kind, transform: { _ in true }) ?? false
    }

    func insertLocality(_ locality: Locality, key: String, createdAt: Instant) throws -> Int64 {
        try database.cached("""
            INSERT INTO locality (code, name, kind, key, parent_id, province_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).run(locality.code, locality.name, locality.kind, key, locality.parentID, locality.provinceID,
                     createdAt.secondsSinceEpoch)
        return database.lastInsertedRowID
    }
}
