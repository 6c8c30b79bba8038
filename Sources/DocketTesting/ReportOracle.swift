import DocketCore
import DocketStore
import DocketWorkflow

/// The resolution report computed the slow, obvious way, to check the fast one against: every
/// problem's whole history is read back through the register's public API and replayed up to
/// the end of the week in Swift. No tally, no index, no correction: a problem's state at the
/// end of the week is simply its last event before then.
///
/// Within a scope, a problem counts in a week when it was in the scope at the end of that week,
/// decided here from the replay and the units' hierarchy, not by the register's queries: a
/// province's problems are those whose province it was then; a unit's, those that their last
/// event before the end left owned by the unit or a unit under it, or escalated to one of them.
///
/// What an edit corrects is taken as it stood at the end of the week, read from the edit events
/// of the history: a field's value then is the old value of its first correction at or after
/// the end, or the problem's value now when there is none. A locality's province is looked up
/// in the register's list of localities.
public enum ReportOracle {
    /// The report of `period` within `scope`, replayed from every problem's history, as made at
    /// `now`; with `overdueLimit`, only that many of the longest overdue problems are listed.
    public static func report(_ register: Register, period: ReportPeriod, now: Instant = .now(), overdueLimit: Int? = nil,
                              within scope: Principal.Scope = .everything) throws -> ResolutionReport {
        let zone = register.timeZone
        let workflow = try register.workflow()
        let (start, periodEnd) = period.interval(in: zone)
        let complete = periodEnd <= now
        let end = complete ? periodEnd : now
        let judgedOn = complete ? period.to : zone.localDateTime(of: now).date
        let trendSpans = period.trendSpans.map { ($0, $0.interval(in: zone)) }.filter { $0.1.start <= now }
            .map { ($0.0, (start: $0.1.start, end: min($0.1.end, now))) }
        let beyond = Set(try register.units().filter { $0.kind != .internal }.map(\.code))

        let problems = try register.problems(matching: ProblemFilter(), overdueStates: [], limit: Register.largestPage, as: .admin("test")).items
        let places = try Places(register)
        let isInScope = try membership(of: scope, in: register, places: places)

        var during = ResolutionReport.Activity()
        var trend = trendSpans.map { ResolutionReport.TrendPoint(period: $0.0, raised: 0, resolved: 0) }
        var byState: [String: Int] = [:]
        var overdueList: [ResolutionReport.OverdueProblem] = []
        var units: [String: ResolutionReport.UnitRow] = [:]
        var provinces: [String: ResolutionReport.ProvinceRow] = [:]
        var groups: [Int64: [String: Int]] = [:]
        var resolvedList: [ResolutionReport.ResolvedProblem] = []
        var sent: [ResolutionReport.SentProblem] = []

        for problem in problems {
            let history = try register.history(of: problem.id, as: .admin("test"))
            for event in history {
                if start <= event.at && event.at < end && isInScope(problem, history, end) { during.count(event.action) }
                for (index, (_, span)) in trendSpans.enumerated() {
                    guard span.start <= event.at && event.at < span.end, isInScope(problem, history, span.end) else { continue }
                    if event.action == "file" { trend[index].raised += 1 }
                    if event.action == "resolve" { trend[index].resolved += 1 }
                }
            }
            let before = history.filter { $0.at < end }
            guard let last = before.last else { continue }  // raised after the period
            guard isInScope(problem, history, end) else { continue }
            // What the problem was called, where it was and in which group, at the end.
            var problem = problem
            if case .text(let title) = value(of: .title, in: history, at: end, now: .text(problem.title)) {
                problem.title = title
            }
            if case .locality(let locality) = value(of: .locality, in: history, at: end, now: .locality(problem.locality)) {
                problem.locality = locality
                problem.province = places.province(of: locality)
            }
            if case .record(let group) = value(of: .group, in: history, at: end, now: problem.groupID.map { .record($0) } ?? .empty) {
                problem.groupID = group
            } else {
                problem.groupID = nil
            }
            let stateClass = workflow.stateClass(of: last.to)
            byState[last.to, default: 0] += 1
            let isOverdue = workflow.deadlines.overdueIn.contains(last.to) && last.due.map { $0 < judgedOn } == true
            if isOverdue, let due = last.due {
                overdueList.append(.init(id: problem.id, title: problem.title, locality: problem.locality,
                                         state: last.to, unit: last.unit, due: due, daysOverdue: judgedOn.dayNumber - due.dayNumber))
            }
            let owner = last.unit?.handle ?? ""
            var row = units[owner] ?? .init(unit: last.unit, assigned: 0, resolved: 0, open: 0, closed: 0, overdue: 0)
            row.assigned += 1
            switch stateClass {
            case .resolved: row.resolved += 1
            case .closed: row.closed += 1
            default: row.open += 1
            }
            if isOverdue { row.overdue += 1 }
            units[owner] = row
            var province = provinces[problem.province.handle]
                ?? .init(province: problem.province, raised: 0, resolved: 0, open: 0, closed: 0)
            province.raised += 1
            switch stateClass {
            case .resolved: province.resolved += 1
            case .closed: province.closed += 1
            default: province.open += 1
            }
            provinces[problem.province.handle] = province
            if let group = problem.groupID { groups[group, default: [:]][last.to, default: 0] += 1 }
            let resolvedDuring = stateClass == .resolved && before.contains(where: { $0.action == "resolve" && $0.at >= start })
            if resolvedDuring, let resolution = before.last(where: { $0.action == "resolve" }) {
                resolvedList.append(.init(id: problem.id, title: problem.title, locality: problem.locality,
                                          unit: last.unit, resolvedAt: resolution.at, resolution: resolution.note ?? ""))
            }
            if let sending = before.last(where: { $0.action == "escalate" && $0.escalatedTo?.code.map(beyond.contains) == true }),
               let to = sending.escalatedTo {
                let outcome: ResolutionReport.Outcome = switch stateClass {
                case .open: .open
                case .answered: .answered
                case .resolved: .resolved
                case .closed, nil: .closed
                }
                sent.append(.init(id: problem.id, title: problem.title, to: to, state: last.to, outcome: outcome,
                                  sentAt: sending.at, sentDuring: sending.at >= start, resolvedDuring: resolvedDuring))
            }
        }

        func count(_ classes: Set<StateClass>) -> Int {
            byState.filter { workflow.stateClass(of: $0.key).map(classes.contains) == true }.values.reduce(0, +)
        }
        let groupStandings = groups.values.map { workflow.standing(ofGroupWith: $0) }
        var report = ResolutionReport(
            period: period, timeZone: zone, complete: complete, asOf: end, during: during,
            endOfWeek: .init(
                byState: workflow.states.filter { [.open, .answered].contains($0.stateClass) }
                    .map { .init(state: $0.name, count: byState[$0.name] ?? 0) },
                overdue: overdueList.count, totalRaised: byState.values.reduce(0, +),
                totalAnswered: count([.answered, .resolved]), totalResolved: count([.resolved]),
                totalClosed: count([.closed])),
            groups: .init(total: groupStandings.filter { $0.total > 0 }.count,
                          resolved: groupStandings.filter { $0.state == .resolved }.count),
            units: Array(units.values), provinces: Array(provinces.values),
            resolved: resolvedList, overdue: overdueList, beyondAuthority: .init(items: sent), trend: trend)
        report.putListsInOrder()
        if let overdueLimit { report.overdue = Array(report.overdue.prefix(overdueLimit)) }
        return report
    }

    /// The weekly report of `week`: ``report(_:period:now:overdueLimit:within:)`` of `.week(week)`.
    public static func report(_ register: Register, week: ISOWeek, now: Instant = .now(), overdueLimit: Int? = nil,
                              within scope: Principal.Scope = .everything) throws -> ResolutionReport {
        try report(register, period: .week(week), now: now, overdueLimit: overdueLimit, within: scope)
    }

    /// The value `field` had at `instant` by the edit events of `history`: the old value of its
    /// first correction at or after then, or `now` when it has had none since.
    static func value(of field: Correction.Field, in history: [Event], at instant: Instant,
                      now: Correction.Value) -> Correction.Value {
        for event in history where event.at >= instant {
            if let change = event.changes.first(where: { $0.field == field }) { return change.old }
        }
        return now
    }

    /// The register's localities, to find the province of a locality as a problem shows it.
    struct Places {
        private var provinces: [NamedRef: NamedRef] = [:]

        init(_ register: Register) throws {
            let localities = try register.localities()
            let byID = Dictionary(uniqueKeysWithValues: localities.map { ($0.id, $0) })
            for locality in localities {
                guard let province = byID[locality.provinceID] else { continue }
                provinces[locality.ref] = province.ref
            }
        }

        /// The province of `locality`.
        func province(of locality: NamedRef) -> NamedRef {
            guard let province = provinces[locality] else { preconditionFailure("no locality \(locality)") }
            return province
        }
    }

    /// Whether a problem with its history was in `scope` at an instant: for a province, whether
    /// the problem was the province's then; for a unit, whether its last event before then left
    /// it owned by or escalated to the unit or one under it (the hierarchy walked here, from the
    /// units' parents).
    static func membership(of scope: Principal.Scope, in register: Register,
                           places: Places) throws -> (Problem, [Event], Instant) -> Bool {
        switch scope {
        case .everything:
            return { _, _, _ in true }
        case .province(let id):
            guard let province = try register.localities().first(where: { $0.id == id })?.ref.handle else {
                preconditionFailure("no locality #\(id)")
            }
            return { problem, history, instant in
                guard case .locality(let then) = value(of: .locality, in: history, at: instant, now: .locality(problem.locality))
                else { return false }
                return places.province(of: then).handle == province
            }
        case .unit(let root):
            let units = try register.units()
            var subtree: Set<Int64> = [root]
            while let next = units.first(where: { $0.parentID.map(subtree.contains) == true && !subtree.contains($0.id) }) {
                subtree.insert(next.id)
            }
            let codes = Set(units.filter { subtree.contains($0.id) }.map(\.code))
            return { _, history, end in
                guard let last = history.last(where: { $0.at < end }) else { return false }
                return [last.unit, last.escalatedTo].contains { $0?.code.map(codes.contains) == true }
            }
        }
    }
}
