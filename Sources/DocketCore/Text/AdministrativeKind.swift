/// The kind of administrative unit a Vietnamese locality is, as the prefix of its full name
/// says: the *Thành phố* of *Thành phố Cần Thơ*, the *Xã* of *Xã Mường Thanh*.
///
/// The provincial level has cities and provinces; since 1 July 2025 the level below has wards,
/// communes and special zones. District-level kinds and townships are gone from the map but
/// not from documents and people's habits, so their prefixes are still understood.
public enum AdministrativeKind: String, CaseIterable, Hashable, Sendable {
    /// *Thành phố*: a centrally-run city (provincial level).
    case city
    /// *Tỉnh*: a province.
    case province
    /// *Phường*: an urban ward.
    case ward
    /// *Xã*: a rural commune.
    case commune
    /// *Đặc khu*: a special zone, an island district made a commune-level unit in 2025.
    case specialZone = "special_zone"
    /// *Thị trấn*: a township (commune level, abolished in 2025).
    case township
    /// *Quận*: an urban district (abolished in 2025).
    case urbanDistrict = "urban_district"
    /// *Huyện*: a rural district (abolished in 2025).
    case ruralDistrict = "rural_district"
    /// *Thị xã*: a district-level town (abolished in 2025).
    case town

    /// The official Vietnamese spelling, as it stands before the name: `"Thành phố"`.
    public var label: String {
        switch self {
        case .city: return "Thành phố"
        case .province: return "Tỉnh"
        case .ward: return "Phường"
        case .commune: return "Xã"
        case .specialZone: return "Đặc khu"
        case .township: return "Thị trấn"
        case .urbanDistrict: return "Quận"
        case .ruralDistrict: return "Huyện"
        case .town: return "Thị xã"
        }
    }

    /// The kind whose ``label`` `text` spells, in any case, with or without diacritics
    /// (`"Thành phố"`, `"thanh pho"`, `"TP."`), or nil.
    public init?(label text: String) {
        let words = PlaceName.words(of: TextInput.normalized(text))
        guard let (kind, count) = PlaceName.prefix(of: words), count == words.count else { return nil }
        self = kind
    }
}
