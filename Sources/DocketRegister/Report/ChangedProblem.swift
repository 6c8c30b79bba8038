import DocketWorkflow

/// A problem raised before the end of a reported week that has an event at or after it: where
/// it stands now, and where it stood at the end of the week.
package struct ChangedProblem {
    /// A problem's state, owner and deadline at one moment: the row of its last event before then.
    package struct Position {
        package var state: String
        package var unit: Int64?
        /// `YYYY-MM-DD`, as stored.
        package var due: String?

        package init(state: String, unit: Int64?, due: String?) {
            self.state = state
            self.unit = unit
            self.due = due
        }

        /// Whether it is overdue on `day` (`YYYY-MM-DD`) in a workflow whose deadline rules
        /// watch `states`, by ``DeadlineRules/isOverdue(state:due:on:overdueIn:)``.
        package func isOverdue(on day: String, states: [String]) -> Bool {
            DeadlineRules.isOverdue(state: state, due: due, on: day, overdueIn: states)
        }
    }

    package var id: Int64
    package var now: Position
    package var atEnd: Position
    /// Its province now, and at the end of the week: another when an edit of its locality since
    /// moved it.
    package var province: (now: Int64, atEnd: Int64)
    /// Its group at the end of the week (an edit since may have put it into another, or none).
    package var groupAtEnd: Int64?

    package init(id: Int64, now: Position, atEnd: Position, province: (now: Int64, atEnd: Int64), groupAtEnd: Int64?) {
        self.id = id
        self.now = now
        self.atEnd = atEnd
        self.province = province
        self.groupAtEnd = groupAtEnd
    }
}
