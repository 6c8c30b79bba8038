/// What `docket file` records: a new problem as typed, before the register resolves its names.
public struct NewProblem: Sendable, Hashable {
    /// What the difficulty is, in a line (required, at most 500 characters).
    public var title: String
    /// The locality that raised it, as typed: a code or a name.
    public var locality: String
    /// Its field.
    public var category: String?
    /// More about it.
    public var description: String?
    /// What the locality recommended.
    public var recommendation: String?
    /// The meeting it was raised at.
    public var meeting: Int64?
    /// The group it belongs to.
    public var group: Int64?

    /// Makes a new problem.
    public init(title: String, locality: String, category: String? = nil, description: String? = nil,
                recommendation: String? = nil, meeting: Int64? = nil, group: Int64? = nil) {
        self.title = title
        self.locality = locality
        self.category = category
        self.description = description
        self.recommendation = recommendation
        self.meeting = meeting
        self.group = group
    }

    /// The same problem with every text normalised (NFC, trimmed) and checked against the
    /// contract's limits.
    public func validated() throws(InputError) -> NewProblem {
        var copy = self
        copy.title = try TextInput.title(title)
        copy.category = try TextInput.optionalText(category, field: "category")
        copy.description = try TextInput.optionalText(description, field: "description")
        copy.recommendation = try TextInput.optionalText(recommendation, field: "recommendation")
        return copy
    }
}
