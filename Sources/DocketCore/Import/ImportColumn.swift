/// A column of a CSV file `docket import` reads (CONTRACT.md, "CSV"): the import columns,
/// then the columns `export --csv` adds after them, which are accepted so that an export
/// re-imports, and ignored.
public enum ImportColumn: Int, CaseIterable, Hashable, Sendable {
    /// What the difficulty is, in a line. Required.
    case title
    /// The locality that raised it, by code or name. Required.
    case locality
    /// Its field.
    case category
    /// More about it.
    case description
    /// What the locality recommended.
    case recommendation
    /// The group it belongs to: a number (`3`, `#3`) or a title.
    case group
    /// The unit it is assigned to as it is filed.
    case unit
    /// Its deadline, with a unit.
    case due
    /// When it was raised: a date or an ISO 8601 date-time.
    case raisedAt
    /// Export only: the problem's number in the register it came from.
    case id
    /// Export only: its state there.
    case state
    /// Export only: its province.
    case province
    /// Export only: where it stood escalated.
    case escalatedTo
    /// Export only: when it was resolved.
    case resolvedAt
    /// Export only: how it was resolved.
    case resolution

    /// The column's name in a header row, as the contract spells it.
    public var name: String {
        switch self {
        case .title: "title"
        case .locality: "locality"
        case .category: "category"
        case .description: "description"
        case .recommendation: "recommendation"
        case .group: "group"
        case .unit: "unit"
        case .due: "due"
        case .raisedAt: "raised_at"
        case .id: "id"
        case .state: "state"
        case .province: "province"
        case .escalatedTo: "escalated_to"
        case .resolvedAt: "resolved_at"
        case .resolution: "resolution"
        }
    }

    /// Whether every file must have it.
    public var isRequired: Bool { self == .title || self == .locality }

    /// Whether it is read: the columns `export --csv` adds are accepted and ignored, since a
    /// new filing starts a problem's history afresh.
    public var isImported: Bool { rawValue <= ImportColumn.raisedAt.rawValue }

    /// The column a header cell names, in any case and with spaces around it, or nil.
    public init?(header: String) {
        let name = header.trimmingSpaces.lowercased()
        guard let column = ImportColumn.allCases.first(where: { $0.name == name }) else { return nil }
        self = column
    }
}
