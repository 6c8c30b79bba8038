import DocketCore
import DocketWorkflow

/// The reads the weekly report is made of (``Register/weeklyReport(_:overdueLimit:as:)``), each
/// inside its read transaction; the SQL is in ``ReportSQL``. Those that take a `province` keep to
/// its problems when it is given; those that take a `scope` keep to the problems in it at the end
/// of the period they read.
extension Register {
    /// What happened in [`start`, `end`): how many events of each of `actions` (all the counted
    /// ones when nil) happened to the problems in `scope` at `end`.
    func activity(from start: Instant, to end: Instant, actions: [String]? = nil,
                  within scope: Principal.Scope) throws -> ResolutionReport.Activity {
        let actions = actions ?? ResolutionReport.Activity.actions.map(\.action)
        let condition = scope.reportCondition()
        let sql = condition.map { ReportSQL.activity(actions: actions.count, within: $0.sql, onLastEvent: $0.onLastEvent) }
            ?? ReportSQL.activity(actions: actions.count)
        let values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch] + actions + (condition?.values ?? [])
        var activity = ResolutionReport.Activity()
        try database.cached(sql).forEachRow(values) { row in
            activity.count(row.text(0), times: Int(row.int64(1)))
        }
        return activity
    }

    /// The `tally` table: how many problems stand in each state now, in all, by owner and by
    /// province.
    func currentTally(province: Int64?) throws -> StandingTally {
        var tally = StandingTally()
        try database.cached(ReportSQL.tally(ofProvince: province != nil)).forEachRow(Self.bound(province)) { row in
            tally.add(state: row.text(0), unit: row.int64(1), province: row.int64(2), Int(row.int64(3)))
        }
        return tally
    }

    /// Calls `body` with the state, owner, province and group that every problem with an event
    /// at or after `end` has now.
    func forEachProblemChanged(since end: Instant, province: Int64?,
                               _ body: (_ state: String, _ unit: Int64?, _ province: Int64, _ group: Int64?) -> Void) throws {
        try database.cached(ReportSQL.changedSince(ofProvince: province != nil))
            .forEachRow([end.secondsSinceEpoch] + Self.bound(province)) { row in
                body(row.text(0), row.optionalInt64(1), row.int64(2), row.optionalInt64(3))
            }
    }

    /// Every problem raised before `end` with an event at or after it, of `province` now or at
    /// `end` when one is given: where it stands now and where it stood at `end`.
    func problemsChangedAfterRaised(before end: Instant, province: Int64?) throws -> [ChangedProblem] {
        var changed: [ChangedProblem] = []
        try database.cached(ReportSQL.changedAfterRaised(ofProvince: province != nil))
            .forEachRow([end.secondsSinceEpoch] + Self.bound(province)) { row in
                changed.append(ChangedProblem(
                    id: row.int64(0),
                    now: .init(state: row.text(1), unit: row.optionalInt64(2), due: row.optionalText(3)),
                    atEnd: .init(state: row.text(6), unit: row.optionalInt64(7), due: row.optionalText(8)),
                    province: (now: row.int64(4), atEnd: row.int64(9)), groupAtEnd: row.optionalInt64(10)))
            }
        return changed
    }

    /// How many problems each owner (0: none) has now in one of `states` with a deadline before
    /// `day` (`YYYY-MM-DD`).
    func overdueCountsNow(on day: String, states: [String]) throws -> [Int64: Int] {
        guard !states.isEmpty else { return [:] }
        var counts: [Int64: Int] = [:]
        try database.cached(ReportSQL.overdueOwnersNow(states: states.count))
            .forEachRow([day] + states as [any SQLValueConvertible]) { counts[$0.int64(0), default: 0] += 1 }
        return counts
    }

    /// How many problems of each group stand in each state now.
    func currentGroupCounts() throws -> [Int64: [String: Int]] {
        var counts: [Int64: [String: Int]] = [:]
        try database.cached(ReportSQL.groupCounts).forEachRow { row in
            counts[row.int64(0), default: [:]][row.text(1), default: 0] += Int(row.int64(2))
        }
        return counts
    }

    /// What ``currentGroupCounts()`` and ``overdueCountsNow(on:states:)`` say of the problems of
    /// `province`, from one pass over them.
    func countsNow(of province: Int64, overdueOn day: String,
                   states: [String]) throws -> (groups: [Int64: [String: Int]], overdueByUnit: [Int64: Int]) {
        var groups: [Int64: [String: Int]] = [:]
        var overdue: [Int64: Int] = [:]
        try database.cached(ReportSQL.provinceNow).forEachRow([province]) { row in
            let state = row.text(1)
            if let group = row.optionalInt64(0) { groups[group, default: [:]][state, default: 0] += 1 }
            if DeadlineRules.isOverdue(state: state, due: row.optionalText(2), on: day, overdueIn: states) {
                overdue[row.int64(3), default: 0] += 1
            }
        }
        return (groups, overdue)
    }

    /// The problems overdue on `day` (the day the report judges them on) at `end`,
    /// the longest overdue first (by deadline, then number), at most `limit` of them: those
    /// overdue now that did not change since, and those `restored` that were overdue then (in
    /// `province` then, when one is given), with their titles and localities then.
    func overdueProblems(on judgedOn: CivilDate, end: Instant, limit: Int?, states: [String], restored: [ChangedProblem],
                         units: [Int64: NamedRef], province: Int64?) throws -> [ResolutionReport.OverdueProblem] {
        let day = judgedOn.description
        var overdue: [ResolutionReport.OverdueProblem] = []
        func entry(id: Int64, title: String, locality: NamedRef, state: String, unit: Int64?, due: String) {
            guard let date = try? CivilDate(parsing: due) else { return }
            overdue.append(.init(id: id, title: title, locality: locality, state: state,
                                 unit: unit.flatMap { units[$0] }, due: date, daysOverdue: judgedOn.dayNumber - date.dayNumber))
        }
        // Each state's list comes in order from the index: enough of it to fill the limit once
        // the problems that changed since are left out.
        let changed = Set(restored.map(\.id))
        let statement = try database.cached(ReportSQL.overdueNow(ofProvince: province != nil))
        for state in states {
            let skipped = restored.filter {
                (province == nil || $0.province.now == province) && $0.now.state == state && $0.now.isOverdue(on: day, states: states)
            }.count
            try statement.forEachRow([state, day, limit.map { $0 + skipped } ?? -1] + Self.bound(province)) { row in
                let id = row.int64(0)
                guard !changed.contains(id) else { return }
                entry(id: id, title: row.text(1), locality: NamedRef(code: row.optionalText(2), name: row.text(3)),
                      state: state, unit: row.optionalInt64(4), due: row.text(5))
            }
        }
        // Those that changed since and were overdue then: only the ones the limit keeps are
        // looked up, since each is a read of its row.
        var thenOverdue = restored.filter {
            (province == nil || $0.province.atEnd == province) && $0.atEnd.isOverdue(on: day, states: states)
        }
        if let limit {
            thenOverdue.sort { ($0.atEnd.due ?? "", $0.id) < ($1.atEnd.due ?? "", $1.id) }
            overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
            let cutoff = limit > 0 && overdue.count >= limit ? overdue[limit - 1] : nil
            thenOverdue = Array(thenOverdue.prefix(limit).prefix { problem in
                cutoff.map { (problem.atEnd.due ?? "", problem.id) < ($0.due.description, $0.id) } ?? true
            })
        }
        let label = try database.cached(ReportSQL.problemLabel)
        for problem in thenOverdue {
            guard let (title, locality) = try label.first(problem.id, end.secondsSinceEpoch, transform: {
                ($0.text(0), NamedRef(code: $0.optionalText(1), name: $0.text(2)))
            }) else { continue }
            entry(id: problem.id, title: title, locality: locality, state: problem.atEnd.state, unit: problem.atEnd.unit,
                  due: problem.atEnd.due ?? "")
        }
        guard let limit, overdue.count > limit else { return overdue }
        overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        return Array(overdue.prefix(limit))
    }

    /// The problems resolved in [`start`, `end`) that still stood resolved at `end`, with their
    /// last resolution: the problems with a resolving event in the span (one whose every
    /// destination is of class resolved) whose last event before the end left them resolved,
    /// and in `scope`.
    func resolvedProblems(from start: Instant, to end: Instant, workflow: Workflow, units: [Int64: NamedRef],
                          within scope: Principal.Scope) throws -> [ResolutionReport.ResolvedProblem] {
        let actions = workflow.actions(leadingTo: .resolved)
        guard !actions.isEmpty else { return [] }
        let condition = scope.reportCondition()
        let values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch] + actions + (condition?.values ?? [])
        var resolved: [ResolutionReport.ResolvedProblem] = []
        try database.cached(ReportSQL.resolvedIn(actions: actions.count, within: condition?.sql)).forEachRow(values) { row in
                guard workflow.stateClass(of: row.text(4)) == .resolved else { return }
                resolved.append(ResolutionReport.ResolvedProblem(
                    id: row.int64(0), title: row.text(1), locality: NamedRef(code: row.optionalText(2), name: row.text(3)),
                    unit: row.optionalInt64(5).flatMap { units[$0] },
                    resolvedAt: Instant(secondsSinceEpoch: row.int64(6)), resolution: row.text(7)))
            }
        return resolved
    }

    /// What was sent beyond the ministry's authority by `end`: every problem escalated to a unit
    /// of kind ministry or government before then (by an escalating transition: one that sets
    /// the escalation from its target), in `scope` at `end`, with the state its last event
    /// before `end` left it in. A problem sent more than once is one entry, where and when it
    /// was last sent. `resolved` are the problems resolved during the period (that stood so at
    /// its end), which the formats for people list.
    func sentBeyondAuthority(from start: Instant, to end: Instant, resolved: Set<Int64>, workflow: Workflow,
                             units: [Int64: NamedRef], within scope: Principal.Scope) throws -> ResolutionReport.BeyondAuthority {
        let actions = workflow.transitions.filter { $0.effects.escalation == .setFromTarget }.map(\.name)
        var destinations: [Int64] = []
        try database.cached(ReportSQL.unitsBeyond).forEachRow { destinations.append($0.int64(0)) }
        guard !actions.isEmpty, !destinations.isEmpty else { return .init(items: []) }
        let condition = scope.reportCondition()
        let values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch] + actions + destinations
            + (condition?.values ?? [])
        var latest: [Int64: ResolutionReport.SentProblem] = [:]
        let sql = ReportSQL.sentBeyond(actions: actions.count, units: destinations.count, within: condition?.sql,
                                       onLastEvent: condition?.onLastEvent ?? false)
        try database.cached(sql).forEachRow(values) { row in
            let id = row.int64(0)
            let sentAt = Instant(secondsSinceEpoch: row.int64(3))
            if let known = latest[id], known.sentAt >= sentAt { return }
            let state = row.text(4)
            latest[id] = .init(id: id, title: row.text(1), to: units[row.int64(2)] ?? NamedRef(code: "#\(row.int64(2))", name: ""),
                               state: state, outcome: workflow.outcome(of: state), sentAt: sentAt,
                               sentDuring: sentAt >= start, resolvedDuring: resolved.contains(id))
        }
        return .init(items: Array(latest.values))
    }

    /// Calls `body` with every problem raised before `end` that its last event before then left
    /// in `scope` (a unit's), with its title, locality, province and group, and where it stood.
    func forEachProblem(inScopeAt end: Instant, of scope: Principal.Scope,
                        _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ province: Int64, _ group: Int64?,
                                 _ then: ChangedProblem.Position) -> Void) throws {
        guard let current = scope.problemCondition(), let then = scope.reportCondition() else {
            preconditionFailure("a scope of every problem is reported from the tally")
        }
        let values: [any SQLValueConvertible] = [end.secondsSinceEpoch] + current.values + then.values
        try database.cached(ReportSQL.inScopeAtEnd(current: current.sql, within: then.sql)).forEachRow(values) { row in
            body(row.int64(0), row.text(1), NamedRef(code: row.optionalText(2), name: row.text(3)), row.int64(4),
                 row.optionalInt64(5), .init(state: row.text(6), unit: row.optionalInt64(7), due: row.optionalText(8)))
        }
    }

    /// `province` as the values a statement `…(ofProvince:)` binds last: none without one.
    private static func bound(_ province: Int64?) -> [any SQLValueConvertible] {
        province.map { [$0] } ?? []
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
