import DocketCore

/// What names are resolved against: a store's localities and units, looked up by code, by
/// folded key (``Folding/key(_:)``) or by a prefix of it. How a typed name is read — prefixes,
/// former provinces, "commune, province", diacritics that tell two names apart — is decided
/// once, in the extension below, whatever store holds the rows.
package protocol NameDirectory {
    /// The locality whose code is `code`.
    func locality(code: String) async throws -> Locality?
    /// The provincial-level locality whose code is `code`.
    func province(code: String) async throws -> Locality?
    /// Locality `id`.
    func locality(id: Int64) async throws -> Locality?
    /// The localities whose key is `key` — only the communes of province `province`, when
    /// given — by number.
    func localities(key: String, inProvince province: Int64?) async throws -> [Locality]
    /// The localities whose key starts with `prefix` (and is longer), as ``localities(key:inProvince:)``.
    func localities(keyPrefix prefix: String, inProvince province: Int64?) async throws -> [Locality]

    /// The unit whose code is `code`, as written.
    func unit(code: String) async throws -> OrgUnit?
    /// Every unit, by number.
    func allUnits() async throws -> [OrgUnit]
    /// The units whose key is `key`, by number.
    func units(key: String) async throws -> [OrgUnit]
    /// The units whose key starts with `prefix` (and is longer), by number.
    func units(keyPrefix prefix: String) async throws -> [OrgUnit]
}

extension NameDirectory {
    /// The locality a person means by `text`: its code (`92`, `31135`), or its name in any case,
    /// with or without diacritics (NFC or NFD) and its administrative prefix ("TP. Cần Thơ",
    /// "can tho"); a former province's name or an everyday short form ("Bình Dương", "TP.HCM");
    /// a commune with its province ("Tân Phú, Đồng Nai", "Xã Tân Phú (Đồng Nai)"). A name typed
    /// without a commune-level prefix that fits a province means the province. A prefix of a
    /// name also works when it fits one locality only. A name that fits several is refused with
    /// the candidates, each written so that it can be given back as it is.
    ///
    /// - Throws: `InputError.blank`, `RegisterError.notFound` or `.ambiguous`.
    package func resolveLocality(_ text: String) async throws -> Locality {
        let trimmed = TextInput.normalized(text).trimmingSpaces
        guard !trimmed.isEmpty else { throw InputError.blank(field: "locality") }
        if let found = try await locality(code: trimmed) { return found }
        if let (place, provinceText) = PlaceName.splitProvince(trimmed) {
            let province = try await resolveLocality(provinceText)
            guard province.isProvince else { throw RegisterError.notFound(kind: .locality, name: text) }
            return try await resolve(PlaceName.parse(place), typed: text, in: province)
        }
        return try await resolve(PlaceName.parse(trimmed), typed: text, in: nil)
    }

    /// The locality `place` names: anywhere, or among the communes of `province`.
    private func resolve(_ place: PlaceName, typed text: String, in province: Locality?) async throws -> Locality {
        guard !place.key.isEmpty else { throw RegisterError.notFound(kind: .locality, name: text) }
        var candidates = try await localities(key: place.key, inProvince: province?.id)
        let meansAProvince = place.kind.map { $0 == .city || $0 == .province } ?? true
        // A former province's name or a short form: the province, spelt as the form is.
        var spelling: (id: Int64, form: String)?
        if province == nil, meansAProvince, let alias = ReferenceData.provinceAliases[place.key],
           let aliased = try await self.province(code: alias.code) {
            if !candidates.contains(aliased) { candidates.insert(aliased, at: 0) }
            spelling = (aliased.id, alias.form)
        }
        if candidates.isEmpty {
            candidates = try await localities(keyPrefix: place.key, inProvince: province?.id)
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
            throw RegisterError.ambiguous(kind: .locality, name: text, candidates: try await candidates.asyncMap(describe(_:)))
        }
    }

    /// A locality written so that it can be given back: "Tỉnh Quảng Ninh", "Xã Tân Phú (Đồng Nai)".
    private func describe(_ locality: Locality) async throws -> String {
        guard !locality.isProvince, let province = try await self.locality(id: locality.provinceID) else { return locality.fullName }
        return locality.fullName + " (" + province.name + ")"
    }

    /// The unit a person means by `text`: its code in any case, or its name in any case with or
    /// without diacritics; a prefix of a name works when it fits one unit only. A name that fits
    /// several is refused with the candidates.
    ///
    /// - Throws: `InputError.blank`, `RegisterError.notFound` or `.ambiguous`.
    package func resolveUnit(_ text: String) async throws -> OrgUnit {
        let trimmed = TextInput.normalized(text).trimmingSpaces
        guard !trimmed.isEmpty else { throw InputError.blank(field: "unit") }
        if let found = try await unit(code: trimmed) { return found }
        let key = Folding.key(trimmed)
        guard !key.isEmpty else { throw RegisterError.notFound(kind: .unit, name: text) }
        // A code is matched as a name is: "bo khcn" and "BO-KHCN" are bo-khcn.
        var candidates = try await allUnits().filter { Folding.key($0.code) == key }
        if candidates.isEmpty { candidates = try await units(key: key) }
        if candidates.isEmpty { candidates = try await units(keyPrefix: key) }
        if candidates.count > 1, Folding.hasDiacritics(trimmed) {
            let spelt = Folding.toneKey(trimmed)
            let exact = candidates.filter { Folding.toneKey($0.name) == spelt }
            if exact.count == 1 { candidates = exact }
        }
        switch candidates.count {
        case 0: throw RegisterError.notFound(kind: .unit, name: text)
        case 1: return candidates[0]
        default:
            throw RegisterError.ambiguous(kind: .unit, name: text, candidates: candidates.map { "\($0.code) (\($0.name))" })
        }
    }
}
