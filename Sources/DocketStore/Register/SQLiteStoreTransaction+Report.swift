import DocketCore
import DocketRegister
import DocketWorkflow

/// The reads the resolution report is made of (DocketRegister's `ReportSource`), each a cached
/// statement of ``ReportSQL`` on the read transaction's snapshot. Those that take a `province`
/// keep to its problems by its column; those that take a `scope` add the scope's condition on
/// the problem's row or its last event (``Principal/Scope/reportCondition()``).
extension SQLiteStoreTransaction: ReportSource {
    package func activity(from start: Instant, to end: Instant, actions: [String],
                          within scope: Principal.Scope) throws -> ResolutionReport.Activity {
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

    package func currentTally(province: Int64?) throws -> StandingTally {
        var tally = StandingTally()
        try database.cached(ReportSQL.tally(ofProvince: province != nil)).forEachRow(Self.bound(province)) { row in
            tally.add(state: row.text(0), unit: row.int64(1), province: row.int64(2), Int(row.int64(3)))
        }
        return tally
    }

    package func currentGroupCounts() throws -> [Int64: [String: Int]] {
        var counts: [Int64: [String: Int]] = [:]
        try database.cached(ReportSQL.groupCounts).forEachRow { row in
            counts[row.int64(0), default: [:]][row.text(1), default: 0] += Int(row.int64(2))
        }
        return counts
    }

    package func overdueCountsNow(on day: String, states: [String]) throws -> [Int64: Int] {
        guard !states.isEmpty else { return [:] }
        var counts: [Int64: Int] = [:]
        try database.cached(ReportSQL.overdueOwnersNow(states: states.count))
            .forEachRow([day] + states as [any SQLValueConvertible]) { counts[$0.int64(0), default: 0] += 1 }
        return counts
    }

    /// One pass over the province's rows (``ReportSQL/provinceNow``).
    package func countsNow(of province: Int64, overdueOn day: String,
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

    package func forEachProblemChanged(since end: Instant, province: Int64?,
                                       _ body: (_ state: String, _ unit: Int64?, _ province: Int64, _ group: Int64?) -> Void) throws {
        try database.cached(ReportSQL.changedSince(ofProvince: province != nil))
            .forEachRow([end.secondsSinceEpoch] + Self.bound(province)) { row in
                body(row.text(0), row.optionalInt64(1), row.int64(2), row.optionalInt64(3))
            }
    }

    package func problemsChangedAfterRaised(before end: Instant, province: Int64?) throws -> [ChangedProblem] {
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

    /// A range of the `(state, due, unit_id)` index, in its order.
    package func forEachOverdueNow(inState state: String, before day: String, limit: Int?, province: Int64?,
                                   _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ unit: Int64?,
                                            _ due: String) -> Void) throws {
        try database.cached(ReportSQL.overdueNow(ofProvince: province != nil))
            .forEachRow([state, day, limit ?? -1] + Self.bound(province)) { row in
                body(row.int64(0), row.text(1), NamedRef(code: row.optionalText(2), name: row.text(3)),
                     row.optionalInt64(4), row.text(5))
            }
    }

    package func label(ofProblem id: Int64, at end: Instant) throws -> (title: String, locality: NamedRef)? {
        try database.cached(ReportSQL.problemLabel).first(id, end.secondsSinceEpoch) {
            ($0.text(0), NamedRef(code: $0.optionalText(1), name: $0.text(2)))
        }
    }

    package func forEachResolution(from start: Instant, to end: Instant, actions: [String], within scope: Principal.Scope,
                                   recordedResolutionIsLast: Bool,
                                   _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ stateAtEnd: String,
                                            _ unit: Int64?, _ at: Instant, _ note: String) -> Void) throws {
        let condition = scope.reportCondition()
        let fromRows = recordedResolutionIsLast && condition?.onLastEvent != true
        // Read from the rows, the statement has two halves, each with the condition.
        let values: [any SQLValueConvertible] = [start.secondsSinceEpoch, end.secondsSinceEpoch] + actions
            + (condition?.values ?? []) + (fromRows ? condition?.values ?? [] : [])
        let sql = ReportSQL.resolvedIn(actions: actions.count, within: condition?.sql, unchangedFromRow: fromRows)
        try database.cached(sql).forEachRow(values) { row in
            body(row.int64(0), row.text(1), NamedRef(code: row.optionalText(2), name: row.text(3)), row.text(4),
                 row.optionalInt64(5), Instant(secondsSinceEpoch: row.int64(6)), row.text(7))
        }
    }

    package func unitsBeyondAuthority() throws -> [Int64] {
        var units: [Int64] = []
        try database.cached(ReportSQL.unitsBeyond).forEachRow { units.append($0.int64(0)) }
        return units
    }

    /// Ranges of the covering `event_by_destination` index (``ReportSQL/sentBeyond(actions:units:within:onLastEvent:)``).
    package func forEachEscalation(before end: Instant, actions: [String], toUnits units: [Int64], within scope: Principal.Scope,
                                   _ body: (_ id: Int64, _ to: Int64, _ at: Instant, _ stateAtEnd: String) -> Void) throws {
        let condition = scope.reportCondition()
        // ?1, the start of a period, is not read: the statement numbers its values as the others do.
        let values: [any SQLValueConvertible] = [end.secondsSinceEpoch, end.secondsSinceEpoch] + actions + units
            + (condition?.values ?? [])
        let sql = ReportSQL.sentBeyond(actions: actions.count, units: units.count, within: condition?.sql,
                                       onLastEvent: condition?.onLastEvent ?? false)
        try database.cached(sql).forEachRow(values) { row in
            body(row.int64(0), row.int64(1), Instant(secondsSinceEpoch: row.int64(2)), row.text(3))
        }
    }

    package func forEachProblem(inScopeAt end: Instant, of scope: Principal.Scope,
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

    package func unitNames() throws -> [Int64: NamedRef] {
        var names: [Int64: NamedRef] = [:]
        try database.cached(ReportSQL.units).forEachRow { names[$0.int64(0)] = NamedRef(code: $0.text(1), name: $0.text(2)) }
        return names
    }

    package func provinceNames() throws -> [Int64: NamedRef] {
        var names: [Int64: NamedRef] = [:]
        try database.cached(ReportSQL.provinces).forEachRow {
            names[$0.int64(0)] = NamedRef(code: $0.optionalText(1), name: $0.text(2))
        }
        return names
    }

    /// `province` as the values a statement `…(ofProvince:)` binds last: none without one.
    private static func bound(_ province: Int64?) -> [any SQLValueConvertible] {
        province.map { [$0] } ?? []
    }
}
