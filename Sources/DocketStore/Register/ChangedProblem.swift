import DocketWorkflow

/// A problem raised before the end of a reported week that has an event at or after it: where
/// it stands now, and where it stood at the end of the week.
struct ChangedProblem {
    /// A problem's state, owner and deadline at one moment: the row of its last event before then.
    struct Position {
        var state: String
        var unit: Int64?
        /// `YYYY-MM-DD`, as stored.
        var due: String?

        /// Whether it is overdue on `day` (`YYYY-MM-DD`) in a workflow whose deadline rules
        /// watch `states`, by ``DeadlineRules/isOverdue(state:due:on:overdueIn:)``.
        func isOverdue(on day: String, states: [String]) -> Bool {
            DeadlineRules.isOverdue(state: state, due: due, on: day, overdueIn: states)
        }
    }

    var id: Int64
    var now: Position
    var atEnd: Position
    /// Its province now, and at the end of the week: another when an edit of its locality since
    /// moved it.
    var province: (now: Int64, atEnd: Int64)
    /// Its group at the end of the week (an edit since may have put it into another, or none).
    var groupAtEnd: Int64?
}
