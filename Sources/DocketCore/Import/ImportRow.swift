/// One row of an import file, read and checked: its texts normalised and within the
/// contract's limits, its dates parsed. The names in it (locality, unit, group) are as typed;
/// the register resolves them.
public struct ImportRow: Hashable, Sendable {
    /// How a row names its group.
    public enum GroupReference: Hashable, Sendable {
        /// An existing group's number (`3`, `#3`).
        case number(Int64)
        /// A group's title: an existing group whose folded title is the same, or a new one.
        case title(String)
    }

    /// The line of the file the row starts on.
    public var line: Int
    /// What the difficulty is, in a line.
    public var title: String
    /// The locality that raised it, as typed.
    public var locality: String
    /// Its field.
    public var category: String?
    /// More about it.
    public var description: String?
    /// What the locality recommended.
    public var recommendation: String?
    /// The group it belongs to.
    public var group: GroupReference?
    /// The unit it is assigned to as it is filed, as typed.
    public var unit: String?
    /// Its deadline (only with a unit).
    public var due: CivilDate?
    /// When it was raised.
    public var raisedAt: Instant

    /// Makes a row.
    public init(line: Int, title: String, locality: String, category: String? = nil, description: String? = nil,
                recommendation: String? = nil, group: GroupReference? = nil, unit: String? = nil,
                due: CivilDate? = nil, raisedAt: Instant) {
        self.line = line
        self.title = title
        self.locality = locality
        self.category = category
        self.description = description
        self.recommendation = recommendation
        self.group = group
        self.unit = unit
        self.due = due
        self.raisedAt = raisedAt
    }
}
