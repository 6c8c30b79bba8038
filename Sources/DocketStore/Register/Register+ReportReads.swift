import DocketCore
import DocketWorkflow

/// The reads the weekly report is made of (``Register/weeklyReport(_:)``), each inside its
/// read transaction; the SQL is in ``ReportSQL``.
extension Register {
    /// What happened during `week`: how many events of each counted action.
    func activity(in week: ISOWeek) throws -> WeeklyReport.Activity {
        let (start, end) = week.interval(in: timeZone)
        let actions = WeeklyReport.Activity.actions
        precondition(actions.count == 7, "ReportSQL.activity counts seven actions")
        var values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch]
        values += actions.map(\.action) as [any SQLValueConvertible]
        var activity = WeeklyReport.Activity()
        try database.cached(ReportSQL.activity).forEachRow(values) { row in
            for (index, entry) in actions.enumerated() {
                activity.count(entry.action, times: Int(row.int64(Int32(index))))
            }
        }
        return activity
    }

    /// The `tally` table: how many problems stand in each (state, owner, province) now.
    func currentTally() throws -> StandingTally {
        var tally = StandingTally()
        try database.cached(ReportSQL.tally).forEachRow { row in
            tally.add(state: row.text(0), unit: row.int64(1), province: row.int64(2), Int(row.int64(3)))
        }
        return tally
    }

    /// Every problem with an event at or after `end`, with where it stood before `end`.
    func problemsChanged(since end: Instant) throws -> [ChangedProblem] {
        try database.cached(ReportSQL.changedSince).map(end.secondsSinceEpoch) { row in
            ChangedProblem(
                id: row.int64(0),
                now: ChangedProblem.Position(state: row.text(1), unit: row.optionalInt64(2), due: row.optionalText(3)),
                atEnd: row.optionalText(6).map {
                    ChangedProblem.Position(state: $0, unit: row.optionalInt64(7), due: row.optionalText(8))
                },
                province: row.int64(4), group: row.optionalInt64(5))
        }
    }

    /// The problems overdue at the end of the week whose next Monday is `nextMonday`, each with
    /// its owner's id: those overdue now by that day that did not change since, and those that
    /// changed since and were overdue then.
    func overdueProblems(on nextMonday: CivilDate, changed: [ChangedProblem], workflow: Workflow,
                         units: [Int64: NamedRef]) throws -> [(problem: WeeklyReport.OverdueProblem, unit: Int64?)] {
        let states = workflow.deadlines.overdueIn
        guard !states.isEmpty else { return [] }
        let day = nextMonday.description
        let changedIDs = Set(changed.map(\.id))
        var overdue: [(problem: WeeklyReport.OverdueProblem, unit: Int64?)] = []
        func entry(id: Int64, title: String, locality: NamedRef, state: String, unit: Int64?, due: String) {
            guard let date = try? CivilDate(parsing: due) else { return }
            overdue.append((WeeklyReport.OverdueProblem(id: id, title: title, locality: locality, state: state,
                                                        unit: unit.flatMap { units[$0] }, due: date), unit))
        }
        var values: [any SQLValueConvertible] = [day]
        values += states as [any SQLValueConvertible]
        try database.cached(ReportSQL.overdueNow(states: states.count)).forEachRow(values) { row in
            let id = row.int64(0)
            guard !changedIDs.contains(id) else { return }
            entry(id: id, title: row.text(1), locality: NamedRef(code: row.optionalText(2), name: row.text(3)),
                  state: row.text(4), unit: row.optionalInt64(5), due: row.text(6))
        }
        let label = try database.cached(ReportSQL.problemLabel)
        for problem in changed {
            guard let then = problem.atEnd, states.contains(then.state), let due = then.due, due < day,
                  let (title, locality) = try label.first(problem.id, transform: {
                      ($0.text(0), NamedRef(code: $0.optionalText(1), name: $0.text(2)))
                  })
            else { continue }
            entry(id: problem.id, title: title, locality: locality, state: then.state, unit: then.unit, due: due)
        }
        return overdue
    }

    /// How many groups had a problem raised by the end of the week, and how many of them stood
    /// resolved then.
    func groupTotals(changed: [ChangedProblem], workflow: Workflow) throws -> WeeklyReport.GroupTotals {
        var counts: [Int64: [String: Int]] = [:]
        try database.cached(ReportSQL.groupCounts).forEachRow { row in
            counts[row.int64(0), default: [:]][row.text(1), default: 0] += Int(row.int64(2))
        }
        for problem in changed {
            guard let group = problem.group else { continue }
            counts[group, default: [:]][problem.now.state, default: 0] -= 1
            if let then = problem.atEnd { counts[group, default: [:]][then.state, default: 0] += 1 }
        }
        var totals = WeeklyReport.GroupTotals(total: 0, resolved: 0)
        for group in counts.values {
            let standing = workflow.standing(ofGroupWith: group.filter { $0.value != 0 })
            if standing.total > 0 { totals.total += 1 }
            if standing.state == .resolved { totals.resolved += 1 }
        }
        return totals
    }

    /// The problems resolved during `week` that still stood resolved at its end, with their
    /// last resolution: the problems with a resolving event in the week (one whose every
    /// destination is of class resolved) whose last event before the end left them resolved.
    func resolvedProblems(in week: ISOWeek, workflow: Workflow,
                          units: [Int64: NamedRef]) throws -> [WeeklyReport.ResolvedProblem] {
        let actions = workflow.transitions.filter { transition in
            transition.to.states.allSatisfy { workflow.stateClass(of: $0) == .resolved }
        }.map(\.name)
        guard !actions.isEmpty else { return [] }
        let (start, end) = week.interval(in: timeZone)
        var values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch]
        values += actions as [any SQLValueConvertible]
        var resolved: [WeeklyReport.ResolvedProblem] = []
        try database.cached(ReportSQL.resolvedIn(actions: actions.count)).forEachRow(values) { row in
            guard workflow.stateClass(of: row.text(4)) == .resolved else { return }
            resolved.append(WeeklyReport.ResolvedProblem(
                id: row.int64(0), title: row.text(1), locality: NamedRef(code: row.optionalText(2), name: row.text(3)),
                unit: row.optionalInt64(5).flatMap { units[$0] },
                resolvedAt: Instant(secondsSinceEpoch: row.int64(6)), resolution: row.text(7)))
        }
        return resolved
    }

    /// Every unit's code and name, by id.
    func unitNames() throws -> [Int64: NamedRef] {
        var names: [Int64: NamedRef] = [:]
        try database.cached(ReportSQL.units).forEachRow { names[$0.int64(0)] = NamedRef(code: $0.text(1), name: $0.text(2)) }
        return names
    }

    /// Every provincial-level locality's code and name, by id.
    func provinceNames() throws -> [Int64: NamedRef] {
        var names: [Int64: NamedRef] = [:]
        try database.cached(ReportSQL.provinces).forEachRow {
            names[$0.int64(0)] = NamedRef(code: $0.optionalText(1), name: $0.text(2))
        }
        return names
    }
}
