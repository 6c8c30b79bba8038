import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// The follow-up to the locality `text` names (CONTRACT.md, `report locality`), read on one
    /// snapshot (`ReportSource.localityReport(of:asOf:now:as:)` says what it holds and how it
    /// is read).
    public func localityReport(of text: String, asOf day: CivilDate?, now: Instant,
                               as principal: Principal) throws -> LocalityReport {
        try readOperation { store in try await store.localityReport(of: text, asOf: day, now: now, as: principal) }
    }

    /// Calls `body` with every problem of `locality` raised before `end` and inside `scope` then
    /// (a province's scope must hold `locality`), as it stood then, and when it was closed if it
    /// stood closed; in no particular order.
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
    /// - Complexity: O(*p* + *c* log *n*) for the *p* problems of the place, *c* of them changed
    ///   since the instant (none as of now), each a few steps back in its *n* events.
    func forEachProblem(of locality: Locality, before end: Instant, within scope: Principal.Scope,
                        _ body: (Problem, Instant?) -> Void) throws {
        let workflow = try currentWorkflow()
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

extension SQLiteStoreTransaction {
    package func forEachProblem(of locality: Locality, before end: Instant, within scope: Principal.Scope,
                                _ body: (Problem, Instant?) -> Void) throws {
        try register.forEachProblem(of: locality, before: end, within: scope, body)
    }
}
