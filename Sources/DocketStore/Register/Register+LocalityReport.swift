import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// The follow-up to the locality `text` names (CONTRACT.md, `report locality`): every
    /// problem it raised — a province's own and its communes' and wards', a commune's its own —
    /// raised by the end of `day` in the register's time zone, or by `now` when no day is given
    /// or the day is today, each as its events up to then left it. Read on one snapshot.
    ///
    /// It is not computed by replaying histories. A problem whose latest event is before the
    /// instant stands now as it stood then, so its current row is read as ``problem(id:as:)``
    /// reads one: one range of `problem_by_province` (or `problem_by_locality`), a few rows of
    /// `event_by_problem` each for its latest response. Only a problem changed since steps back,
    /// to its last event before the instant (state, owner, escalation, deadline), its latest
    /// resolving or reopening event then (the resolution in force), its latest answer and close
    /// then, and its fields as its corrections since give them (ReportSQL.titleAt and the rest),
    /// so that an `edit` after the instant is not seen: one more range of the place's problems,
    /// and the edits since the instant (a range of `event_by_time`) for those an edit moved out
    /// of the place since, which were the place's then.
    ///
    /// Within a scope: a province's token may ask for its province or a commune of it only; a
    /// unit's sees the problems its subtree owned or had escalated to it at the instant.
    ///
    /// - Throws: `RegisterError.notFound` or `.ambiguous` for the name; `.outsideScope` for a
    ///   locality outside a province token's province; `InputError.inFuture` for a day after today.
    /// - Complexity: O(*p* + *c* log *n*) for the *p* problems of the place, *c* of them changed
    ///   since the instant (none as of now), each a few steps back in its *n* events; then
    ///   O(*p* log *p*) to put them in order.
    public func localityReport(of text: String, asOf day: CivilDate?, now: Instant,
                               as principal: Principal) throws -> LocalityReport {
        try read { _ in
            let locality = try locality(named: text)
            if case .province = principal.scope, !principal.scope.holds(locality) {
                throw RegisterError.outsideScope(kind: .locality, name: text)
            }
            let zone = timeZone
            let today = zone.localDate(of: now)
            if let day, day > today { throw InputError.inFuture(day.description) }
            // To the end of a past day; to now (its second included) for today.
            let asOf = day.map { $0 < today ? zone.startOfDay($0.adding(days: 1)) : now } ?? now
            let end = asOf == now ? now.adding(seconds: 1) : asOf
            let asOfDay = day ?? today

            let workflow = try currentWorkflow()
            var items: [LocalityReport.Item] = []
            try forEachProblem(of: locality, before: end, workflow: workflow, scope: principal.scope) { problem, closedAt in
                items.append(item(problem, closedAt: closedAt, on: asOfDay, workflow: workflow))
            }
            let order = Dictionary(uniqueKeysWithValues: workflow.states.enumerated().map { ($0.element.name, $0.offset) })
            items.sort { (order[$0.problem.state] ?? order.count, $0.problem.id) < (order[$1.problem.state] ?? order.count, $1.problem.id) }

            var counts: [String: Int] = [:]
            var totals = LocalityReport.Totals(raised: items.count, answered: 0, resolved: 0, closed: 0, open: 0, overdue: 0)
            for item in items {
                counts[item.problem.state, default: 0] += 1
                switch workflow.stateClass(of: item.problem.state) {
                case .answered: totals.answered += 1
                case .resolved: totals.resolved += 1
                case .closed: totals.closed += 1
                case .open, nil: break
                }
                if item.isOverdue { totals.overdue += 1 }
            }
            totals.open = totals.raised - totals.resolved - totals.closed
            return LocalityReport(locality: locality.ref, isProvince: locality.isProvince, timeZone: zone, asOf: asOf, asOfDay: asOfDay,
                                  states: workflow.states.map { .init(state: $0.name, count: counts[$0.name] ?? 0) },
                                  totals: totals, items: items)
        }
    }

    /// `problem` with how long it had been open and overdue on `day`.
    private func item(_ problem: Problem, closedAt: Instant?, on day: CivilDate, workflow: Workflow) -> LocalityReport.Item {
        let zone = timeZone
        let ended: Instant? = switch workflow.stateClass(of: problem.state) {
        case .resolved: problem.resolvedAt
        case .closed: closedAt
        default: nil
        }
        let lastDay = ended.map(zone.localDate(of:)) ?? day
        let overdue = DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: day,
                                              overdueIn: workflow.deadlines.overdueIn)
        return .init(problem: problem, daysOpen: lastDay.dayNumber - zone.localDate(of: problem.raisedAt).dayNumber,
                     daysOverdue: overdue ? day.dayNumber - (problem.due?.dayNumber ?? day.dayNumber) : 0)
    }

    /// Calls `body` with every problem of `locality` raised before `end` and inside `scope` then
    /// (a province's scope must hold `locality`),
    /// as it stood then, and when it was closed if it stood closed; in no particular order.
    private func forEachProblem(of locality: Locality, before end: Instant, workflow: Workflow, scope: Principal.Scope,
                                _ body: (Problem, Instant?) -> Void) throws {
        let column = LocalityReportSQL.column(province: locality.isProvince)
        let answering = workflow.actions(leadingTo: .answered)
        let closing = workflow.actions(leadingTo: .closed)
        let closedStates = workflow.states.filter { $0.stateClass == .closed }.map(\.name)
        func row(_ row: Statement) {
            body(Register.problem(from: row), row.optionalInt64(23).map(Instant.init(secondsSinceEpoch:)))
        }

        // Unchanged since the end: the current row.
        let texts = try problemTexts()
        var sql = "SELECT " + Register.problemSelection + texts.sql + ", "
            + LocalityReportSQL.closedAtNow(closedStates: closedStates.count, closing: closing.count) + "\n"
            + Register.problemTables + "\n" + LocalityReportSQL.current(place: column)
        var values = texts.values + (closedStates + closing) as [any SQLValueConvertible]
        values += [locality.id, end.secondsSinceEpoch, end.secondsSinceEpoch] as [any SQLValueConvertible]
        // A province's scope holds the place whole (the caller checked it); a unit's is a condition.
        let unitScope = if case .unit = scope { scope } else { Principal.Scope.everything }
        if let condition = unitScope.problemCondition() {
            sql += " AND " + condition.sql
            values += condition.values
        }
        try database.cached(sql).forEachRow(values, row)

        // Changed since: as the last event before the end left it, called as it was then.
        let settling = workflow.transitions.filter { $0.effects.resolution != .keep }.map(\.name)
        let recording = workflow.transitions.filter { $0.effects.resolution == .record }.map(\.name)
        let lists = (answering + closing + closedStates + settling + recording) as [any SQLValueConvertible]
        for moved in [false, true] {
            var sql = LocalityReportSQL.changed(place: column, province: locality.isProvince, answering: answering.count,
                                                closing: closing.count, closedStates: closedStates.count,
                                                settling: settling.count, recording: recording.count, moved: moved)
            var values = [end.secondsSinceEpoch, locality.id, Workflow.editAction] as [any SQLValueConvertible] + lists
            if let condition = unitScope.problemCondition(alias: "last") {
                sql += " AND " + condition.sql
                values += condition.values
            }
            try database.cached(sql).forEachRow(values, row)
        }
    }
}
