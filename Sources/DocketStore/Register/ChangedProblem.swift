/// A problem with an event at or after the end of a reported week: where it stands now, and
/// where it stood at the end of the week (nil when it was raised later).
struct ChangedProblem {
    /// A problem's state, owner and deadline at one moment: the row of its last event before then.
    struct Position {
        var state: String
        var unit: Int64?
        /// `YYYY-MM-DD`, as stored.
        var due: String?
    }

    var id: Int64
    var now: Position
    var atEnd: Position?
    var province: Int64
    var group: Int64?
}
