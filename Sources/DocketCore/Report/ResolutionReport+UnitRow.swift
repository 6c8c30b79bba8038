extension ResolutionReport {
    /// One unit's problems at the end of the period: those it owned then (it was their last
    /// assignee), whatever their state. Escalating a problem does not move it: the owner keeps
    /// it and follows it up, so it counts under its owner, not where it was sent.
    ///
    /// `assigned` = `resolved` + `open` + `closed`.
    public struct UnitRow: Hashable, Sendable {
        /// The unit: its code and name; nil for the problems no unit owned (still raised, or
        /// escalated straight from raised).
        public var unit: NamedRef?
        /// How many problems it owned at the end of the period.
        public var assigned: Int
        /// Of them, how many stood resolved.
        public var resolved: Int
        /// Of them, how many stood open (neither resolved nor closed; answered ones included).
        public var open: Int
        /// Of them, how many stood closed.
        public var closed: Int
        /// Of them, how many were overdue (a subset of `open`).
        public var overdue: Int

        /// Makes a row.
        public init(unit: NamedRef?, assigned: Int, resolved: Int, open: Int, closed: Int, overdue: Int) {
            self.unit = unit
            self.assigned = assigned
            self.resolved = resolved
            self.open = open
            self.closed = closed
            self.overdue = overdue
        }
    }
}
