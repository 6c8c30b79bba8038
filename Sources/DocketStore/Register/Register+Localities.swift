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
        try read { _ in try resolveLocality(text) }
    }

    static let selectLocality = "SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality"

    /// Adds a commune, ward or special zone under `parent` (a provincial-level locality), and
    /// returns it with its province.
    ///
    /// The name may carry its prefix ("Xã Mường Thanh"): the prefix is kept as the kind. A code,
    /// when given, must be new. The same name twice under one province is refused.
    public func addLocality(name: String, parent: String, code: String?, at: Instant) throws -> (locality: Locality, province: Locality) {
        let place = PlaceName.parse(try TextInput.title(name))
        guard !place.key.isEmpty else {
            throw InputError.noLetterOrDigit(field: "locality name", text: name)
        }
        let code = try code.map { try TextInput.code($0, field: "locality code") }
        return try write { _ in
            let province = try resolveLocality(parent)
            guard province.isProvince else {
                throw RegisterError.notAProvince(parent: province.fullName)
            }
            if let code, try database.scalar("SELECT 1 FROM locality WHERE code = ?", code) != nil {
                throw RegisterError.duplicate(kind: .locality, code: code)
            }
            // Typed without its prefix, a name is there already under whichever kind it has.
            if try database.scalar("""
                SELECT 1 FROM locality WHERE key = ? AND province_id = ? AND parent_id IS NOT NULL AND (? IS NULL OR kind = ?)
                """, place.key, province.id, place.kind?.label, place.kind?.label) != nil {
                throw RegisterError.duplicateName(province: province.name, name: place.name)
            }
            try database.run("""
                INSERT INTO locality (code, name, kind, key, parent_id, province_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, code, place.name, place.kind?.label, place.key, province.id, province.id, at.secondsSinceEpoch)
            let locality = Locality(id: database.lastInsertedRowID, code: code, name: place.name,
                                    kind: place.kind?.label, parentID: province.id, provinceID: province.id)
            return (locality, province)
        }
    }

    static func locality(from row: Statement) -> Locality {
        Locality(id: row.int64(0), code: row.optionalText(1), name: row.text(2), kind: row.optionalText(3),
                 parentID: row.optionalInt64(4), provinceID: row.int64(5), mergedFrom: row.optionalText(6))
    }
}

extension Register: NameDirectory {
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
