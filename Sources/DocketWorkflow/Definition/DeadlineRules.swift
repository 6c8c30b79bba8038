/// When a problem counts as overdue, and what the sweep does about it.
public struct DeadlineRules: Hashable, Sendable, Codable {
    /// The states in which a deadline that has passed makes a problem overdue.
    public var overdueIn: [String]
    /// What `docket sweep` does to a problem past its deadline, or nil when it does nothing.
    public var sweep: SweepRule?

    /// Makes deadline rules.
    public init(overdueIn: [String], sweep: SweepRule?) {
        self.overdueIn = overdueIn
        self.sweep = sweep
    }

    private enum CodingKeys: String, CodingKey {
        case overdueIn = "overdue_in"
        case sweep
    }
}
