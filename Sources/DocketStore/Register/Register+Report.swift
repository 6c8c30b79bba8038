import DocketCore
import DocketWorkflow

extension Register {
    /// The weekly resolution report for `week` (CONTRACT.md), as the register stood at the end
    /// of it — Monday 00:00 of the next week in the register's time zone — read on one snapshot.
    ///
    /// The report of a past week is the same however much has happened since, yet it is not
    /// computed by replaying the history. It starts from what stands now and undoes only what
    /// happened after the week:
    /// - the week's counts, and the eight weeks of the trend, are range counts over
    ///   `event_by_time (at, action, problem_id)`, which covers them;
    /// - the standing by state, owner and province starts from the `tally` table (kept by
    ///   triggers) and corrects only the problems with an event at or after the end of the week:
    ///   each loses its current cell and gains the cell of its last event before the end, if it
    ///   had one (if not, it was raised later, and does not count);
    /// - the overdue ones start from the problems overdue now by that day (the `(state, due)`
    ///   index) and are corrected the same way;
    /// - the groups start from how many problems of each stand in each state now (the covering
    ///   `(group_id, state)` index) and are corrected the same way;
    /// - the resolved ones are the problems with a resolving event in the week whose last event
    ///   before its end left them resolved.
    ///
    /// - Complexity: O(*t* + *c* log *n* + *o* + *g* + *a*), where *t* is the size of the
    ///   tally (states × owners × provinces in use), *c* the number of events at or after the end
    ///   of the week, *n* the number of events, *o* the problems overdue now by that day, *g* the
    ///   problems in groups and *a* the events of the trend's eight weeks. For the last complete
    ///   week *c* is a few days of events; it grows with the age of the week, up to every event.
    public func weeklyReport(_ week: ISOWeek) throws -> WeeklyReport {
        try read {
            let workflow = try currentWorkflow()
            let end = week.interval(in: timeZone).end
            let nextMonday = week.monday.adding(days: 7)
            let units = try unitNames()

            var trend: [WeeklyReport.TrendWeek] = []
            var during = WeeklyReport.Activity()
            var trendWeek = week
            for _ in 0..<WeeklyReport.trendLength {
                let activity = try self.activity(in: trendWeek)
                trend.insert(WeeklyReport.TrendWeek(week: trendWeek, raised: activity.raised, resolved: activity.resolved), at: 0)
                if trendWeek == week { during = activity }
                trendWeek = trendWeek.previous
            }

            var tally = try currentTally()
            let changed = try problemsChanged(since: end)
            for problem in changed {
                tally.add(state: problem.now.state, unit: problem.now.unit, province: problem.province, -1)
                if let then = problem.atEnd {
                    tally.add(state: then.state, unit: then.unit, province: problem.province, 1)
                }
            }

            let overdue = try overdueProblems(on: nextMonday, changed: changed, workflow: workflow, units: units)
            var overdueByUnit: [Int64: Int] = [:]
            for (_, unit) in overdue { overdueByUnit[unit ?? 0, default: 0] += 1 }

            var report = WeeklyReport(
                week: week, timeZone: timeZone, during: during,
                endOfWeek: tally.standing(workflow: workflow, overdue: overdue.count),
                groups: try groupTotals(changed: changed, workflow: workflow),
                units: tally.unitRows(workflow: workflow, overdue: overdueByUnit, names: units),
                provinces: tally.provinceRows(workflow: workflow, names: try provinceNames()),
                resolved: try resolvedProblems(in: week, workflow: workflow, units: units),
                overdue: overdue.map(\.problem),
                trend: trend)
            report.putListsInOrder()
            return report
        }
    }
}
