import DocketCore
import DocketWorkflow

extension Register {
    /// The weekly resolution report for `week` (CONTRACT.md), as the register stood at the end
    /// of it — Monday 00:00 of the next week in the register's time zone — read on one snapshot.
    ///
    /// The report of a past week is the same however much has happened since, yet it is not
    /// computed by replaying the history: it starts from what stands now and undoes only what
    /// happened after the week.
    /// - The week's counts, and the eight weeks of the trend, are range counts over
    ///   `event_by_time (action, at, problem_id)`, which covers them, one range per action.
    /// - The standing by state, owner and province starts from the `tally` table (kept by the
    ///   store in the transaction of each change, Register+Tally); every problem with an event
    ///   at or after the end of the week (its latest event is that late: a range of
    ///   `problem_by_update`) takes its current cell away, and those raised before the end add
    ///   back the cell of their last event before it.
    /// - The groups start from how many problems of each stand in each state now (the covering
    ///   `(group_id, state)` index) and are corrected the same way.
    /// - The overdue ones start from those overdue now by the week's next Monday (the
    ///   `(state, due, unit_id)` index) and are corrected the same way.
    /// - The resolved ones are the problems with a resolving event in the week whose last event
    ///   before its end left them resolved.
    ///
    /// - Parameter overdueLimit: how many overdue problems to list, the longest overdue first;
    ///   nil lists them all. They are all counted whatever the limit.
    /// - Complexity: O(*t* + *a* + *c* + *r* log *n* + *o* + *g*), where *t* is the size of the
    ///   tally (states × owners × provinces in use), *a* the events counted (the week's, and the
    ///   filings and resolutions of the seven weeks before), *c* the problems changed since the
    ///   end of the week (for the last complete week, a few days' worth; for an old week, up to
    ///   all the problems raised since), *r* those of them raised before the end, each one step
    ///   back in the *n* events, *o* the problems overdue now by that day (counted from an
    ///   index), and *g* the problems in groups. Listing the overdue ones reads the limit's worth
    ///   of rows, or *o* for all.
    public func weeklyReport(_ week: ISOWeek, overdueLimit: Int? = nil) throws -> WeeklyReport {
        precondition(overdueLimit.map { $0 >= 0 } ?? true, "a negative overdue limit")
        return try read { _ in
            let workflow = try currentWorkflow()
            let end = week.interval(in: timeZone).end
            let nextMonday = week.monday.adding(days: 7).description
            let overdueStates = workflow.deadlines.overdueIn
            let units = try unitNames()

            // The week itself counts every action; the weeks before it only what the trend shows.
            let during = try activity(in: week)
            var trend = [WeeklyReport.TrendWeek(week: week, raised: during.raised, resolved: during.resolved)]
            for _ in 1..<WeeklyReport.trendLength {
                let earlier = trend[0].week.previous
                let activity = try activity(in: earlier, actions: [Workflow.fileAction, "resolve"])
                trend.insert(WeeklyReport.TrendWeek(week: earlier, raised: activity.raised, resolved: activity.resolved), at: 0)
            }

            var tally = try currentTally()
            var groups = try currentGroupCounts()
            try forEachProblemChanged(since: end) { state, unit, province, group in
                tally.add(state: state, unit: unit, province: province, -1)
                if let group { groups[group, default: [:]][state, default: 0] -= 1 }
            }
            let restored = try problemsChangedAfterRaised(before: end)
            var overdueByUnit = try overdueCountsNow(on: nextMonday, states: overdueStates)
            for problem in restored {
                let then = problem.atEnd
                tally.add(state: then.state, unit: then.unit, province: problem.province, 1)
                if let group = problem.group { groups[group, default: [:]][then.state, default: 0] += 1 }
                if problem.now.isOverdue(on: nextMonday, states: overdueStates) {
                    overdueByUnit[problem.now.unit ?? 0, default: 0] -= 1
                }
                if then.isOverdue(on: nextMonday, states: overdueStates) {
                    overdueByUnit[then.unit ?? 0, default: 0] += 1
                }
            }

            var report = WeeklyReport(
                week: week, timeZone: timeZone, during: during,
                endOfWeek: tally.standing(workflow: workflow, overdue: overdueByUnit.values.reduce(0, +)),
                groups: groupTotals(groups, workflow: workflow),
                units: tally.unitRows(workflow: workflow, overdue: overdueByUnit, names: units),
                provinces: tally.provinceRows(workflow: workflow, names: try provinceNames()),
                resolved: try resolvedProblems(in: week, workflow: workflow, units: units),
                overdue: try overdueProblems(on: nextMonday, limit: overdueLimit, states: overdueStates,
                                             restored: restored, units: units),
                trend: trend)
            report.putListsInOrder()
            return report
        }
    }

    /// How many groups had a problem raised by the end of the week (a non-zero count), and how
    /// many of them stood resolved then, from how many problems of each stood in each state.
    private func groupTotals(_ counts: [Int64: [String: Int]], workflow: Workflow) -> WeeklyReport.GroupTotals {
        var totals = WeeklyReport.GroupTotals(total: 0, resolved: 0)
        for group in counts.values {
            let standing = workflow.standing(ofGroupWith: group.filter { $0.value != 0 })
            if standing.total > 0 { totals.total += 1 }
            if standing.state == .resolved { totals.resolved += 1 }
        }
        return totals
    }
}
