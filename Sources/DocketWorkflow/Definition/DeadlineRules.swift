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

extension DeadlineRules {
    /// The overdue rule, the one place docket states it: a problem is overdue on `day` when it
    /// stands in one of the states `overdueIn` (a workflow's ``overdueIn``) with a deadline
    /// before that day. The whole due day is allowed, so a problem due on the 1st becomes
    /// overdue on the 2nd.
    ///
    /// Generic in the day so that the store can judge days as it keeps them, `YYYY-MM-DD`
    /// text, which sorts as the days do; its SQL that selects overdue problems for a query
    /// (`state IN (…) AND due < ?`) says the same and must stay in step with this.
    @inlinable
    public static func isOverdue<Day: Comparable>(state: String, due: Day?, on day: Day, overdueIn: [String]) -> Bool {
        guard let due else { return false }
        return due < day && overdueIn.contains(state)
    }
}
