extension ResolutionReport {
    /// Where the problems raised up to the end of the week stood at its end.
    ///
    /// "Open" means neither resolved nor closed: an answered problem is still open, since an
    /// answer may not resolve it completely; government reports tell the two apart, and so do
    /// ``totalAnswered`` and ``totalResolved``.
    public struct Standing: Hashable, Sendable {
        /// How many open problems stood in each open state (class open or answered), every
        /// such state of the workflow listed, in the workflow's order, zeros included.
        public var byState: [StateCount]
        /// How many were overdue: in a state the workflow's deadline rules watch, with a due
        /// day before the next Monday (the whole due day is allowed).
        public var overdue: Int
        /// Every problem raised up to the end of the week, whatever its state.
        public var totalRaised: Int
        /// Of them, those in an answered or a resolved state at the end of the week.
        public var totalAnswered: Int
        /// Of them, those in a resolved state at the end of the week.
        public var totalResolved: Int
        /// Of them, those closed (withdrawn, duplicate, out of scope) at the end of the week.
        public var totalClosed: Int

        /// Makes a standing.
        public init(byState: [StateCount], overdue: Int, totalRaised: Int, totalAnswered: Int,
                    totalResolved: Int, totalClosed: Int) {
            self.byState = byState
            self.overdue = overdue
            self.totalRaised = totalRaised
            self.totalAnswered = totalAnswered
            self.totalResolved = totalResolved
            self.totalClosed = totalClosed
        }

        /// The open problems: the sum of ``byState``.
        public var open: Int {
            byState.reduce(0) { $0 + $1.count }
        }

        /// Resolved ÷ (raised − closed), from 0 to 1: closed problems count neither as resolved
        /// nor against the rate. 0 when nothing counts (no problem, or every one closed).
        public var resolutionRate: Double {
            let counted = totalRaised - totalClosed
            return counted > 0 ? Double(totalResolved) / Double(counted) : 0
        }
    }

    /// How many problems stood in one state.
    public struct StateCount: Hashable, Sendable {
        /// The state's name, as the workflow calls it.
        public var state: String
        /// How many problems stood in it.
        public var count: Int

        /// Makes a count of `count` problems in `state`.
        public init(state: String, count: Int) {
            self.state = state
            self.count = count
        }
    }
}
