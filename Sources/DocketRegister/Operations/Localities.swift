import DocketCore

extension RegisterTransaction {
    /// Adds a commune, ward or special zone under the provincial-level locality `parent`
    /// names, created at `at`, and returns it with its province.
    ///
    /// The name may carry its prefix ("Xã Mường Thanh"): the prefix is kept as the kind. A code,
    /// when given, must be new. The same name twice under one province is refused; typed
    /// without its prefix, a name is there already under whichever kind it has.
    ///
    /// - Throws: `InputError` for a name or code that is not one; `RegisterError.notFound` (or
    ///   `.ambiguous`) for the parent, `.notAProvince` for a parent that is a commune,
    ///   `.duplicate` for a code taken, `.duplicateName` for a name the province has.
    package func addLocality(name: String, parent: String, code: String?,
                             at: Instant) async throws -> (locality: Locality, province: Locality) {
        let place = PlaceName.parse(try TextInput.title(name))
        guard !place.key.isEmpty else { throw InputError.noLetterOrDigit(field: "locality name", text: name) }
        let code = try code.map { try TextInput.code($0, field: "locality code") }
        let province = try await resolveLocality(parent)
        guard province.isProvince else { throw RegisterError.notAProvince(parent: province.fullName) }
        if let code, try await locality(code: code) != nil { throw RegisterError.duplicate(kind: .locality, code: code) }
        if try await hasCommune(key: place.key, kind: place.kind?.label, inProvince: province.id) {
            throw RegisterError.duplicateName(province: province.name, name: place.name)
        }
        var locality = Locality(id: 0, code: code, name: place.name, kind: place.kind?.label, parentID: province.id,
                                provinceID: province.id)
        locality.id = try await insertLocality(locality, key: place.key, createdAt: at)
        return (locality, province)
    }
}
