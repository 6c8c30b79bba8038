/// A provincial-level locality, or a commune, ward or special zone under one.
public struct Locality: Hashable, Sendable {
    /// The register's number for it.
    public var id: Int64
    /// Its official code (`92` for Cần Thơ); nil for a commune added without one.
    public var code: String?
    /// Its name without the administrative prefix: "Cần Thơ", "Ninh Kiều".
    public var name: String
    /// Its administrative kind as written in Vietnamese ("Thành phố", "Tỉnh", "Phường", "Xã"),
    /// when known.
    public var kind: String?
    /// The locality it is under; nil for a provincial-level one.
    public var parentID: Int64?
    /// The provincial-level locality it belongs to (itself for a province).
    public var provinceID: Int64
    /// The former provinces merged into it in 2025, as the reference list gives them.
    public var mergedFrom: String?

    /// Makes a locality.
    public init(id: Int64, code: String?, name: String, kind: String?, parentID: Int64?,
                provinceID: Int64, mergedFrom: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.provinceID = provinceID
        self.mergedFrom = mergedFrom
    }

    /// Whether it is one of the provincial-level localities.
    public var isProvince: Bool { parentID == nil }

    /// Its name with its administrative prefix: "Thành phố Cần Thơ", "Phường Ninh Kiều".
    public var fullName: String {
        guard let kind else { return name }
        return kind + " " + name
    }

    /// Its code and name, as problems refer to it.
    public var ref: NamedRef { NamedRef(code: code, name: displayName) }
}

extension Locality {
    /// The name problems show it by: a province's short name ("Cần Thơ"), a commune's full name
    /// ("Phường Ninh Kiều"), whose bare name often repeats a former district's.
    public var displayName: String { isProvince ? name : fullName }
}
