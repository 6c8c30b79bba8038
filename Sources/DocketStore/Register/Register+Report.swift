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
    /// - What an edit corrects — a problem's locality (so its province), group and title — is
    ///   counted and shown as it was at the end of the week: a problem changed since (an edit is
    ///   an event) is put back in the province and group its corrections since give for then, and
    ///   listed under its title and locality then (ReportSQL.titleAt and the rest). So a past
    ///   week's report, in every format, is the same however the problem is corrected later.
    ///
    /// Within a scope, every figure counts only the problems in the scope at the end of the week
    /// (SERVE.md), and the week's activity only the events of those problems; each week of the
    /// trend counts as its own report would, by the problems in the scope at its end. A problem
    /// that was in a unit's scope during the week but left it before the end (reassigned
    /// outside the unit's subtree, its escalation withdrawn) is not counted at all, its events
    /// of the week included; one that came into the scope during the week counts wholly.
    /// - A province's report is the register's computed the same way, every statement kept to
    ///   the province's problems, the tally by its province column; but the groups' counts and
    ///   the overdue ones now are counted in one pass over the province's problems
    ///   (`problem_by_province`), whose indexes above do not hold the province. A problem whose
    ///   locality was corrected into or out of the province since the end is taken away where it
    ///   stands now and put back only if it was the province's then; the week's events count
    ///   for the problems that were the province's at the end.
    /// - A unit's report cannot start from the tally, which holds no escalation and where a
    ///   problem stands now, not where it stood then. It reads the problems that its subtree
    ///   owns or has escalated to it now and that have not changed since the end (so stood
    ///   there then), and those raised before the end that changed since, each taken back to
    ///   where its last event before the end left it, kept when that is owned by or escalated
    ///   to a unit of the subtree.
    ///   The week's activity is the week's events (a range of `event_by_time` per action) whose
    ///   problem's last event before the end left it in the subtree, and so are the resolved.
    ///
    /// - Parameter overdueLimit: how many overdue problems to list, the longest overdue first;
    ///   nil lists them all. They are all counted whatever the limit.
    /// - Parameter principal: who asks; the report counts the problems of its scope.
    /// - Complexity: O(*t* + *a* + *c* + *r* log *n* + *o* + *g*), where *t* is the size of the
    ///   tally (states × owners × provinces in use), *a* the events counted (the week's, and the
    ///   filings and resolutions of the seven weeks before), *c* the problems changed since the
    ///   end of the week (for the last complete week, a few days' worth; for an old week, up to
    ///   all the problems raised since), *r* those of them raised before the end, each one step
    ///   back in the *n* events, *o* the problems overdue now by that day (counted from an
    ///   index), and *g* the problems in groups. Listing the overdue ones reads the limit's worth
    ///   of rows, or *o* for all. A province's reads the same ranges, looking up the problem of
    ///   each event counted, and instead of *o* and *g* the rows of the province's *p* problems:
    ///   O(*t* + *a* + *c* + *r* log *n* + *p*); listing the overdue ones reads *o* rows at most.
    ///   A unit's is O(*s* + *c* log *n* + *a* log *n* + *k* log *k*): the rows of the *s*
    ///   problems its subtree owns or has escalated to it now; the *c* changed since the end,
    ///   each one step back; the *a* events of the register's ranges, each one step back to
    ///   where its problem stood at the end of its week; *k* those in the scope, their overdue
    ///   ones sorted. It grows with the scope: for the Government, whose subtree holds every
    ///   unit, it reads the row of nearly every problem.
    public func weeklyReport(_ week: ISOWeek, overdueLimit: Int? = nil, as principal: Principal) throws -> WeeklyReport {
        precondition(overdueLimit.map { $0 >= 0 } ?? true, "a negative overdue limit")
        let scope = principal.scope
        return try read { _ in
            let workflow = try currentWorkflow()
            let units = try unitNames()

            // The week itself counts every action; the weeks before it only what the trend shows.
            let during = try activity(in: week, within: scope)
            var trend = [WeeklyReport.TrendWeek(week: week, raised: during.raised, resolved: during.resolved)]
            for _ in 1..<WeeklyReport.trendLength {
                let earlier = trend[0].week.previous
                let activity = try activity(in: earlier, actions: [Workflow.fileAction, "resolve"], within: scope)
                trend.insert(WeeklyReport.TrendWeek(week: earlier, raised: activity.raised, resolved: activity.resolved), at: 0)
            }

            let standing = switch scope {
            case .everything:
                try endOfWeekFromTally(week, province: nil, overdueLimit: overdueLimit, workflow: workflow, units: units)
            case .province(let province):
                try endOfWeekFromTally(week, province: province, overdueLimit: overdueLimit, workflow: workflow, units: units)
            case .unit:
                try endOfWeekOneByOne(week, scope: scope, overdueLimit: overdueLimit, workflow: workflow, units: units)
            }
            var report = WeeklyReport(
                week: week, timeZone: timeZone, during: during,
                endOfWeek: standing.tally.standing(workflow: workflow, overdue: standing.overdueByUnit.values.reduce(0, +)),
                groups: groupTotals(standing.groups, workflow: workflow),
                units: standing.tally.unitRows(workflow: workflow, overdue: standing.overdueByUnit, names: units),
                provinces: standing.tally.provinceRows(workflow: workflow, names: try provinceNames()),
                resolved: try resolvedProblems(in: week, workflow: workflow, units: units, within: scope),
                overdue: standing.overdue,
                trend: trend)
            report.putListsInOrder()
            return report
        }
    }

    /// Where the register's problems, or `province`'s, stood at the end of `week`: the tally,
    /// the groups' counts and the overdue ones now, each problem changed since taken back to
    /// where its last event before the end left it.
    private func endOfWeekFromTally(_ week: ISOWeek, province: Int64?, overdueLimit: Int?, workflow: Workflow,
                                    units: [Int64: NamedRef]) throws -> EndOfWeek {
        let end = week.interval(in: timeZone).end
        let nextMonday = week.monday.adding(days: 7).description
        let overdueStates = workflow.deadlines.overdueIn
        var tally = try currentTally(province: province)
        var (groups, overdueByUnit) = try province.map { try countsNow(of: $0, overdueOn: nextMonday, states: overdueStates) }
            ?? (currentGroupCounts(), overdueCountsNow(on: nextMonday, states: overdueStates))
        try forEachProblemChanged(since: end, province: province) { state, unit, province, group in
            tally.add(state: state, unit: unit, province: province, -1)
            if let group { groups[group, default: [:]][state, default: 0] -= 1 }
        }
        // Within a province, a problem whose locality was corrected since counts where it
        // stands now (in the counts now) or where it stood at the end, and perhaps not both.
        let restored = try problemsChangedAfterRaised(before: end, province: province)
        for problem in restored {
            if province == nil || problem.province.now == province,
               problem.now.isOverdue(on: nextMonday, states: overdueStates) {
                overdueByUnit[problem.now.unit ?? 0, default: 0] -= 1
            }
            guard province == nil || problem.province.atEnd == province else { continue }
            let then = problem.atEnd
            tally.add(state: then.state, unit: then.unit, province: problem.province.atEnd, 1)
            if let group = problem.groupAtEnd { groups[group, default: [:]][then.state, default: 0] += 1 }
            if then.isOverdue(on: nextMonday, states: overdueStates) {
                overdueByUnit[then.unit ?? 0, default: 0] += 1
            }
        }
        let overdue = try overdueProblems(on: nextMonday, end: end, limit: overdueLimit, states: overdueStates,
                                          restored: restored, units: units, province: province)
        return EndOfWeek(tally: tally, groups: groups, overdueByUnit: overdueByUnit, overdue: overdue)
    }

    /// Where the problems in `scope` at the end of `week` stood then, counted one by one from
    /// where the last event of each before the end left it.
    private func endOfWeekOneByOne(_ week: ISOWeek, scope: Principal.Scope, overdueLimit: Int?, workflow: Workflow,
                                   units: [Int64: NamedRef]) throws -> EndOfWeek {
        let nextMonday = week.monday.adding(days: 7).description
        let overdueStates = workflow.deadlines.overdueIn
        var standing = EndOfWeek()
        try forEachProblem(inScopeAt: week.interval(in: timeZone).end, of: scope) { id, title, locality, province, group, then in
            standing.tally.add(state: then.state, unit: then.unit, province: province, 1)
            if let group { standing.groups[group, default: [:]][then.state, default: 0] += 1 }
            guard then.isOverdue(on: nextMonday, states: overdueStates) else { return }
            standing.overdueByUnit[then.unit ?? 0, default: 0] += 1
            // Counted whatever its deadline's text; listed when it reads as a day, as from the tally.
            guard let due = then.due.flatMap({ try? CivilDate(parsing: $0) }) else { return }
            standing.overdue.append(.init(id: id, title: title, locality: locality, state: then.state,
                                          unit: then.unit.flatMap { units[$0] }, due: due))
        }
        standing.overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        if let overdueLimit { standing.overdue = Array(standing.overdue.prefix(overdueLimit)) }
        return standing
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
