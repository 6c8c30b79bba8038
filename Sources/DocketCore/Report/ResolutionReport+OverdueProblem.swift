extension ResolutionReport {
    /// A problem overdue at the end of the period: in a state the deadline rules watch, with a
    /// due day before the day it is judged on (``ResolutionReport/judgedOn``: the whole due day
    /// is allowed).
    public struct OverdueProblem: Hashable, Sendable {
        /// Its number.
        public var id: Int64
        /// Its title.
        public var title: String
        /// The locality that raised it (a commune or ward, or the province itself).
        public var locality: NamedRef
        /// The state it stood in.
        public var state: String
        /// Its owner, who follows it up.
        public var unit: NamedRef?
        /// Its deadline.
        public var due: CivilDate
        /// How many calendar days it was overdue on the day it is judged on: due on the
        /// Monday of a week and still open on its Sunday, 6.
        public var daysOverdue: Int

        /// Makes an entry.
        public init(id: Int64, title: String, locality: NamedRef, state: String, unit: NamedRef?, due: CivilDate, daysOverdue: Int) {
            self.id = id
            self.title = title
            self.locality = locality
            self.state = state
            self.unit = unit
            self.due = due
            self.daysOverdue = daysOverdue
        }
    }
}
