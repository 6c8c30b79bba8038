import DocketCore

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

    /// The locality a person means by `text`: its code (`92`), or its name in any case, with or
    /// without diacritics (NFC or NFD) and its administrative prefix ("TP. Cần Thơ", "can tho").
    /// A prefix of a name also works when it fits one locality only. A name that fits several
    /// is refused with the candidates.
    public func locality(named text: String) throws -> Locality {
        try read { _ in try resolveLocality(text) }
    }

    func resolveLocality(_ text: String) throws -> Locality {
        let trimmed = TextInput.normalized(text).trimmingSpaces
        guard !trimmed.isEmpty else { throw InputError.blank(field: "locality") }
        let byCode = try database.cached("""
            SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality WHERE code = ?
            """)
        if let found = try byCode.first(trimmed, transform: Register.locality(from:)) { return found }

        let place = PlaceName.parse(trimmed)
        guard !place.key.isEmpty else { throw RegisterError.notFound(kind: .locality, name: text) }
        let exact = try database.cached("""
            SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality WHERE key = ? ORDER BY id
            """)
        let prefix = try database.cached("""
            SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality
            WHERE key > ? AND key < ? ORDER BY id
            """)
        var candidates = try exact.map(place.key, transform: Register.locality(from:))
        if candidates.isEmpty {
            candidates = try prefix.map(place.key, place.key + "\u{10FFFF}", transform: Register.locality(from:))
        }
        // "Thành phố Huế" means the city, not a ward called Huế: a typed prefix narrows the kind.
        if let kind = place.kind, candidates.count > 1 {
            let ofKind = candidates.filter { $0.kind == kind.label }
            if !ofKind.isEmpty { candidates = ofKind }
        }
        // Typed with its diacritics, a name that folds like several means the one spelt so.
        if candidates.count > 1, Folding.hasDiacritics(place.name) {
            let spelt = Folding.toneKey(place.name)
            let exact = candidates.filter { Folding.toneKey($0.name) == spelt }
            if exact.count == 1 { candidates = exact }
        }
        switch candidates.count {
        case 0: throw RegisterError.notFound(kind: .locality, name: text)
        case 1: return candidates[0]
        default:
            throw RegisterError.ambiguous(kind: .locality, name: text,
                                          candidates: try candidates.map(describe(_:)))
        }
    }

    /// "Phường Tân Phú (under Hồ Chí Minh)", "Thành phố Cần Thơ (92)": enough to tell candidates apart.
    private func describe(_ locality: Locality) throws -> String {
        var text = locality.fullName
        var details: [String] = []
        if let code = locality.code { details.append(code) }
        if !locality.isProvince, let province = try provinceName(locality.provinceID) {
            details.append("under " + province)
        }
        if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
        return text
    }

    private func provinceName(_ id: Int64) throws -> String? {
        try database.scalarText("SELECT name FROM locality WHERE id = ?", id)
    }

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
        let code = try code.map { try Register.validCode($0, what: "locality code") }
        return try write { _ in
            let province = try resolveLocality(parent)
            guard province.isProvince else {
                throw RegisterError.notAProvince(parent: province.fullName)
            }
            if let code, try database.scalar("SELECT 1 FROM locality WHERE code = ?", code) != nil {
                throw RegisterError.duplicate(kind: .locality, code: code)
            }
            if try database.scalar("SELECT 1 FROM locality WHERE key = ? AND province_id = ? AND kind IS ?",
                                   place.key, province.id, place.kind?.label) != nil {
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

    /// A code as typed (`so-khcn`, `31206`): trimmed, one word of letters, digits, `-`, `_` or `.`.
    static func validCode(_ text: String, what: String) throws(InputError) -> String {
        let code = text.trimmingSpaces
        guard !code.isEmpty else { throw .blank(field: what) }
        guard code.count <= 64 else { throw .tooLong(field: what, limit: 64) }
        guard code.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }) else {
            throw .invalidCode(field: what, text: text)
        }
        return code
    }

    static func locality(from row: Statement) -> Locality {
        Locality(id: row.int64(0), code: row.optionalText(1), name: row.text(2), kind: row.optionalText(3),
                 parentID: row.optionalInt64(4), provinceID: row.int64(5), mergedFrom: row.optionalText(6))
    }
}
