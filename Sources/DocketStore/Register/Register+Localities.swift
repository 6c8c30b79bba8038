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

    /// The locality a person means by `text`: its code (`92`, `31135`), or its name in any case,
    /// with or without diacritics (NFC or NFD) and its administrative prefix ("TP. Cần Thơ",
    /// "can tho"); a former province's name or an everyday short form ("Bình Dương", "TP.HCM");
    /// a commune with its province ("Tân Phú, Đồng Nai", "Xã Tân Phú (Đồng Nai)"). A name typed
    /// without a commune-level prefix that fits a province means the province. A prefix of a
    /// name also works when it fits one locality only. A name that fits several is refused with
    /// the candidates, each written so that it can be given back as it is.
    public func locality(named text: String) throws -> Locality {
        try read { _ in try resolveLocality(text) }
    }

    func resolveLocality(_ text: String) throws -> Locality {
        let trimmed = TextInput.normalized(text).trimmingSpaces
        guard !trimmed.isEmpty else { throw InputError.blank(field: "locality") }
        if let found = try database.cached(Register.selectLocality + " WHERE code = ?")
            .first(trimmed, transform: Register.locality(from:)) {
            return found
        }
        if let (place, provinceText) = PlaceName.splitProvince(trimmed) {
            let province = try resolveLocality(provinceText)
            guard province.isProvince else { throw RegisterError.notFound(kind: .locality, name: text) }
            return try resolve(PlaceName.parse(place), typed: text, in: province)
        }
        return try resolve(PlaceName.parse(trimmed), typed: text, in: nil)
    }

    /// The locality `place` names: anywhere, or among the communes of `province`.
    private func resolve(_ place: PlaceName, typed text: String, in province: Locality?) throws -> Locality {
        guard !place.key.isEmpty else { throw RegisterError.notFound(kind: .locality, name: text) }
        let within = province.map { " AND parent_id IS NOT NULL AND province_id = \($0.id)" } ?? ""
        var candidates = try database.cached(Register.selectLocality + " WHERE key = ?" + within + " ORDER BY id")
            .map(place.key, transform: Register.locality(from:))
        let meansAProvince = place.kind.map { $0 == .city || $0 == .province } ?? true
        // A former province's name or a short form: the province, spelt as the form is.
        var spelling: (id: Int64, form: String)?
        if province == nil, meansAProvince, let alias = ReferenceData.provinceAliases[place.key],
           let aliased = try database.cached(Register.selectLocality + " WHERE code = ? AND parent_id IS NULL")
               .first(alias.code, transform: Register.locality(from:)) {
            if !candidates.contains(aliased) { candidates.insert(aliased, at: 0) }
            spelling = (aliased.id, alias.form)
        }
        if candidates.isEmpty {
            candidates = try database.cached(Register.selectLocality + " WHERE key > ? AND key < ?" + within + " ORDER BY id")
                .map(place.key, place.key + "\u{10FFFF}", transform: Register.locality(from:))
        }
        // "Thành phố Huế" means the city, "Phường Lào Cai" the ward: a typed prefix narrows the kind.
        if let kind = place.kind, candidates.count > 1 {
            let ofKind = candidates.filter { $0.kind == kind.label }
            if !ofKind.isEmpty { candidates = ofKind }
        }
        // Typed with its diacritics, a name that folds like several means the one spelt so.
        if candidates.count > 1, Folding.hasDiacritics(place.name) {
            let spelt = Folding.toneKey(place.name)
            let exact = candidates.filter { candidate in
                Folding.toneKey(candidate.name) == spelt
                    || spelling.map { $0.id == candidate.id && Folding.toneKey($0.form) == spelt } ?? false
            }
            if exact.count == 1 { candidates = exact }
        }
        // Without a commune-level prefix, a name that fits a province means the province.
        if candidates.count > 1, meansAProvince {
            let provinces = candidates.filter(\.isProvince)
            if provinces.count == 1 { candidates = provinces }
        }
        switch candidates.count {
        case 0: throw RegisterError.notFound(kind: .locality, name: text)
        case 1: return candidates[0]
        default:
            throw RegisterError.ambiguous(kind: .locality, name: text,
                                          candidates: try candidates.map(describe(_:)))
        }
    }

    /// A locality written so that it can be given back: "Tỉnh Quảng Ninh", "Xã Tân Phú (Đồng Nai)".
    private func describe(_ locality: Locality) throws -> String {
        guard !locality.isProvince, let province = try provinceName(locality.provinceID) else { return locality.fullName }
        return locality.fullName + " (" + province + ")"
    }

    private static let selectLocality = "SELECT id, code, name, kind, parent_id, province_id, merged_from FROM locality"

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
