extension ResolutionReport {
    /// Where the groups (one difficulty raised by several localities) stood at the end of the week.
    public struct GroupTotals: Hashable, Sendable {
        /// The groups with at least one problem raised by the end of the week.
        public var total: Int
        /// Of them, those resolved: every problem in them resolved or closed, and at least one
        /// resolved (the workflow's group standing).
        public var resolved: Int

        /// Makes the totals.
        public init(total: Int, resolved: Int) {
            self.total = total
            self.resolved = resolved
        }
    }
}
