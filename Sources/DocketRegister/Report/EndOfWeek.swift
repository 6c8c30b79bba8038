import DocketCore

/// Where the problems a weekly report counts stood at the end of its week: what the report's
/// standing, groups, unit and province rows and overdue list are made of. The register's and a
/// province's come from the tally corrected back to the end of the week; a unit's from its
/// problems one by one (``ReportSource/report(for:now:overdueLimit:as:)``).
struct EndOfWeek {
    /// How many stood in each state, by owner and by province.
    var tally = StandingTally()
    /// How many of each group stood in each state.
    var groups: [Int64: [String: Int]] = [:]
    /// How many each owner (0: none) had overdue.
    var overdueByUnit: [Int64: Int] = [:]
    /// The overdue ones listed, the longest overdue first, as many as the report's limit keeps.
    var overdue: [ResolutionReport.OverdueProblem] = []
}
